/**
 * The simulated broker back end for challenge/response login (RFC 6287 OCRA): it issues a
 * challenge, and the device computes the response from the secret it got at activation (an
 * Android IB Key also from the PIN, which is why a wrong PIN gives a response the portal
 * refuses). Pure apart from Web Crypto; randomness is injected.
 *
 * Published facts: the DSC+ takes a 4-digit PIN, a 6-digit challenge and gives an 8-digit
 * response. Simulator's choices (marked "practice" in the UI): IB Key uses the same lengths,
 * a challenge is valid 3 minutes, 3 wrong responses lock the login for 2 minutes.
 */
import { ocra } from '../crypto/ocra';
import { base32Decode } from '../crypto/otp';
import type { Platform } from '../kit/flow';
import type { PracticeAccount } from './practice-account';

export const CHALLENGE_DIGITS = 6;
export const RESPONSE_DIGITS = 8;
export const CHALLENGE_RULE = { min: CHALLENGE_DIGITS, max: CHALLENGE_DIGITS, maxInput: 32 } as const;
export const RESPONSE_RULE = { min: RESPONSE_DIGITS, max: RESPONSE_DIGITS, maxInput: 32 } as const;
export const CHALLENGE_TTL_MS = 3 * 60 * 1000;
export const MAX_WRONG_RESPONSES = 3;
export const LOCK_MS = 2 * 60 * 1000;
/** How many earlier challenges the server remembers, to tell "an older challenge's response" from a typo. */
export const REMEMBERED_CHALLENGES = 3;

/** The devices that answer a challenge. */
export type ResponseDevice = 'ios' | 'android' | 'token';

/** The OCRA suite of each device: numeric 6-digit question, 8-digit response, SHA-1; Android adds the PIN. */
export const OCRA_SUITES: Record<ResponseDevice, string> = {
  ios: 'OCRA-1:HOTP-SHA1-8:QN06',
  android: 'OCRA-1:HOTP-SHA1-8:QN06-PSHA1',
  token: 'OCRA-1:HOTP-SHA1-8:QN06',
};

/** Bytes at or above this are rejected, so `value % 10^6` is exactly uniform. */
const ACCEPT_BELOW = Math.floor(2 ** 32 / 10 ** CHALLENGE_DIGITS) * 10 ** CHALLENGE_DIGITS;

/** A fresh challenge of 6 uniformly random digits. */
export function newChallenge(randomBytes: (n: number) => Uint8Array): string {
  for (let round = 0; round < 100; round++) {
    const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
    const value = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    if (value < ACCEPT_BELOW) return String(value % 10 ** CHALLENGE_DIGITS).padStart(CHALLENGE_DIGITS, '0');
  }
  throw new Error('newChallenge: the random source only returns rejected values');
}

/** The device this platform practises on, as the account holds it; null when it has none. */
export function deviceOf(account: PracticeAccount, platform: Platform): { secret: string; pin?: string | undefined } | null {
  if (platform === 'token') return account.token ?? null;
  return account.ibKey?.platform === platform ? account.ibKey : null;
}

/** What the device shows for `challenge`: OCRA over its secret (and, on Android, the PIN typed). */
export function deviceResponse(platform: ResponseDevice, secret: string, challenge: string, pin?: string): Promise<string> {
  return ocra({ suite: OCRA_SUITES[platform], key: base32Decode(secret), question: challenge, pin: platform === 'android' ? (pin ?? '') : undefined });
}

/** The server's side: the response it expects from this account's device (with the PIN chosen at activation). */
export async function expectedResponse(account: PracticeAccount, platform: ResponseDevice, challenge: string): Promise<string | null> {
  const device = deviceOf(account, platform);
  return device === null ? null : deviceResponse(platform, device.secret, challenge, device.pin);
}

/** Whether a typed response answers the current challenge, an earlier one, or none. */
export type Verdict = 'current' | 'previous' | 'none';

export async function judgeResponse(account: PracticeAccount, platform: ResponseDevice, typed: string, current: string, earlier: readonly string[]): Promise<Verdict> {
  if ((await expectedResponse(account, platform, current)) === typed) return 'current';
  for (const challenge of earlier) if ((await expectedResponse(account, platform, challenge)) === typed) return 'previous';
  return 'none';
}
