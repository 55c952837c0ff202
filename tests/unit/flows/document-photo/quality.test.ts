/**
 * The framing and quality rules of a photo: pure functions of what the camera saw. Each case
 * names the rule it shows; the thresholds are the simulator's own.
 */
import { describe, expect, it } from 'vitest';
import { framingOf, judgeShot, measure, pageInView, QUALITY, shadowOnPage } from '../../../../src/flows/document-photo/document-photo.quality';
import { clampFrame, DESK, moved, PAGE, START_FRAME, viewRect, zoomed, ZOOM_MAX } from '../../../../src/flows/document-photo/document-photo.scene';
import type { Conditions, Frame, Shot } from '../../../../src/flows/document-photo/document-photo.types';

const CALM: Conditions = { dim: false, shadow: false, shaky: false };
/** The page framed as the guides' figures frame it. */
const FRAMED: Frame = { x: 820, y: 800, zoom: 1.4 };
const shot = (frame: Frame, conditions: Partial<Conditions> = {}, lens: Shot['lens'] = 'rear'): Shot => ({ id: 1, lens, frame, conditions: { ...CALM, ...conditions } });

describe('framing', () => {
  it('starts with the page partly outside the picture', () => {
    expect(pageInView(START_FRAME).coverage).toBeLessThan(1);
    expect(framingOf(START_FRAME)).toBe('cutOff');
  });

  it('is good with the whole page in the picture, filling most of it', () => {
    expect(pageInView(FRAMED).coverage).toBe(1);
    expect(pageInView(FRAMED).fill).toBeGreaterThan(QUALITY.minFill);
    expect(framingOf(FRAMED)).toBe('good');
  });

  it('is cut off when one edge of the page is outside, by even a little', () => {
    const view = viewRect(FRAMED);
    const margin = view.x1 - PAGE.x1; // room to the right of the page
    expect(framingOf({ ...FRAMED, x: FRAMED.x - margin - 10 })).toBe('cutOff');
    expect(framingOf({ ...FRAMED, x: FRAMED.x - margin + 1 })).toBe('good');
  });

  it('is too far when the whole page is in but small', () => {
    const far: Frame = { x: 750, y: 800, zoom: 1 };
    expect(pageInView(far).coverage).toBe(1);
    expect(pageInView(far).fill).toBeLessThan(QUALITY.minFill);
    expect(framingOf(far)).toBe('tooFar');
  });

  it('is cut off when the camera is so close that the page cannot fit', () => {
    expect(framingOf({ x: 820, y: 800, zoom: ZOOM_MAX })).toBe('cutOff');
  });
});

describe('moving and zooming the camera', () => {
  it('keeps the picture on the desk and the zoom in its range', () => {
    expect(clampFrame({ x: -500, y: 99_999, zoom: 9 })).toEqual({ zoom: ZOOM_MAX, x: 150, y: DESK.height - 200 });
    expect(clampFrame({ x: 600, y: 800, zoom: 0.2 }).zoom).toBe(1);
    expect(moved(START_FRAME, -1000 + 500, 0)).toEqual({ ...START_FRAME, x: 450 });
  });

  it('refuses a move or zoom no phone makes: not a number, or too much at once', () => {
    expect(moved(START_FRAME, Number.NaN, 0)).toBeNull();
    expect(moved(START_FRAME, 10_000, 0)).toBeNull();
    expect(zoomed(START_FRAME, 0)).toBeNull();
    expect(zoomed(START_FRAME, 50)).toBeNull();
    expect(zoomed(START_FRAME, 1.5)).toEqual({ ...START_FRAME, zoom: 1.5 });
  });
});

describe('the quality of a photo', () => {
  it('is clear and readable when framed, in good light, with no shadow and a steady hand', () => {
    expect(judgeShot(shot(FRAMED))).toEqual([]);
  });

  it('is dark in dim light', () => {
    expect(measure(shot(FRAMED, { dim: true })).brightness).toBeLessThan(QUALITY.minBrightness);
    expect(judgeShot(shot(FRAMED, { dim: true }))).toEqual(['dark']);
  });

  it('is shadowed when the reader’s shadow falls on the page, and not when it falls beside it', () => {
    expect(shadowOnPage(FRAMED)).toBeGreaterThan(QUALITY.maxShadow);
    expect(judgeShot(shot(FRAMED, { shadow: true }))).toEqual(['shadow']);
    // Pointing at the top-left of the desk, the shadow rises from the picture's bottom edge, far from the page.
    const away: Frame = { x: 150, y: 200, zoom: 3 };
    expect(shadowOnPage(away)).toBe(0);
    expect(judgeShot(shot(away, { shadow: true }))).not.toContain('shadow');
  });

  it('is blurred with a shaky hand, more so when zoomed in', () => {
    expect(judgeShot(shot(FRAMED, { shaky: true }))).toEqual(['blurred']);
    expect(measure(shot({ ...FRAMED, zoom: 1.6 }, { shaky: true })).blur).toBeGreaterThan(measure(shot(FRAMED, { shaky: true })).blur);
  });

  it('lists every problem, the framing first', () => {
    expect(judgeShot(shot(START_FRAME, { dim: true, shadow: true, shaky: true }))).toEqual(['cutOff', 'dark', 'shadow', 'blurred']);
  });

  it('is of the reader, not the document, with the front lens, whatever else', () => {
    expect(judgeShot(shot(FRAMED, {}, 'front'))).toEqual(['wrongLens']);
  });
});
