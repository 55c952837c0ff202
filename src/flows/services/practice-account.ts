/**
 * The one practice account: the simulated broker user that every guide shares, so a reader
 * can activate IB Key in one guide and log in with a challenge code in the next. Its schema
 * (zod) is the single source of its type and of what is accepted back from storage.
 */
import * as z from 'zod/mini';

/** Shown pre-filled on every login screen; the reader never types a real username. */
export const DEMO_USERNAME = 'practice.user';
/** Shown pre-filled (masked) next to the demo username; a practice value, not a secret. */
export const DEMO_PASSWORD = 'practice-only';

/** Base32 (RFC 4648) device secret: 16–128 characters, optional "=" padding. */
const SECRET_PATTERN = /^[A-Z2-7]{16,128}={0,6}$/;
/** IB Key PIN: 4 to 6 digits (a published fact). */
export const IB_KEY_PIN_PATTERN = /^[0-9]{4,6}$/;
/** DSC+ PIN: 4 digits (a published fact). */
export const TOKEN_PIN_PATTERN = /^[0-9]{4}$/;

const secret = z.string().check(z.regex(SECRET_PATTERN));

/** IB Key in the app on one phone. Android adds the PIN chosen at activation (it enters the response). */
const ibKeySchema = z
  .object({
    platform: z.enum(['ios', 'android']),
    secret,
    pin: z.optional(z.string().check(z.regex(IB_KEY_PIN_PATTERN))),
  })
  .check(z.refine((key) => (key.platform === 'android') === (key.pin !== undefined), 'an Android IB Key has a PIN, an iPhone one has none'));

/** The DSC+ hardware token: its secret and the 4-digit PIN chosen when it was requested. */
const tokenSchema = z.object({ secret, pin: z.string().check(z.regex(TOKEN_PIN_PATTERN)) });

/** The online security code card: 40 three-digit values (practice), and its 21 days once activated. */
const cardSchema = z.object({
  values: z.array(z.string().check(z.regex(/^[0-9]{3}$/))).check(z.length(40)),
  activatedAt: z.optional(z.number()),
  expiresAt: z.optional(z.number()),
});

/**
 * Message settings of the secure message center: the languages (first and second, never the
 * same one twice) and how new messages are announced. The lists are the simulator's choice;
 * the real Client Portal may offer others.
 */
export const MESSAGE_LANGUAGES = ['en', 'ja', 'zh-hans', 'zh-hant', 'de', 'fr'] as const;
export const MESSAGE_DELIVERIES = ['email', 'sms', 'both'] as const;
const messageSettingsSchema = z
  .object({ first: z.enum(MESSAGE_LANGUAGES), second: z.enum(MESSAGE_LANGUAGES), delivery: z.enum(MESSAGE_DELIVERIES) })
  .check(z.refine((settings) => settings.first !== settings.second, 'the first and second language differ'));

/** The PC one-time-password app's display name: 1 to 20 characters (the length limit is the simulator's choice). */
export const PC_OTP_NAME_MAX = 20;

/**
 * The PC one-time-password app registered with the broker through a setup number: the display
 * name the reader gave it, the TOTP secret the registration gave the app, and the time step
 * of the last code the broker accepted (a code is single use, RFC 6238 §5.2).
 */
const pcOtpSchema = z.object({
  displayName: z.string().check(z.minLength(1), z.maxLength(PC_OTP_NAME_MAX)),
  secret,
  lastUsedStep: z.optional(z.int().check(z.nonnegative())),
});

export const practiceAccountSchema = z.object({
  username: z.literal(DEMO_USERNAME),
  ibKey: z.optional(ibKeySchema),
  token: z.optional(tokenSchema),
  messageSettings: z.optional(messageSettingsSchema),
  card: z.optional(cardSchema),
  pcOtp: z.optional(pcOtpSchema),
});

export type PracticeAccount = z.infer<typeof practiceAccountSchema>;
export type IbKey = z.infer<typeof ibKeySchema>;
export type HardwareToken = z.infer<typeof tokenSchema>;
export type MessageSettings = z.infer<typeof messageSettingsSchema>;
export type PcOtpRegistration = z.infer<typeof pcOtpSchema>;

export function newPracticeAccount(): PracticeAccount {
  return { username: DEMO_USERNAME };
}

export function isDeviceSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

/** The account with IB Key activated on `platform` (the PIN: Android only). Replaces an earlier IB Key. */
export function withIbKey(account: PracticeAccount, platform: IbKey['platform'], deviceSecret: string, pin?: string): PracticeAccount {
  const ibKey: IbKey = platform === 'android' && pin !== undefined ? { platform, secret: deviceSecret, pin } : { platform, secret: deviceSecret };
  return { ...account, ibKey };
}

export function withToken(account: PracticeAccount, deviceSecret: string, pin: string): PracticeAccount {
  return { ...account, token: { secret: deviceSecret, pin } };
}

/** The account with message settings saved (they replace earlier ones); null when they are not valid (the same language twice). */
export function withMessageSettings(account: PracticeAccount, settings: MessageSettings): PracticeAccount | null {
  const parsed = messageSettingsSchema.safeParse(settings);
  return parsed.success ? { ...account, messageSettings: parsed.data } : null;
}

export const isEnrolled = (account: PracticeAccount): boolean => account.ibKey !== undefined;

/** The account with the PC one-time-password app registered; a new registration replaces the earlier one (and its used codes). */
export function withPcOtp(account: PracticeAccount, displayName: string, appSecret: string): PracticeAccount {
  return { ...account, pcOtp: { displayName, secret: appSecret } };
}

/** The broker accepted the PC app's code of time step `step`: that step and older ones are spent. */
export function withPcOtpUsed(account: PracticeAccount, step: number): PracticeAccount {
  const { pcOtp } = account;
  if (pcOtp === undefined || (pcOtp.lastUsedStep !== undefined && pcOtp.lastUsedStep >= step)) return account;
  return { ...account, pcOtp: { ...pcOtp, lastUsedStep: step } };
}

/** The account as stored: null when the value is not a valid account (never throws). */
export function parseAccount(value: unknown): PracticeAccount | null {
  const parsed = practiceAccountSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
