import { describe, expect, it } from 'vitest';
import { documentPhotoMilestones } from '../../../../src/flows/document-photo/document-photo.milestones';
import { PRACTICE_REQUEST } from '../../../../src/flows/document-photo/document-photo.mail';
import {
  BACK, condition, FILL_MAIL, OPEN_CAMERA, photoWith, SEND, SHARE_BY_MAIL, SHUTTER, SWITCH_LENS, tapOn, typeIn,
} from '../../../../src/flows/document-photo/document-photo.scenario-steps';
import { START_FRAME } from '../../../../src/flows/document-photo/document-photo.scene';
import { MAX_SHOTS, MAX_TO, type DocumentPhotoEvent } from '../../../../src/flows/document-photo/document-photo.types';
import { flow, fresh, run, T0 } from './helpers';

const keys = (messages: { key: string }[]) => messages.map((m) => m.key);

describe('getting to the camera', () => {
  it('iPhone: swipe up → camera icon; Android: all apps → Camera; both: the Camera app on the home screen', () => {
    expect(run(fresh('ios'), ...OPEN_CAMERA.ios).phone.screen).toBe('camera');
    expect(run(fresh('android'), ...OPEN_CAMERA.android).phone.screen).toBe('camera');
    expect(run(fresh('ios'), tapOn('camera-app')).phone.screen).toBe('camera');
    // Each phone has only its own way.
    const ios = fresh('ios');
    expect(run(ios, tapOn('all-apps'))).toBe(ios);
    const android = fresh('android');
    expect(run(android, tapOn('swipe-up'))).toBe(android);
  });

  it('opens on the rear lens, pointing at the desk with the page not framed; Back leads home', () => {
    const camera = run(fresh('ios'), ...OPEN_CAMERA.ios);
    expect(camera.camera).toMatchObject({ lens: 'rear', frame: START_FRAME });
    expect(run(camera, BACK).phone.screen).toBe('home');
  });
});

describe('the camera', () => {
  const camera = () => run(fresh('android'), ...OPEN_CAMERA.android);

  it('switches lenses and says which one is on', () => {
    const front = run(camera(), SWITCH_LENS);
    expect(front.camera.lens).toBe('front');
    expect(keys(documentPhotoMilestones(camera(), front))).toEqual(['sim.document-photo.live.front']);
    expect(keys(documentPhotoMilestones(front, run(front, SWITCH_LENS)))).toEqual(['sim.document-photo.live.rear']);
    // A fresh start (reset, another phone) is announced by the shell, not as a lens switch.
    expect(documentPhotoMilestones(front, { ...fresh('android'), clock: { now: T0 + 1000 } })).toEqual([]);
  });

  it('moves and zooms only while the camera is on screen, and ignores moves no phone makes', () => {
    const s = camera();
    expect(run(s, { type: 'MOVE', dx: 100, dy: 0 }).camera.frame.x).toBe(START_FRAME.x + 100);
    expect(run(s, { type: 'ZOOM', by: 1.2 }).camera.frame.zoom).toBeCloseTo(1.2);
    expect(run(s, { type: 'MOVE', dx: Number.NaN, dy: 0 })).toBe(s);
    expect(run(s, { type: 'MOVE', dx: -100, dy: 0 })).toBe(s); // already at the desk's left edge
    const home = fresh('ios');
    expect(run(home, { type: 'MOVE', dx: 100, dy: 0 })).toBe(home);
    expect(run(home, SHUTTER)).toBe(home);
  });

  it('takes a photo of exactly what it sees, and keeps the latest few', () => {
    const s = run(camera(), condition('shaky'), { type: 'ZOOM', by: 1.3 }, SHUTTER);
    expect(s.shots).toEqual([{ id: 1, lens: 'rear', frame: s.camera.frame, conditions: { dim: false, shadow: false, shaky: true } }]);
    expect(keys(documentPhotoMilestones(camera(), run(camera(), SHUTTER)))).toEqual(['sim.document-photo.live.taken']);
    const many = run(camera(), ...Array.from({ length: MAX_SHOTS + 3 }, () => SHUTTER));
    expect(many.shots).toHaveLength(MAX_SHOTS);
    expect(many.shots.at(-1)!.id).toBe(MAX_SHOTS + 3);
  });

  it('changes conditions anywhere, and ignores one that does not exist', () => {
    const s = fresh('ios');
    expect(run(s, condition('dim')).camera.conditions.dim).toBe(true);
    expect(run(s, condition('dim', false))).toBe(s);
    expect(run(s, { type: 'SET_CONDITION', condition: 'rain', on: true } as unknown as DocumentPhotoEvent)).toBe(s);
  });
});

