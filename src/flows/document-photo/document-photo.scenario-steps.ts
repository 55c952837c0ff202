/** Building blocks of the named states and scenarios: the events the reader's taps send. */
import { DEMO_USERNAME } from '../services/practice-account';
import { PRACTICE_REQUEST } from './document-photo.mail';
import type { Condition, DocumentPhotoEvent, MailField, PhoneDevice, PhoneTarget } from './document-photo.types';

export const tapOn = (target: PhoneTarget): DocumentPhotoEvent => ({ type: 'TAP', target });
export const SHUTTER: DocumentPhotoEvent = { type: 'SHUTTER' };
export const SWITCH_LENS: DocumentPhotoEvent = { type: 'SWITCH_LENS' };
export const BACK: DocumentPhotoEvent = { type: 'BACK' };
export const SEND: DocumentPhotoEvent = { type: 'SEND' };
export const condition = (which: Condition, on = true): DocumentPhotoEvent => ({ type: 'SET_CONDITION', condition: which, on });
export const typeIn = (field: MailField, value: string): DocumentPhotoEvent => ({ type: 'TYPE', field, value });

/** iPhone: swipe up, then the camera icon. Android: all apps, then the Camera app. */
export const OPEN_CAMERA: Record<PhoneDevice, DocumentPhotoEvent[]> = {
  ios: [tapOn('swipe-up'), tapOn('camera-icon')],
  android: [tapOn('all-apps'), tapOn('camera-app')],
};

/** Closer, then over the page: the whole page fills most of the picture. */
export const FRAME_PAGE: DocumentPhotoEvent[] = [
  { type: 'ZOOM', by: 1.4 },
  { type: 'MOVE', dx: 370, dy: 100 },
];

/** The framed page taken and opened from its thumbnail. */
export const TAKE_AND_OPEN: DocumentPhotoEvent[] = [SHUTTER, tapOn('thumbnail')];
/** Two fingers spread over the page's heading. */
export const PINCH_HEADING: DocumentPhotoEvent = { type: 'PHOTO_ZOOM', by: 2.5, ax: 0.2, ay: 0.12 };

export const SHARE_BY_MAIL: DocumentPhotoEvent[] = [tapOn('share'), tapOn('mail')];
/** To and Subject as the practice document request says. */
export const FILL_MAIL: DocumentPhotoEvent[] = [typeIn('to', PRACTICE_REQUEST.to), typeIn('subject', `${PRACTICE_REQUEST.reference} ${DEMO_USERNAME}`)];

/** Camera open on `platform`, the page framed, with `conditions` on, the photo taken and opened. */
export const photoWith = (platform: PhoneDevice, ...conditions: Condition[]): DocumentPhotoEvent[] => [
  ...OPEN_CAMERA[platform],
  ...FRAME_PAGE,
  ...conditions.map((c) => condition(c)),
  ...TAKE_AND_OPEN,
];
