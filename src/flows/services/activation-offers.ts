/**
 * The simulated broker back end for IB Key activation: single-use, time-limited offers (a QR
 * code and the same code printed under it), a limit on wrong attempts, and the PIN rule.
 * Pure: the clock arrives as `now`, randomness through the `randomBytes` given to newOfferCode.
 *
 * Simulator's choices (the broker publishes none of them; the UI marks them "practice"):
 * the code's alphabet and length (offer-code.ts), its 5-minute life and the 3 wrong tries.
 */
import { checkDigits, type DigitsProblem } from '../kit/digits';
import { isEnrolled, type PracticeAccount } from './practice-account';

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
  type CodeProblem,
} from './offer-code';

/** The activation offer the portal shows after a login. */
export interface Offer {
  /** Stored without the display hyphen: "K7QM3XTP" (shown "K7QM-3XTP"). */
  code: string;
  issuedAt: number;
  expiresAt: number;
  used: boolean;
  wrongAttempts: number;
}

/**
 * Why the server refused an activation. The app shows ONE error for all of them (the real
 * app does not say why); the portal is where the reader finds out (see the guides).
 */
export type ActivationFailure = 'alreadyEnrolled' | 'usedOrExpired' | 'wrongCode' | 'tooManyAttempts' | 'notLoggedIn';

/** How long an offer stays valid after login: 5 minutes (practice). */
export const OFFER_TTL_MS = 5 * 60 * 1000;
/** Wrong codes allowed against one offer; the last one burns it (practice). */
export const MAX_WRONG_ATTEMPTS = 3;
/** The IB Key PIN: 4 to 6 digits (published); raw input is bounded for stray spaces only. */
export const PIN_RULE = { min: 4, max: 6, maxInput: 16 } as const;

export type PinProblem = DigitsProblem;

/** The offer the portal shows right after logging in at `now`. */
export function newOffer(code: string, now: number): Offer {
  return { code, issuedAt: now, expiresAt: now + OFFER_TTL_MS, used: false, wrongAttempts: 0 };
}

/** Expired by time, or already spent (used for an activation, or burned by wrong attempts). */
export function isOfferDead(offer: Offer, now: number): boolean {
  return offer.used || now >= offer.expiresAt;
}

export type PinCheck = { ok: true; pin: string } | { ok: false; problem: PinProblem };

/** 4–6 digits after normalising ("１２ ３４" → "1234"). */
export function normalisePin(input: string): PinCheck {
  const checked = checkDigits(input, PIN_RULE);
  return checked.ok ? { ok: true, pin: checked.value } : checked;
}

/** The server's answer, with the offer as it is after the attempt (a wrong code is counted). */
export type ActivationCheck = { ok: true; offer: Offer } | { ok: false; failure: ActivationFailure; offer: Offer | null };

/**
 * Order follows what the reader can do about it: an enrolled user needs nothing, no offer
 * means log in first, a burned offer keeps saying so, a dead one needs a new login, and only
 * a live offer can be mistyped. A matching code spends the offer at once: it is single use
 * from the moment the server accepts it, even if the phone never finishes.
 */
export function checkActivation(account: PracticeAccount, offer: Offer | null, code: string, now: number): ActivationCheck {
  if (isEnrolled(account)) return { ok: false, failure: 'alreadyEnrolled', offer };
  if (offer === null) return { ok: false, failure: 'notLoggedIn', offer };
  if (offer.wrongAttempts >= MAX_WRONG_ATTEMPTS) return { ok: false, failure: 'tooManyAttempts', offer };
  if (isOfferDead(offer, now)) return { ok: false, failure: 'usedOrExpired', offer };
  if (code !== offer.code) {
    const wrongAttempts = offer.wrongAttempts + 1;
    if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
      return { ok: false, failure: 'tooManyAttempts', offer: { ...offer, wrongAttempts, used: true } };
    }
    return { ok: false, failure: 'wrongCode', offer: { ...offer, wrongAttempts } };
  }
  return { ok: true, offer: { ...offer, used: true } };
}
