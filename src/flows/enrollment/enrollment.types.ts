/**
 * The IB Key enrollment flow: the broker's portal on one side, the reader's phone on the
 * other. The zod schemas are the single source of the types and of what a stored state
 * must look like to be resumed. Plain data only (JSON-serialisable); no text: problems and
 * hints are reason codes that the view maps to UI strings.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { practiceAccountSchema } from '../services/practice-account';

export const phonePlatformSchema = z.enum(['ios', 'android']);
export type PhonePlatform = z.infer<typeof phonePlatformSchema>;
export type UnlockMethod = 'face' | 'fingerprint' | 'passcode';

const offerSchema = z.object({
  code: z.string().check(z.maxLength(16)),
  issuedAt: z.number(),
  expiresAt: z.number(),
  used: z.boolean(),
  wrongAttempts: z.number(),
});

export const portalScreenSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('login') }),
  /** An enrolled user logging in: the portal waits for the phone notification to be tapped. */
  z.object({ screen: z.literal('push-sent'), pendingOffer: z.optional(offerSchema) }),
  z.object({ screen: z.literal('home'), offer: offerSchema, confirmedEnrolled: z.boolean() }),
]);
export type PortalScreen = z.infer<typeof portalScreenSchema>;

const input = z.string().check(z.maxLength(64));
const codeProblem = z.optional(z.enum(['empty', 'tooShort', 'tooLong', 'badCharacter']));
const pinProblem = z.optional(z.enum(['empty', 'notDigits', 'tooShort', 'tooLong']));
export const appMenuSchema = z.enum(['services', 'more', 'two-factor', 'authenticate']);
export type AppMenu = z.infer<typeof appMenuSchema>;
const cameraHint = z.optional(z.enum(['frontLens', 'scanQrOff', 'notAnOffer']));
export type CameraHint = NonNullable<z.infer<typeof cameraHint>>;
const failure = z.enum(['alreadyEnrolled', 'usedOrExpired', 'wrongCode', 'tooManyAttempts', 'notLoggedIn']);

export const phoneScreenSchema = z.discriminatedUnion('screen', [
  // Inside the broker app (IBKR Mobile)
  z.object({ screen: z.literal('app-login') }),
  z.object({ screen: z.literal('app-home') }),
  z.object({ screen: z.literal('menu'), menu: appMenuSchema }),
  /** Android: instructions with SESSION ID. iOS: "Setup IB Key using QR code". */
  z.object({ screen: z.literal('add-user') }),
  /** Android "Session ID" field (with QR CODE); iOS "Activation Code" field (with Launch Camera). */
  z.object({ screen: z.literal('code-entry'), input, problem: codeProblem }),
  /** Android only: a PIN of 4–6 digits, then ACTIVATE. `code` is what was typed or scanned. */
  z.object({ screen: z.literal('pin-entry'), code: input, pin: input, problem: pinProblem }),
  z.object({ screen: z.literal('camera-permission') }),
  z.object({ screen: z.literal('camera-denied') }),
  /** The app's own scanner (kind 'app') or the phone's Camera app (kind 'system'). */
  z.object({ screen: z.literal('camera'), kind: z.enum(['app', 'system']), hint: cameraHint }),
  /** iOS (and the banner path): Face ID / fingerprint / passcode before the code is sent. */
  z.object({ screen: z.literal('unlock'), code: input }),
  /** The server accepted the code; the device secret is being made (an effect). Android keeps the PIN to store. */
  z.object({ screen: z.literal('activating'), code: input, pin: z.optional(input) }),
  z.object({ screen: z.literal('success') }),
  /** The ONE error the app shows, whatever the cause; `cause` is the simulated server's, never shown as such. */
  z.object({ screen: z.literal('error'), cause: failure }),
  // The phone outside the app (portal-banner path and settings)
  z.object({ screen: z.literal('qr-banner'), opens: z.enum(['website', 'app']), code: input }),
  z.object({ screen: z.literal('website'), code: input }),
  z.object({ screen: z.literal('app-store'), installing: z.boolean() }),
  z.object({ screen: z.literal('phone-home') }),
  z.object({ screen: z.literal('allow-notifications'), code: input }),
  /** Notifications were refused: what that means (no login notifications on this phone), then on. */
  z.object({ screen: z.literal('notifications-off'), code: input }),
  z.object({ screen: z.literal('settings') }),
  /** A login notification from the broker (an enrolled user logging in to the portal). */
  z.object({ screen: z.literal('notification') }),
]);
export type PhoneScreen = z.infer<typeof phoneScreenSchema>;

export const phoneSettingsSchema = z.object({
  lens: z.enum(['rear', 'front']),
  /** The Camera app's "Scan QR codes" switch; the system camera reads nothing while it is off. */
  scanQrCodes: z.boolean(),
  appInstalled: z.boolean(),
  /** The app's camera permission: absent = never asked, false = denied (iOS then never asks again). */
  cameraAllowed: z.optional(z.boolean()),
  /** The app's notification permission: absent = never asked (asked once, on the banner path). */
  notificationsAllowed: z.optional(z.boolean()),
});
export type PhoneSettings = z.infer<typeof phoneSettingsSchema>;

export const enrollmentStateSchema = z.object({
  platform: phonePlatformSchema,
  account: practiceAccountSchema,
  portal: portalScreenSchema,
  phone: phoneScreenSchema,
  settings: phoneSettingsSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  /** Screens to return to with BACK (the app's back arrow / the phone's back gesture). */
  history: z.array(phoneScreenSchema).check(z.maxLength(50)),
});
export type EnrollmentState = z.infer<typeof enrollmentStateSchema>;

/** Everything a button or link on the phone can be. The view sends TAP with one of these. */
export type PhoneTarget =
  | 'log-in'
  | 'services'
  | 'more'
  | 'two-factor'
  | 'authenticate'
  | 'add-user'
  | 'session-id'
  | 'setup-qr'
  | 'qr-code'
  | 'launch-camera'
  | 'open-settings'
  | 'camera-app'
  | 'open-app'
  | 'get-app'
  | 'continue'
  | 'done';

export type EnrollmentEvent =
  | ClockEvent
  // Portal (Client Portal) side. LOG_IN issues a fresh offer with `offerCode` (random, from the view's io).
  | { type: 'PORTAL_LOG_IN'; now: number; offerCode: string }
  | { type: 'PORTAL_LOG_OUT' }
  // Phone side
  | { type: 'TAP'; target: PhoneTarget }
  | { type: 'BACK' }
  | { type: 'TYPE_CODE'; value: string }
  | { type: 'SUBMIT_CODE' }
  | { type: 'TYPE_PIN'; value: string }
  | { type: 'ACTIVATE' }
  | { type: 'CAMERA_PERMISSION'; allow: boolean }
  /** The camera looked at the portal. `decoded` is what a QR decoder read from the portal's QR (null: nothing). */
  | { type: 'POINT_CAMERA'; decoded: string | null }
  | { type: 'SWITCH_LENS' }
  | { type: 'SET_SCAN_QR'; on: boolean }
  | { type: 'TAP_BANNER' }
  | { type: 'INSTALL_FINISHED' }
  | { type: 'ALLOW_NOTIFICATIONS'; allow: boolean }
  | { type: 'UNLOCK'; method: UnlockMethod }
  /** The effect's result: a fresh base32 device secret. */
  | { type: 'SECRET_CREATED'; secret: string }
  | { type: 'TAP_NOTIFICATION' };

/** How a named state starts: an already-enrolled account, or the phone's settings changed. */
export interface EnrollmentSetup {
  enrolled?: boolean;
  settings?: Partial<PhoneSettings>;
}
