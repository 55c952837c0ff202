/**
 * The simulated broker's side of the PC one-time-password app: setup numbers that link the
 * app to the account, and the verifier of the app's codes. Pure apart from otplib's HMAC;
 * the clock arrives as `now`, randomness through the `randomBytes` given to newSetupNumber.
 *
 * Published facts: a setup number links the app to the account; codes are TOTP (RFC 6238)
 * with a 60-second period. Simulator's choices (marked "practice" in the UI): 6-digit codes,
 * 12-digit setup numbers, a setup number works once and only until a newer one is issued,
 * the verifier accepts one step of clock drift either side and refuses a code already used.
 */
import { base32Decode, timeStepAt, totp, verifyTotp } from '../crypto/otp';
import { checkDigits, type DigitsCheck } from '../kit/digits';
import { PC_OTP_NAME_MAX, type PcOtpRegistration } from './practice-account';

export { PC_OTP_NAME_MAX };

/** Seconds per code: a published fact (a code is valid for 60 seconds). */
export const OTP_PERIOD_SECONDS = 60;
export const OTP_PERIOD_MS = OTP_PERIOD_SECONDS * 1000;
/** Code length: the simulator's choice. */
export const OTP_DIGITS = 6;
/** Steps of clock drift accepted on each side of the server's step. */
export const OTP_DRIFT_STEPS = 1;
/** How far back a code is still recognised as an expired one rather than a wrong one (30 minutes). */
export const EXPIRED_LOOKBACK_STEPS = 30;
/** The OTP field: 6 digits after normalising; raw input bounded for stray spaces only. */
export const OTP_RULE = { min: OTP_DIGITS, max: OTP_DIGITS, maxInput: 32 } as const;

/** Setup-number length: the simulator's choice. */
export const SETUP_NUMBER_DIGITS = 12;
export const SETUP_NUMBER_RULE = { min: SETUP_NUMBER_DIGITS, max: SETUP_NUMBER_DIGITS, maxInput: 64 } as const;
/** How many superseded and used setup numbers the server remembers, to say why one is refused. */
const REMEMBERED_NUMBERS = 5;

/** 160 bits: the HMAC-SHA-1 key size of TOTP (RFC 4226 recommends it; otplib needs at least 128). */
export const OTP_SECRET_BYTES = 20;

/** The TOTP parameters the app and the server share, for the "how this works" panel. */
export const OTP_PARAMETERS = { algorithm: 'SHA1', digits: OTP_DIGITS, period: OTP_PERIOD_SECONDS, t0: 0, drift: OTP_DRIFT_STEPS } as const;

// ---- Setup numbers ----

/** Bytes at or above 250 are rejected, so `byte % 10` is exactly uniform. */
const DIGIT_BELOW = 250;

/** A fresh setup number of 12 uniformly random digits. */
export function newSetupNumber(randomBytes: (n: number) => Uint8Array): string {
  let number = '';
  for (let round = 0; number.length < SETUP_NUMBER_DIGITS; round++) {
    if (round >= 100) throw new Error('newSetupNumber: the random source only returns rejected bytes');
    for (const byte of randomBytes(SETUP_NUMBER_DIGITS - number.length)) {
      if (byte < DIGIT_BELOW && number.length < SETUP_NUMBER_DIGITS) number += String(byte % 10);
    }
  }
  return number;
}

/** Display form in groups of four: "418270359164" → "4182 7035 9164" (spaces are accepted back). */
export const formatSetupNumber = (number: string): string => number.replace(/(\d{4})(?=\d)/g, '$1 ');

/** What the server knows of the numbers it issued: the live one, superseded ones, used ones (newest first). */
export interface SetupNumbers {
  current?: string | undefined;
  earlier: string[];
  used: string[];
}

export const NO_SETUP_NUMBERS: SetupNumbers = { earlier: [], used: [] };

const remember = (list: readonly string[], number: string) => [number, ...list.filter((n) => n !== number)].slice(0, REMEMBERED_NUMBERS);

