import { describe, expect, it } from 'vitest';
import { checkDraft, checkSubject, checkTo, PRACTICE_REQUEST } from '../../../../src/flows/document-photo/document-photo.mail';
import { clampView, FIT, panView, PHOTO_ZOOM_MAX, visiblePart, zoomView } from '../../../../src/flows/document-photo/document-photo.review';

const USER = 'practice.user';

describe('zooming a photo on screen', () => {
  it('zooms around the middle, up to its limit, and never below the whole photo', () => {
    expect(zoomView(FIT, 2)).toEqual({ zoom: 2, x: 0.5, y: 0.5 });
    expect(zoomView({ zoom: 3, x: 0.5, y: 0.5 }, 3)!.zoom).toBe(PHOTO_ZOOM_MAX);
    expect(zoomView(FIT, 0.5)).toEqual(FIT);
  });

  it('keeps the point under the fingers where it is (a pinch over the top of the page)', () => {
    const view = zoomView(FIT, 2, 0.5, 0.25)!;
    // The point a quarter down the screen was a quarter down the photo, and still is under the same spot.
    const part = visiblePart(view);
    expect(part.y + 0.25 * part.height).toBeCloseTo(0.25);
  });

  it('moves a zoomed photo but never past its edges', () => {
    const zoomed = zoomView(FIT, 2)!;
    expect(panView(zoomed, 0.2, 0)).toEqual({ zoom: 2, x: 0.6, y: 0.5 });
    expect(panView(zoomed, 2, -2)).toEqual({ zoom: 2, x: 0.75, y: 0.25 });
    expect(panView(FIT, 0.5, 0.5)).toEqual(FIT);
    expect(clampView({ zoom: 1, x: 0.9, y: 0.1 })).toEqual(FIT);
  });

  it('refuses values no gesture gives', () => {
    expect(zoomView(FIT, Number.NaN)).toBeNull();
    expect(zoomView(FIT, -1)).toBeNull();
    expect(panView(FIT, Number.POSITIVE_INFINITY, 0)).toBeNull();
  });
});

describe('the mail’s To and Subject', () => {
  it('accept the practice request’s address, typed loosely (full width, spaces, capitals)', () => {
    expect(checkTo(PRACTICE_REQUEST.to)).toBeNull();
    expect(checkTo(' ＤＯＣＵＭＥＮＴＳ＠ｐｒａｃｔｉｃｅ．ｉｎｖａｌｉｄ ')).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['documents', 'notAddress'],
    ['documents@practice', 'notAddress'],
    ['a@b@practice.invalid', 'notAddress'],
    ['someone@example.com', 'notRequested'],
  ] as const)('refuse To %j as %s', (to, problem) => {
    expect(checkTo(to)).toBe(problem);
  });

  it('need every item of the request in the subject, in any order and spacing', () => {
    expect(checkSubject(`${PRACTICE_REQUEST.reference} ${USER}`, USER)).toBeNull();
    expect(checkSubject(`${USER} / dr 2041`, USER)).toBeNull();
    expect(checkSubject('ＤＲ－２０４１　practice.user', USER)).toBeNull();
    expect(checkSubject('', USER)).toBe('empty');
    expect(checkSubject(PRACTICE_REQUEST.reference, USER)).toBe('incomplete');
    expect(checkSubject(`Photo for ${USER}`, USER)).toBe('incomplete');
  });

  it('are checked together on Send, and an old complaint goes when the field is right', () => {
    expect(checkDraft({ to: '', subject: '', body: '' }, USER)).toEqual({ to: '', subject: '', body: '', toProblem: 'empty', subjectProblem: 'empty' });
    const fixed = checkDraft({ to: PRACTICE_REQUEST.to, subject: `DR-2041 ${USER}`, body: '', toProblem: 'empty', subjectProblem: 'empty' }, USER);
    expect(fixed).toEqual({ to: PRACTICE_REQUEST.to, subject: `DR-2041 ${USER}`, body: '' });
  });

  it('never name a deliverable address: the practice one is on the reserved .invalid domain', () => {
    expect(PRACTICE_REQUEST.to.endsWith('.invalid')).toBe(true);
  });
});
