/**
 * The PC one-time-password app (Smart OTP for Windows): the broker's website in a browser on
 * one side, a Windows desktop with the app on the other. The reader registers the app with
 * a setup number from the website, then uses its codes in a withdrawal. The zod schemas are
 * the single source of the types and of what a stored state must look like to be resumed.
 * Plain data only; problems are reason codes that the view maps to strings.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { practiceAccountSchema } from '../services/practice-account';

const digits = z.string().check(z.maxLength(32));
const typedText = z.string().check(z.maxLength(64));
const copyResult = z.optional(z.enum(['copied', 'denied']));
export type CopyResult = NonNullable<z.infer<typeof copyResult>>;
/** A moment of the broker's and the PC's (shared) practice time, when a code was asked for. */
const at = z.number();

export const siteScreenSchema = z.discriminatedUnion('screen', [
  /** Log in with the demo credentials. */
  z.object({ screen: z.literal('login') }),
  /** The top screen: Withdrawal, and Registration and procedures. */
  z.object({ screen: z.literal('top') }),
  /** Registration and procedures: One-time password registration among the items. */
  z.object({ screen: z.literal('procedures') }),
  /** With a smartphone (not practised here) or without one: the PC app. */
  z.object({ screen: z.literal('otp-choice'), phoneNote: z.boolean() }),
  /** Using one-time passwords with the PC app: steps 1–3, the download link, and the button that issues a setup number. */
  z.object({ screen: z.literal('pc-app') }),
  /** The broker's own download page. */
  z.object({ screen: z.literal('download'), downloaded: z.boolean() }),
  /** The setup number just issued, with Copy (and, when the browser refused, a field to copy from by hand). */
  z.object({ screen: z.literal('setup-number'), number: digits, copy: copyResult }),
  /** The withdrawal form: a practice amount and the trading password (pre-filled). */
  z.object({ screen: z.literal('withdrawal') }),
  /** A withdrawal asked for, but no PC app is registered. */
  z.object({ screen: z.literal('no-registration') }),
  /** The one-time password screen. `checking`: the code the server is judging, at the time it was sent. */
  z.object({
    screen: z.literal('otp-entry'),
    input: typedText,
    problem: z.optional(z.enum(['empty', 'notDigits', 'tooShort', 'tooLong', 'wrong', 'reused', 'expired', 'notRegistered'])),
    checking: z.optional(z.object({ code: digits, at })),
  }),
  z.object({ screen: z.literal('withdrawal-done') }),
]);
export type SiteScreen = z.infer<typeof siteScreenSchema>;
export type OtpProblem = NonNullable<Extract<SiteScreen, { screen: 'otp-entry' }>['problem']>;

const numberProblem = z.optional(z.enum(['empty', 'notDigits', 'tooShort', 'tooLong', 'unknown', 'stale', 'used']));
export type NumberProblem = NonNullable<z.infer<typeof numberProblem>>;
export type NameProblem = 'empty' | 'tooLong';

export const appWindowSchema = z.discriminatedUnion('screen', [
  /**
   * The main window: the registered account (if any) to select, Add account, Show OTP, the
   * code with the time left in its step, and Copy OTP to clipboard.
   */
  z.object({
    screen: z.literal('menu'),
    selected: z.boolean(),
    /** Asked for at this moment; the effect computes the code. */
    generating: z.optional(at),
    otp: z.optional(z.object({ code: digits, step: z.number() })),
    copy: copyResult,
    problem: z.optional(z.enum(['noSelection'])),
  }),
  /** Account management: the display name and the setup number, then Register. */
  z.object({ screen: z.literal('add'), name: typedText, number: typedText, nameProblem: z.optional(z.enum(['empty', 'tooLong'])), numberProblem }),
  /** The server accepted the setup number; the secret is being made (an effect). */
  z.object({ screen: z.literal('registering'), name: typedText }),
  z.object({ screen: z.literal('added'), name: typedText }),
]);
export type AppWindow = z.infer<typeof appWindowSchema>;

export const desktopSchema = z.object({
  /** The app was downloaded: its icon is on the desktop. */
  installed: z.boolean(),
  /** The icon was clicked once (highlighted), as on a real desktop. */
  iconSelected: z.boolean(),
  /** The app's window; absent while the app is closed. */
  window: z.optional(appWindowSchema),
  /** A practice hint: the app was closed before the account was registered, so what was typed is gone. */
  lostForm: z.boolean(),
});
export type DesktopState = z.infer<typeof desktopSchema>;

export const setupNumbersSchema = z.object({
  current: z.optional(digits),
  earlier: z.array(digits).check(z.maxLength(5)),
  used: z.array(digits).check(z.maxLength(5)),
});

export const smartOtpDeviceSchema = z.enum(['windows']);
export type SmartOtpDevice = z.infer<typeof smartOtpDeviceSchema>;

export const smartOtpStateSchema = z.object({
  platform: smartOtpDeviceSchema,
  account: practiceAccountSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  /**
   * How far the practice time (the broker's and the PC's, one clock) is behind event time:
   * it grows by every pause and every "full time again", so a code shown stays valid then.
   */
  lagMs: z.number().check(z.nonnegative()),
  site: siteScreenSchema,
  /** The server's setup numbers (kept while the reader logs out and in). */
  setupNumbers: setupNumbersSchema,
  desktop: desktopSchema,
  /** What the practice PC's clipboard holds after a Copy button (the real one is the browser's). */
  clipboard: z.optional(digits),
});
export type SmartOtpState = z.infer<typeof smartOtpStateSchema>;

/** Where a link or button on the website leads. */
export type SiteTarget = 'top' | 'procedures' | 'otp-register' | 'phone-app' | 'pc-app' | 'download' | 'withdrawal' | 'withdrawal-next';

export type SmartOtpEvent =
  | ClockEvent
  // The website. Times come from the view's clock; the setup number from its randomness.
  | { type: 'SITE_LOG_IN'; now: number }
  | { type: 'SITE_LOG_OUT' }
  | { type: 'SITE_GO'; to: SiteTarget }
  | { type: 'DOWNLOAD_APP' }
  | { type: 'ISSUE_SETUP_NUMBER'; now: number; number: string }
  | { type: 'COPY_SETUP_NUMBER'; result: CopyResult }
  | { type: 'TYPE_OTP'; value: string }
  /** Paste what the practice PC's clipboard holds (scenarios; the reader pastes with Ctrl+V, which types). */
  | { type: 'PASTE_OTP' }
  | { type: 'SUBMIT_OTP'; now: number }
  | { type: 'OTP_CHECKED'; verdict: 'accepted' | 'wrong' | 'reused' | 'expired' | 'notRegistered'; step?: number }
  // The desktop and the app
  | { type: 'SELECT_ICON' }
  | { type: 'OPEN_APP' }
  | { type: 'CLOSE_APP' }
  | { type: 'ADD_ACCOUNT' }
  | { type: 'TYPE_NAME'; value: string }
  | { type: 'TYPE_SETUP_NUMBER'; value: string }
  | { type: 'PASTE_SETUP_NUMBER' }
  | { type: 'REGISTER' }
  /** The effect's result: the TOTP secret the registration gives the app. */
  | { type: 'REGISTERED'; secret: string }
  | { type: 'SELECT_ACCOUNT' }
  | { type: 'SHOW_OTP'; now: number }
  /** The effect's result: the code for the step asked for. */
  | { type: 'OTP_SHOWN'; code: string; step: number }
  | { type: 'COPY_OTP'; result: CopyResult };

/** No start options: a fresh start is the website's login and the reader's desktop. */
export type SmartOtpSetup = Record<string, never>;
