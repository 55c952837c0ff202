/**
 * RFC 6238 TOTP: HOTP whose counter is the number of `period`-second steps since the Unix
 * epoch (T0 = 0). Codes come from otplib (the design's choice for TOTP); our own `hotp` is
 * the same maths and the unit tests prove both agree on every RFC vector. Time is always
 * passed in (milliseconds, like Date.now()) so flows and tests stay deterministic.
 */
import { generate } from 'otplib';
import type { HashName } from './hmac';
import type { OtpDigits } from './hotp';

export const DEFAULT_TOTP_PERIOD = 30;

export interface TotpSettings {
  /** Seconds per step; default 30 (the PC OTP app of the simulated broker uses 60). */
  period?: number;
  /** Default 6. */
  digits?: OtpDigits;
  /** Default SHA1. */
  algorithm?: HashName;
}

export interface TotpParams extends TotpSettings {
  /** Raw key bytes. otplib refuses keys shorter than 16 bytes (RFC 4226 R6 recommends 20). */
  secret: Uint8Array;
  /** Current time in milliseconds since the Unix epoch. */
  now: number;
}

const OTPLIB_ALGORITHM = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' } as const;

/** The RFC 6238 time step T = floor(unixSeconds / period). */
export function timeStepAt(now: number, period: number = DEFAULT_TOTP_PERIOD): number {
  return Math.floor(now / (period * 1000));
}

/** Milliseconds until the current code expires (drives the countdown ring). */
export function msUntilNextStep(now: number, period: number = DEFAULT_TOTP_PERIOD): number {
  return (timeStepAt(now, period) + 1) * period * 1000 - now;
}

/** The code for one given time step. */
export async function totpForStep(
  secret: Uint8Array,
  step: number,
  settings: TotpSettings = {},
): Promise<string> {
  const { period = DEFAULT_TOTP_PERIOD, digits = 6, algorithm = 'SHA1' } = settings;
  // Handing otplib the step's start time (whole seconds) instead of `now` keeps the step
  // arithmetic in one place (timeStepAt) and never lets otplib fall back to Date.now().
  return generate({
    strategy: 'totp',
    secret,
    algorithm: OTPLIB_ALGORITHM[algorithm],
    digits,
    period,
    epoch: step * period,
  });
}

export async function totp(params: TotpParams): Promise<string> {
  const { secret, now, ...settings } = params;
  return totpForStep(secret, timeStepAt(now, settings.period), settings);
}

export interface VerifyTotpParams extends TotpParams {
  token: string;
  /** Steps of clock drift accepted on each side; default 1 (the broker's PC OTP app). */
  window?: number | undefined;
  /** Step of the last accepted code: that step and older ones can't be used again. */
  lastUsedStep?: number | undefined;
}

export type TotpRejection = 'wrong' | 'reused';

export type TotpVerification =
  | { ok: true; step: number; /** matched step minus current step */ drift: number }
  | { ok: false; reason: TotpRejection };

/** Compares without an early exit, so timing does not reveal how many digits matched. */
function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Offsets nearest first: 0, -1, +1, -2, +2 ... so the least drifted match wins. */
function offsetsNearestFirst(window: number): number[] {
  const offsets = [0];
  for (let d = 1; d <= window; d++) offsets.push(-d, d);
  return offsets;
}

/**
 * Checks a typed code against the current step ± window. A code that only matches a step
 * at or before `lastUsedStep` is 'reused' (RFC 6238 section 5.2: a verifier must not accept
 * the same OTP twice). Normalising input (full-width digits, spaces) is the caller's job.
 */
export async function verifyTotp(params: VerifyTotpParams): Promise<TotpVerification> {
  const { secret, token, now, window = 1, lastUsedStep, ...settings } = params;
  const digits = settings.digits ?? 6;
  if (!new RegExp(`^\\d{${digits}}$`).test(token)) return { ok: false, reason: 'wrong' };
  const current = timeStepAt(now, settings.period);
  let matchedUsedStep = false;
  for (const offset of offsetsNearestFirst(window)) {
    const step = current + offset;
    if (step < 0) continue;
    if (!sameCode(await totpForStep(secret, step, settings), token)) continue;
    if (lastUsedStep !== undefined && step <= lastUsedStep) {
      matchedUsedStep = true;
      continue;
    }
    return { ok: true, step, drift: offset };
  }
  return { ok: false, reason: matchedUsedStep ? 'reused' : 'wrong' };
}
