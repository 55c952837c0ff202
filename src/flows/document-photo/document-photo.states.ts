/**
 * The named states of docs/document-photo-states.md: one figure and one "Try this step" each,
 * the same screens on the iPhone and on Android (the iPhone's control center, Android's app
 * list). Nothing in them depends on the practice account, so every state fits the reader's.
 */
import type { NamedState } from '../kit/flow';
import {
  FILL_MAIL, FRAME_PAGE, OPEN_CAMERA, photoWith, PINCH_HEADING, SEND, SHARE_BY_MAIL, SHUTTER, SWITCH_LENS, TAKE_AND_OPEN, tapOn,
} from './document-photo.scenario-steps';
import type { DocumentPhotoEvent, DocumentPhotoSetup, PhoneDevice } from './document-photo.types';

type Named = NamedState<DocumentPhotoEvent, DocumentPhotoSetup, PhoneDevice>;

const always = () => true;
const phone = (platform: PhoneDevice, events: DocumentPhotoEvent[], setup: DocumentPhotoSetup = { mail: true }): Named => ({
  platform,
  events,
  setup,
  shows: 'phone',
  fits: always,
});

function statesOf(p: PhoneDevice): Record<string, Named> {
  const camera = OPEN_CAMERA[p];
  const photo = photoWith(p);
  return {
    [`${p}-home`]: phone(p, []),
    ...(p === 'ios' ? { 'ios-control-center': phone(p, camera.slice(0, 1)) } : { 'android-apps': phone(p, camera.slice(0, 1)) }),
    [`${p}-camera-front`]: phone(p, [...camera, SWITCH_LENS]),
    [`${p}-camera`]: phone(p, camera),
    [`${p}-camera-framed`]: phone(p, [...camera, ...FRAME_PAGE]),
    [`${p}-photo-taken`]: phone(p, [...camera, ...FRAME_PAGE, SHUTTER]),
    [`${p}-photo`]: phone(p, photo),
    [`${p}-photo-zoomed`]: phone(p, [...photo, PINCH_HEADING]),
    [`${p}-share`]: phone(p, [...photo, tapOn('share')]),
    [`${p}-compose`]: phone(p, [...photo, ...SHARE_BY_MAIL, ...FILL_MAIL]),
    [`${p}-sent`]: phone(p, [...photo, ...SHARE_BY_MAIL, ...FILL_MAIL, SEND]),
    // Taken as the camera opened: the page is partly outside the picture.
    [`${p}-photo-cut-off`]: phone(p, [...camera, ...TAKE_AND_OPEN]),
    [`${p}-photo-dark`]: phone(p, photoWith(p, 'dim')),
    [`${p}-photo-shadow`]: phone(p, photoWith(p, 'shadow')),
    [`${p}-photo-blurred`]: phone(p, photoWith(p, 'shaky')),
    [`${p}-compose-empty`]: phone(p, [...photo, ...SHARE_BY_MAIL, SEND]),
    [`${p}-no-mail`]: phone(p, [...photo, ...SHARE_BY_MAIL], { mail: false }),
  };
}

/** Every named state, in the order of docs/document-photo-states.md. */
export const documentPhotoStates: Readonly<Record<string, Named>> = { ...statesOf('ios'), ...statesOf('android') };
