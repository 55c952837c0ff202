/**
 * End-to-end scenarios: plain event lists with where they must end, replayed by the unit tests
 * through the machine on both phones (the e2e tests click the same paths).
 */
import { latestShot } from './document-photo.phone';
import { judgeShot } from './document-photo.quality';
import {
  BACK, condition, FILL_MAIL, FRAME_PAGE, OPEN_CAMERA, photoWith, SEND, SHARE_BY_MAIL, SHUTTER, SWITCH_LENS, TAKE_AND_OPEN, tapOn, typeIn,
} from './document-photo.scenario-steps';
import type { DocumentPhotoEvent, DocumentPhotoSetup, DocumentPhotoState, PhoneDevice } from './document-photo.types';

export interface DocumentPhotoScenario {
  name: string;
  events: (platform: PhoneDevice) => DocumentPhotoEvent[];
  setup?: DocumentPhotoSetup;
  expect: (state: DocumentPhotoState) => boolean;
}

const checkOf = (s: DocumentPhotoState) => {
  const shot = latestShot(s);
  return shot === undefined ? null : judgeShot(shot);
};
const onScreen = (screen: DocumentPhotoState['phone']['screen']) => (s: DocumentPhotoState) => s.phone.screen === screen;

export const documentPhotoScenarios: DocumentPhotoScenario[] = [
  {
    name: 'clear-photo-sent',
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, ...FILL_MAIL, SEND],
    expect: (s) => s.phone.screen === 'sent' && checkOf(s)?.length === 0,
  },
  {
    name: 'from-the-home-screen-camera-app',
    events: () => [tapOn('camera-app'), ...FRAME_PAGE, ...TAKE_AND_OPEN],
    expect: (s) => s.phone.screen === 'photo' && checkOf(s)?.length === 0,
  },
  {
    name: 'dark-photo-retaken-in-good-light-and-sent',
    events: (p) => [...photoWith(p, 'dim'), BACK, condition('dim', false), ...TAKE_AND_OPEN, ...SHARE_BY_MAIL, ...FILL_MAIL, SEND],
    expect: (s) => s.phone.screen === 'sent' && s.shots.length === 2 && checkOf(s)?.length === 0,
  },
  {
    name: 'front-lens-photo-shows-the-reader',
    events: (p) => [...OPEN_CAMERA[p], SWITCH_LENS, ...FRAME_PAGE, ...TAKE_AND_OPEN],
    expect: (s) => JSON.stringify(checkOf(s)) === '["wrongLens"]',
  },
  {
    name: 'lens-switched-back-and-photo-is-clear',
    events: (p) => [...OPEN_CAMERA[p], SWITCH_LENS, SWITCH_LENS, ...FRAME_PAGE, ...TAKE_AND_OPEN],
    expect: (s) => checkOf(s)?.length === 0,
  },
  {
    name: 'every-condition-at-once',
    events: (p) => photoWith(p, 'dim', 'shadow', 'shaky'),
    expect: (s) => JSON.stringify(checkOf(s)) === '["dark","shadow","blurred"]',
  },
  {
    name: 'too-far-away',
    events: (p) => [...OPEN_CAMERA[p], { type: 'MOVE', dx: 300, dy: 100 }, ...TAKE_AND_OPEN],
    expect: (s) => JSON.stringify(checkOf(s)) === '["tooFar"]',
  },
  {
    name: 'send-refused-until-to-and-subject-are-right',
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, SEND, typeIn('to', 'someone@example.com'), typeIn('subject', 'photo'), SEND],
    expect: (s) => s.phone.screen === 'compose' && s.phone.draft.toProblem === 'notRequested' && s.phone.draft.subjectProblem === 'incomplete',
  },
  {
    name: 'full-width-address-and-spaces-are-accepted',
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, typeIn('to', ' ＤＯＣＵＭＥＮＴＳ＠practice.invalid '), typeIn('subject', 'ＤＲ２０４１　practice.user'), SEND],
    expect: onScreen('sent'),
  },
  {
    name: 'no-mail-account-then-set-up',
    setup: { mail: false },
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, tapOn('ok'), { type: 'SET_MAIL', ready: true }, ...SHARE_BY_MAIL, ...FILL_MAIL, SEND],
    expect: onScreen('sent'),
  },
  {
    name: 'sent-then-done-returns-to-the-photo',
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, ...FILL_MAIL, SEND, tapOn('done')],
    expect: onScreen('photo'),
  },
  {
    name: 'no-thumbnail-before-a-photo',
    events: (p) => [...OPEN_CAMERA[p], tapOn('thumbnail')],
    expect: onScreen('camera'),
  },
  {
    name: 'back-from-the-camera-leads-home',
    events: (p) => [...OPEN_CAMERA[p], BACK, SHUTTER],
    expect: (s) => s.phone.screen === 'home' && s.shots.length === 0,
  },
  {
    name: 'cancelled-mail-returns-to-the-photo',
    events: (p) => [...photoWith(p), ...SHARE_BY_MAIL, tapOn('cancel')],
    expect: onScreen('photo'),
  },
];

