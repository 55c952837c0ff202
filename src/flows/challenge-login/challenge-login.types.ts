/**
 * Logging in with a challenge code: a task in Client Portal asks for verification, the
 * portal shows a challenge, and the reader's device (IB Key on an iPhone or Android phone,
 * or the DSC+ hardware token) turns it into the response. The zod schemas are the single
 * source of the types and of what a stored state must look like to be resumed.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { practiceAccountSchema } from '../services/practice-account';

const digits = z.string().check(z.maxLength(32));
const typedText = z.string().check(z.maxLength(64));
const fieldProblem = z.optional(z.enum(['empty', 'notDigits', 'tooShort', 'tooLong']));

export const portalScreenSchema = z.discriminatedUnion('screen', [
  /** "This task needs verification": the demo username and password, Continue. */
  z.object({ screen: z.literal('login') }),
  /** The account has no device for this platform: one-click practice activation, or the activation guide. */
  z.object({ screen: z.literal('no-device'), preparing: z.boolean() }),
  z.object({
    screen: z.literal('challenge'),
    challenge: digits,
    expiresAt: z.number(),
    input: typedText,
    wrong: z.number(),
    /** Why the last response was refused: a field rule, expiry, a mistake, an earlier challenge's response. */
    problem: z.optional(z.enum(['empty', 'notDigits', 'tooShort', 'tooLong', 'expired', 'wrongResponse', 'oldChallenge'])),
    /** The response being checked by the server (an effect). */
    checking: z.optional(digits),
    /** The response was typed with spaces (accepted here, removed; real systems want none). */
    spaced: z.optional(z.boolean()),
  }),
  z.object({ screen: z.literal('locked'), until: z.number() }),
  z.object({ screen: z.literal('done'), spacesRemoved: z.optional(z.boolean()) }),
]);
export type PortalScreen = z.infer<typeof portalScreenSchema>;
export type ResponseProblem = NonNullable<Extract<PortalScreen, { screen: 'challenge' }>['problem']>;

export const appMenuSchema = z.enum(['services', 'more', 'two-factor']);
export type AppMenu = z.infer<typeof appMenuSchema>;

export const phoneScreenSchema = z.discriminatedUnion('screen', [
  /** The app opened on its home screen, with Authenticate. */
  z.object({ screen: z.literal('home') }),
  /** The app's login screen, Services top-left. */
  z.object({ screen: z.literal('login') }),
  /** Logged in: the portfolio, More top-left (Android) or bottom-right (iPhone). */
  z.object({ screen: z.literal('portfolio') }),
  z.object({ screen: z.literal('menu'), menu: appMenuSchema }),
  /** Type the challenge (Android: the PIN too), then Generate Passcode. */
  z.object({ screen: z.literal('challenge'), challenge: typedText, pin: typedText, challengeProblem: fieldProblem, pinProblem: fieldProblem }),
  /** iPhone: Face ID, Touch ID or the phone's passcode confirms. */
  z.object({ screen: z.literal('unlock'), challenge: digits }),
  /** The response is being computed (an effect). */
  z.object({ screen: z.literal('generating'), challenge: digits, pin: z.optional(digits) }),
  z.object({ screen: z.literal('response'), challenge: digits, response: digits }),
  /** IB Key is not active on this phone (the reader has not activated it here). */
  z.object({ screen: z.literal('not-activated') }),
]);
export type PhoneScreen = z.infer<typeof phoneScreenSchema>;

/** The DSC+ token's display: off, PIN>, CHALLNG>, the response, or a practice message. */
export const tokenSchema = z.object({
  mode: z.enum(['off', 'pin', 'pin-wrong', 'challenge', 'generating', 'response', 'locked']),
  entry: z.string().check(z.maxLength(6)),
  response: z.optional(digits),
  wrongPins: z.number(),
});
export type TokenState = z.infer<typeof tokenSchema>;

/** The devices that answer a challenge: IB Key on an iPhone or Android phone, or the DSC+ token. */
export const challengeDeviceSchema = z.enum(['ios', 'android', 'token']);
export type ChallengeDevice = z.infer<typeof challengeDeviceSchema>;

export const challengeStateSchema = z.object({
  platform: challengeDeviceSchema,
  account: practiceAccountSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  portal: portalScreenSchema,
  /** Challenges issued before the current one (newest first), so an older challenge's response is recognised. */
  earlier: z.array(digits).check(z.maxLength(10)),
  phone: phoneScreenSchema,
  history: z.array(phoneScreenSchema).check(z.maxLength(20)),
  token: tokenSchema,
});
export type ChallengeState = z.infer<typeof challengeStateSchema>;

export type AppTarget = 'authenticate' | 'services' | 'log-in' | 'more' | 'two-factor' | 'generate' | 'done';
export type TokenKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'ok' | 'clear';

export type ChallengeEvent =
  | ClockEvent
  // Portal. The view draws the challenge with the page's randomness.
  | { type: 'PORTAL_CONTINUE'; now: number; challenge: string }
  | { type: 'PORTAL_LOG_OUT' }
  | { type: 'NEW_CHALLENGE'; now: number; challenge: string }
  | { type: 'TYPE_RESPONSE'; value: string }
  | { type: 'SUBMIT_RESPONSE' }
  | { type: 'RESPONSE_CHECKED'; verdict: 'current' | 'previous' | 'none' }
  /** One click: a practice device for this platform (the secret comes back from an effect). */
  | { type: 'GET_PRACTICE_DEVICE' }
  | { type: 'PRACTICE_DEVICE_READY'; secret: string; challenge: string }
  // Phone (IB Key in IBKR Mobile)
  | { type: 'TAP'; target: AppTarget }
  | { type: 'BACK' }
  | { type: 'TYPE_CHALLENGE'; value: string }
  | { type: 'TYPE_PIN'; value: string }
  /** Generate Passcode on the challenge screen. */
  | { type: 'GENERATE_PASSCODE' }
  | { type: 'UNLOCK'; method: 'face' | 'fingerprint' | 'passcode' }
  | { type: 'RESPONSE_READY'; response: string }
  // DSC+ token
  | { type: 'TOKEN_POWER' }
  | { type: 'TOKEN_KEY'; key: TokenKey }
  | { type: 'TOKEN_RESPONSE'; response: string }
  /** Practice only: a locked token is unlocked again (the real one needs the broker). */
  | { type: 'TOKEN_UNLOCK' };

/** How the app opens on the phone: on its home screen, its login screen, or the portfolio. */
export interface ChallengeSetup {
  opens?: 'home' | 'login' | 'portfolio';
  /** Named states that start without a device on this platform. */
  noDevice?: boolean;
}
