/**
 * The one practice account, shared by every guide through sessionStorage, so a reader can
 * activate IB Key in one guide and log in with a challenge code in the next. Stored data
 * is untrusted (another tab, an older version of the site, a curious reader): it is parsed
 * defensively and anything odd gives a fresh account instead of an exception.
 */
import type { Platform, PracticeAccount } from '../enrollment/enrollment.types';

export const PRACTICE_STORAGE_KEY = 'slhc.practice.v1';
/** Shown pre-filled on every login screen; the reader never types a real username. */
export const DEMO_USERNAME = 'practice.user';
/** Shown pre-filled (masked) next to the demo username; a practice value, not a secret. */
export const DEMO_PASSWORD = 'practice-only';

/** Format version inside the stored JSON, for changes that keep the storage key. */
const STORED_VERSION = 1;
/** A stored account is a few hundred characters; anything much bigger is not ours. */
const MAX_STORED_LENGTH = 2048;
/** Base32 (RFC 4648) device secret: 16–128 characters, optional "=" padding. */
const SECRET_PATTERN = /^[A-Z2-7]{16,128}={0,6}$/;
const PIN_PATTERN = /^[0-9]{4,6}$/;

export function newPracticeAccount(): PracticeAccount {
  return { username: DEMO_USERNAME, enrolled: false };
}

export function isDeviceSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

/** The account after a successful activation on `platform` (pin: Android only). */
export function enrolledAccount(
  account: PracticeAccount,
  deviceSecret: string,
  platform: Platform,
  pin?: string,
): PracticeAccount {
  const enrolled: PracticeAccount = { username: account.username, enrolled: true, deviceSecret, enrolledPlatform: platform };
  return pin === undefined ? enrolled : { ...enrolled, pin };
}

export function serialise(account: PracticeAccount): string {
  return JSON.stringify({ v: STORED_VERSION, account });
}

/** The stored account, or a fresh one when the data is missing, malformed, old or inconsistent. Never throws. */
export function parseStored(json: string | null): PracticeAccount {
  if (json === null || json.length > MAX_STORED_LENGTH) return newPracticeAccount();
  try {
    const stored: unknown = JSON.parse(json);
    if (!isRecord(stored) || stored['v'] !== STORED_VERSION) return newPracticeAccount();
    return validAccount(stored['account']) ?? newPracticeAccount();
  } catch {
    return newPracticeAccount();
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rebuilds the account field by field (so unknown fields are dropped), or null if invalid. */
function validAccount(value: unknown): PracticeAccount | null {
  if (!isRecord(value) || value['username'] !== DEMO_USERNAME) return null;
  const { enrolled, deviceSecret, enrolledPlatform, pin } = value;
  if (enrolled === false) {
    const untouched = deviceSecret === undefined && enrolledPlatform === undefined && pin === undefined;
    return untouched ? newPracticeAccount() : null;
  }
  // Enrolled means a device exists: the challenge flows need its secret and platform.
  if (enrolled !== true || !isDeviceSecret(deviceSecret)) return null;
  if (enrolledPlatform !== 'ios' && enrolledPlatform !== 'android') return null;
  if (pin === undefined) return enrolledAccount(newPracticeAccount(), deviceSecret, enrolledPlatform);
  if (typeof pin !== 'string' || !PIN_PATTERN.test(pin)) return null;
  return enrolledAccount(newPracticeAccount(), deviceSecret, enrolledPlatform, pin);
}
