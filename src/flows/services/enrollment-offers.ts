/**
 * The simulated broker back end for IB Key activation: single-use, time-limited offers, a
 * limit on wrong attempts, and the rules for the PIN. Pure: the clock arrives as `now`, and
 * randomness through the `randomBytes` given to newOfferCode (offer-code.ts).
 */
import type { EnrollmentError, Offer, PinProblem, PracticeAccount } from '../enrollment/enrollment.types';
import { normaliseCompact } from '../input/normalise';

export {
  MAX_CODE_INPUT_LENGTH,
  OFFER_CODE_ALPHABET,
  OFFER_CODE_LENGTH,
  formatOfferCode,
  newOfferCode,
  normaliseOfferCode,
  offerQrText,
  parseOfferQrText,
  type CodeCheck,
} from './offer-code';

/** How long an offer stays valid after login (the simulator's choice: 5 minutes). */
export const OFFER_TTL_MS = 5 * 60 * 1000;
/** Wrong codes allowed against one offer; the last one burns it (tooManyAttempts). */
export const MAX_WRONG_ATTEMPTS = 3;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 6;
/** Raw input bound for the PIN field (a PIN is at most 6 digits; room for stray spaces only). */
export const MAX_PIN_INPUT_LENGTH = 16;

/** The offer the portal shows right after logging in at `now`. */
export function newOffer(code: string, now: number): Offer {
  return { code, issuedAt: now, expiresAt: now + OFFER_TTL_MS, used: false, wrongAttempts: 0 };
}

/** Expired by time, or already spent (used for an activation, or burned by wrong attempts). */
export function isOfferDead(offer: Offer, now: number): boolean {
  return offer.used || now >= offer.expiresAt;
}

export type PinCheck = { ok: true; pin: string } | { ok: false; problem: PinProblem };

/** 4–6 ASCII digits after NFKC and separator removal ("１２ ３４" → "1234"). */
export function normalisePin(input: string): PinCheck {
  const compact = normaliseCompact(input, MAX_PIN_INPUT_LENGTH);
  if (!compact.ok) return { ok: false, problem: 'pinTooLong' };
  const pin = compact.value;
  if (pin === '') return { ok: false, problem: 'pinTooShort' };
  // Letters say more about the mistake than the length does, so they are reported first.
  if (!/^[0-9]+$/.test(pin)) return { ok: false, problem: 'pinNotDigits' };
  if (pin.length < PIN_MIN_LENGTH) return { ok: false, problem: 'pinTooShort' };
  if (pin.length > PIN_MAX_LENGTH) return { ok: false, problem: 'pinTooLong' };
  return { ok: true, pin };
}

/**
 * The server's answer to an activation attempt, with the offer as it is after the attempt
 * (a wrong code is counted; the caller stores the returned offer). `offer` is null when the
 * portal has none (nobody logged in).
 */
export type ActivationCheck =
  | { ok: true; offer: Offer }
  | { ok: false; error: EnrollmentError; offer: Offer | null };

/**
 * Order matters and follows what the reader can do about it: an enrolled user needs nothing
 * (alreadyEnrolled), no offer means log in first, a burned offer keeps saying so, a dead one
 * means log out and in (expired), and only a live offer can be mistyped (wrongCode).
 * A matching code spends the offer at once: one-time codes are single use from the moment
 * the server accepts them, even if the phone never finishes (the "used for an attempt" case).
 */
export function checkActivation(
  account: PracticeAccount,
  offer: Offer | null,
  code: string,
  now: number,
): ActivationCheck {
  if (account.enrolled) return { ok: false, error: 'alreadyEnrolled', offer };
  if (offer === null) return { ok: false, error: 'notLoggedIn', offer };
  if (offer.wrongAttempts >= MAX_WRONG_ATTEMPTS) return { ok: false, error: 'tooManyAttempts', offer };
  if (isOfferDead(offer, now)) return { ok: false, error: 'expired', offer };
  if (code !== offer.code) {
    const wrongAttempts = offer.wrongAttempts + 1;
    if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
      return { ok: false, error: 'tooManyAttempts', offer: { ...offer, wrongAttempts, used: true } };
    }
    return { ok: false, error: 'wrongCode', offer: { ...offer, wrongAttempts } };
  }
  return { ok: true, offer: { ...offer, used: true } };
}
