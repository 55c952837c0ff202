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

export const practiceAccountSchema = z.object({
  username: z.literal(DEMO_USERNAME),
  ibKey: z.optional(ibKeySchema),
  token: z.optional(tokenSchema),
});

export type PracticeAccount = z.infer<typeof practiceAccountSchema>;
export type IbKey = z.infer<typeof ibKeySchema>;
export type HardwareToken = z.infer<typeof tokenSchema>;

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

export const isEnrolled = (account: PracticeAccount): boolean => account.ibKey !== undefined;

/** The account as stored: null when the value is not a valid account (never throws). */
export function parseAccount(value: unknown): PracticeAccount | null {
  const parsed = practiceAccountSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