describe('checking and retaking', () => {
  it('opens the latest photo from the thumbnail and announces the practice check with its reasons', () => {
    const taken = run(fresh('ios'), ...photoWith('ios', 'dim', 'shaky').slice(0, -1));
    const opened = run(taken, tapOn('thumbnail'));
    expect(keys(documentPhotoMilestones(taken, opened))).toEqual([
      'sim.document-photo.live.checkRetake',
      'sim.document-photo.check.dark',
      'sim.document-photo.check.blurred',
    ]);
    expect(flow.describe(opened)['check']).toBe('retake');
  });

  it('retakes: back to the camera, the condition fixed, a new photo that passes', () => {
    const bad = run(fresh('android'), ...photoWith('android', 'shadow'));
    const retaken = run(bad, BACK, condition('shadow', false), SHUTTER, tapOn('thumbnail'));
    expect(retaken.phone).toMatchObject({ screen: 'photo', shot: 2 });
    expect(flow.describe(retaken)['check']).toBe('ok');
    expect(keys(documentPhotoMilestones(run(retaken, BACK), retaken))).toEqual(['sim.document-photo.live.checkOk']);
  });

  it('zooms the photo by events and comes back to its full size after leaving it', () => {
    const photo = run(fresh('ios'), ...photoWith('ios'));
    const zoomed = run(photo, { type: 'PHOTO_ZOOM', by: 2 }, { type: 'PHOTO_PAN', dx: 0.2, dy: 0 });
    expect(zoomed.phone).toMatchObject({ view: { zoom: 2, x: 0.6, y: 0.5 } });
    expect(run(zoomed, { type: 'PHOTO_FIT' }).phone).toMatchObject({ view: { zoom: 1 } });
    expect(run(zoomed, tapOn('share'), tapOn('cancel')).phone).toMatchObject({ screen: 'photo', view: { zoom: 1 } });
    expect(run(photo, { type: 'PHOTO_ZOOM', by: 0.5 })).toBe(photo); // already whole
  });
});

describe('sending by mail', () => {
  const composing = () => run(fresh('ios'), ...photoWith('ios'), ...SHARE_BY_MAIL);

  it('refuses Send with an empty To and Subject, saying what is missing', () => {
    const before = composing();
    const refused = run(before, SEND);
    expect(refused.phone).toMatchObject({ screen: 'compose', draft: { toProblem: 'empty', subjectProblem: 'empty' } });
    expect(keys(documentPhotoMilestones(before, refused))).toEqual(['sim.document-photo.mail.to.empty', 'sim.document-photo.mail.subject.empty']);
    const typing = run(refused, typeIn('to', 'd'));
    expect(typing.phone).toMatchObject({ draft: { subjectProblem: 'empty' } });
    expect(typing.phone).not.toMatchObject({ draft: { toProblem: 'empty' } });
  });

  it('sends with To and Subject as the request says, and says "sent"', () => {
    const filled = run(composing(), ...FILL_MAIL);
    const sent = run(filled, SEND);
    expect(sent.phone.screen).toBe('sent');
    expect(keys(documentPhotoMilestones(filled, sent))).toEqual(['sim.document-photo.live.sent']);
  });

  it('refuses an over-long paste whole', () => {
    const s = run(composing(), typeIn('to', PRACTICE_REQUEST.to), typeIn('to', 'x'.repeat(MAX_TO + 1)));
    expect(s.phone).toMatchObject({ draft: { to: PRACTICE_REQUEST.to, toProblem: 'tooLong' } });
  });

  it('without a mail account shows what the phone says instead of the mail, and OK returns to the photo', () => {
    const before = run(fresh('android', { mail: false }), ...photoWith('android'), tapOn('share'));
    const none = run(before, tapOn('mail'));
    expect(none.phone.screen).toBe('no-mail');
    expect(keys(documentPhotoMilestones(before, none))).toEqual(['sim.document-photo.noMail.body']);
    expect(run(none, tapOn('ok')).phone.screen).toBe('photo');
    expect(flow.describe(none)['mail']).toBe('none');
  });
});

describe('every event that does not apply', () => {
  it('returns the same state object', () => {
    const s = run(fresh('ios'), ...photoWith('ios'));
    for (const event of [SHUTTER, SWITCH_LENS, SEND, tapOn('mail'), tapOn('thumbnail'), typeIn('to', 'x'), { type: 'TICK', now: T0 + 5 }, { type: 'NOPE' }] as DocumentPhotoEvent[]) {
      expect(run(s, event), event.type).toBe(s);
    }
  });
});