/** A new number replaces the live one, which can no longer be used. */
export function issueSetupNumber(numbers: SetupNumbers, fresh: string): SetupNumbers {
  const earlier = numbers.current === undefined ? numbers.earlier : remember(numbers.earlier, numbers.current);
  return { current: fresh, earlier, used: numbers.used };
}

/** Why the server refused a well-formed setup number: mistyped (never issued), superseded, or already used. */
export type SetupRefusal = 'unknown' | 'stale' | 'used';

export type SetupRedemption = { ok: true; numbers: SetupNumbers } | { ok: false; reason: SetupRefusal };

/** Registering with `number`: only the live number works, and only once. */
export function redeemSetupNumber(numbers: SetupNumbers, number: string): SetupRedemption {
  if (numbers.current === number) return { ok: true, numbers: { earlier: numbers.earlier, used: remember(numbers.used, number) } };
  if (numbers.used.includes(number)) return { ok: false, reason: 'used' };
  if (numbers.earlier.includes(number)) return { ok: false, reason: 'stale' };
  return { ok: false, reason: 'unknown' };
}

/** The app's setup-number field: full-width digits, spaces and hyphens are normalised away. */
export const checkSetupNumber = (raw: string): DigitsCheck => checkDigits(raw, SETUP_NUMBER_RULE);

export type DisplayNameCheck = { ok: true; value: string } | { ok: false; problem: 'empty' | 'tooLong' };

/** Any name the reader likes, trimmed; 1 to 20 characters (practice limit). */
export function checkDisplayName(raw: string): DisplayNameCheck {
  const value = raw.trim();
  // A name of invisible characters only (zero-width, control) shows as nothing in the app: empty.
  if (value.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, '') === '') return { ok: false, problem: 'empty' };
  return [...value].length > PC_OTP_NAME_MAX ? { ok: false, problem: 'tooLong' } : { ok: true, value };
}

// ---- Codes ----

/** The app's code at `now`: TOTP over its secret, SHA-1, 6 digits, 60-second steps. */
export function appCode(secret: string, now: number): Promise<string> {
  return totp({ secret: base32Decode(secret), now, period: OTP_PERIOD_SECONDS, digits: OTP_DIGITS });
}

export const otpStepAt = (now: number): number => timeStepAt(now, OTP_PERIOD_SECONDS);

/** Milliseconds left in the step of `now`, i.e. until the code shown at `now` runs out. */
export const msLeftInStep = (now: number): number => (otpStepAt(now) + 1) * OTP_PERIOD_MS - now;

export type OtpVerdict = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'reused' | 'expired' | 'notRegistered' };

/**
 * The server judging a code typed at `now` (already normalised to digits): the current step or
 * one either side, not a step already used. A refused code that an older step produced is
 * called expired, so the reader learns to fetch a fresh one rather than to retype.
 */
export async function judgeOtp(registration: PcOtpRegistration | undefined, token: string, now: number): Promise<OtpVerdict> {
  if (registration === undefined) return { ok: false, reason: 'notRegistered' };
  const secret = base32Decode(registration.secret);
  const checked = await verifyTotp({
    secret,
    token,
    now,
    period: OTP_PERIOD_SECONDS,
    digits: OTP_DIGITS,
    window: OTP_DRIFT_STEPS,
    lastUsedStep: registration.lastUsedStep,
  });
  if (checked.ok) return { ok: true, step: checked.step };
  if (checked.reason === 'reused') return { ok: false, reason: 'reused' };
  const step = otpStepAt(now);
  for (let back = OTP_DRIFT_STEPS + 1; back <= EXPIRED_LOOKBACK_STEPS; back++) {
    const old = await totp({ secret, now: (step - back) * OTP_PERIOD_MS, period: OTP_PERIOD_SECONDS, digits: OTP_DIGITS });
    if (old === token) return { ok: false, reason: 'expired' };
  }
  return { ok: false, reason: 'wrong' };
}
