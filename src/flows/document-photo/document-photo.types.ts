/**
 * A photo of a requested document, taken with the phone's camera and sent by e-mail: open the
 * camera (iPhone: swipe up → camera icon, or the Camera app; Android: the maker's camera app),
 * the rear lens, framing, light and a steady hand, the shutter, checking the photo (zoom), the
 * share sheet, the mail app with To and Subject, Send. The zod schemas are the single source of
 * the types and of what a stored state must look like to be resumed.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { practiceAccountSchema } from '../services/practice-account';

/** Longest text a mail field takes (an e-mail address may have 254 characters). */
export const MAX_TO = 254;
export const MAX_SUBJECT = 200;
export const MAX_BODY = 2000;

export const lensSchema = z.enum(['rear', 'front']);
export type Lens = z.infer<typeof lensSchema>;

/** Where the camera points, in desk units (its centre), and how close it is (1 = the whole desk width). */
export const frameSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number() });
export type Frame = z.infer<typeof frameSchema>;

/** The conditions the guides warn about, which the reader can switch on and off to practise. */
export const conditionsSchema = z.object({ dim: z.boolean(), shadow: z.boolean(), shaky: z.boolean() });
export type Conditions = z.infer<typeof conditionsSchema>;
export type Condition = keyof Conditions;

/** A photo: everything the camera saw when the shutter was pressed (the image itself is drawn from it). */
export const shotSchema = z.object({ id: z.number(), lens: lensSchema, frame: frameSchema, conditions: conditionsSchema });
export type Shot = z.infer<typeof shotSchema>;

/** How far the photo on screen is zoomed (1–4) and which point of it (fractions 0–1) is in the middle. */
export const photoViewSchema = z.object({ zoom: z.number(), x: z.number(), y: z.number() });
export type PhotoView = z.infer<typeof photoViewSchema>;

export const toProblemSchema = z.enum(['empty', 'notAddress', 'notRequested', 'tooLong']);
export const subjectProblemSchema = z.enum(['empty', 'incomplete', 'tooLong']);
export type ToProblem = z.infer<typeof toProblemSchema>;
export type SubjectProblem = z.infer<typeof subjectProblemSchema>;

export const draftSchema = z.object({
  to: z.string().check(z.maxLength(MAX_TO)),
  subject: z.string().check(z.maxLength(MAX_SUBJECT)),
  body: z.string().check(z.maxLength(MAX_BODY)),
  toProblem: z.optional(toProblemSchema),
  subjectProblem: z.optional(subjectProblemSchema),
});
export type Draft = z.infer<typeof draftSchema>;

const shotId = z.number();
export const phoneScreenSchema = z.discriminatedUnion('screen', [
  /** The home screen: the Camera app (iPhone: swipe up for the camera icon; Android: all apps). */
  z.object({ screen: z.literal('home') }),
  /** iPhone: swiped up from the bottom, with the camera icon. */
  z.object({ screen: z.literal('control-center') }),
  /** Android: the list of apps, with the Camera app. */
  z.object({ screen: z.literal('apps') }),
  z.object({ screen: z.literal('camera') }),
  /** A photo opened from the thumbnail (iPhone: bottom-left; Android: the circle bottom-right). */
  z.object({ screen: z.literal('photo'), shot: shotId, view: photoViewSchema }),
  z.object({ screen: z.literal('share'), shot: shotId }),
  /** Mail was chosen but the phone has no mail account. */
  z.object({ screen: z.literal('no-mail'), shot: shotId }),
  z.object({ screen: z.literal('compose'), shot: shotId, draft: draftSchema }),
  z.object({ screen: z.literal('sent'), shot: shotId }),
]);
export type PhoneScreen = z.infer<typeof phoneScreenSchema>;
export type ScreenName = PhoneScreen['screen'];

export const MAX_SHOTS = 12;
export const MAX_HISTORY = 12;

export const documentPhotoStateSchema = z.object({
  platform: z.enum(['ios', 'android']),
  account: practiceAccountSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  /** A mail account is set up on the practice phone (a start option and a practice setting). */
  mailReady: z.boolean(),
  phone: phoneScreenSchema,
  history: z.array(phoneScreenSchema).check(z.maxLength(MAX_HISTORY)),
  camera: z.object({ lens: lensSchema, frame: frameSchema, conditions: conditionsSchema }),
  /** The photos taken, oldest first (the last one is the thumbnail's). */
  shots: z.array(shotSchema).check(z.maxLength(MAX_SHOTS)),
  nextShot: z.number(),
});
export type DocumentPhotoState = z.infer<typeof documentPhotoStateSchema>;
export type PhoneDevice = DocumentPhotoState['platform'];

export type PhoneTarget =
  | 'swipe-up'
  | 'camera-icon'
  | 'camera-app'
  | 'all-apps'
  | 'thumbnail'
  | 'share'
  | 'mail'
  | 'ok'
  | 'done'
  | 'cancel';

export type MailField = 'to' | 'subject' | 'body';

export type DocumentPhotoEvent =
  | ClockEvent
  | { type: 'TAP'; target: PhoneTarget }
  | { type: 'BACK' }
  | { type: 'SWITCH_LENS' }
  /** Moving the phone over the desk, in desk units. */
  | { type: 'MOVE'; dx: number; dy: number }
  /** Closer (by > 1) or further away (by < 1). */
  | { type: 'ZOOM'; by: number }
  | { type: 'SET_CONDITION'; condition: Condition; on: boolean }
  | { type: 'SHUTTER' }
  /** Zooming the photo on screen around a point of the visible part (fractions 0–1; the middle by default). */
  | { type: 'PHOTO_ZOOM'; by: number; ax?: number; ay?: number }
  /** Moving the zoomed photo, in fractions of the visible part. */
  | { type: 'PHOTO_PAN'; dx: number; dy: number }
  | { type: 'PHOTO_FIT' }
  | { type: 'TYPE'; field: MailField; value: string }
  | { type: 'SEND' }
  | { type: 'SET_MAIL'; ready: boolean };

/** How the practice phone starts: with a mail account (the default) or without one. */
export interface DocumentPhotoSetup {
  mail?: boolean;
}
