/**
 * HOTP (RFC 4226), TOTP (RFC 6238) and base32 (RFC 4648) from otplib, the maintained library
 * the project relies on for them (its HOTP and TOTP packages, with HMAC from Web Crypto:
 * web-crypto-plugin.ts); this module only adapts its API to the flows: time always
 * arrives as `now` (milliseconds), so flows and tests stay deterministic, and verification
 * says why a code was refused (wrong, or already used).
 */
import type { HashAlgorithm } from '@otplib/core';
import { generate as generateHotp } from '@otplib/hotp';
import { base32 } from '@otplib/plugin-base32-scure';
import { generate as generateTotp, verify } from '@otplib/totp';
import { webCryptoPlugin as crypto } from './web-crypto-plugin';

export type OtpDigits = 6 | 7 | 8;
export type OtpAlgorithm = HashAlgorithm;

/** Base32 without padding, the form authenticator apps use. */
export const base32Encode = (bytes: Uint8Array): string => base32.encode(bytes, { padding: false });

/** Throws on characters outside the base32 alphabet. */
export const base32Decode = (text: string): Uint8Array => base32.decode(text);

export interface HotpParams {
  /** Raw key bytes. otplib refuses keys shorter than 16 bytes (RFC 4226 recommends 20). */
  secret: Uint8Array;
  counter: number;
  digits?: OtpDigits;
  algorithm?: OtpAlgorithm;
}

export function hotp({ secret, counter, digits = 6, algorithm = 'sha1' }: HotpParams): Promise<string> {
  return generateHotp({ secret, counter, digits, algorithm, crypto });
}

export interface TotpSettings {
  /** Seconds per step; 30 unless a flow says otherwise (the PC OTP app uses 60). */
  period?: number;
  digits?: OtpDigits;
  algorithm?: OtpAlgorithm;
}

export interface TotpParams extends TotpSettings {
  secret: Uint8Array;
  /** Milliseconds since the Unix epoch. */
  now: number;
}

/** The RFC 6238 time step T = floor(unixSeconds / period). */
export const timeStepAt = (now: number, period = 30): number => Math.floor(now / (period * 1000));

/** Milliseconds until the current code expires. */
export const msUntilNextStep = (now: number, period = 30): number => (timeStepAt(now, period) + 1) * period * 1000 - now;

export function totp({ secret, now, period = 30, digits = 6, algorithm = 'sha1' }: TotpParams): Promise<string> {
  return generateTotp({ secret, epoch: Math.floor(now / 1000), period, digits, algorithm, crypto });
}

export interface VerifyTotpParams extends TotpParams {
  token: string;
  /** Steps of clock drift accepted on each side (default 1). */
  window?: number;
  /** The step of the last accepted code: it and older steps are refused as "reused" (RFC 6238 §5.2). */
  lastUsedStep?: number | undefined;
}

export type TotpVerification = { ok: true; step: number; drift: number } | { ok: false; reason: 'wrong' | 'reused' };

export async function verifyTotp(params: VerifyTotpParams): Promise<TotpVerification> {
  const { secret, token, now, period = 30, digits = 6, algorithm = 'sha1', window = 1, lastUsedStep } = params;
  if (!new RegExp(`^\\d{${digits}}$`).test(token)) return { ok: false, reason: 'wrong' };
  const common = { secret, token, epoch: Math.floor(now / 1000), period, digits, algorithm, epochTolerance: window * period, crypto } as const;
  const result = await verify(lastUsedStep === undefined ? common : { ...common, afterTimeStep: lastUsedStep });
  if (result.valid && 'timeStep' in result) return { ok: true, step: result.timeStep, drift: result.delta };
  // Refused: tell a used code from a wrong one by asking again without the replay guard.
  if (lastUsedStep !== undefined && (await verify(common)).valid) return { ok: false, reason: 'reused' };
  return { ok: false, reason: 'wrong' };
}
