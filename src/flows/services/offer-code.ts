/**
 * The activation offer's code: what the portal prints under its QR code and what the QR
 * itself encodes. Part of the simulated broker back end (see activation-offers.ts, which
 * re-exports everything here). RNG is injected; nothing here reads a clock or Web Crypto.
 */
import { normaliseCompact } from '../kit/normalise';

/** Why a typed code was refused before it reached the "server". */
export type CodeProblem = 'empty' | 'tooShort' | 'tooLong' | 'badCharacter';

/**
 * No look-alikes: 0/O, 1/I/L are left out, so a code read off a screen or typed on a phone
 * cannot be misread. 8 digits + 23 letters = 31 symbols.
 */
export const OFFER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const OFFER_CODE_LENGTH = 8;
/** Raw input bound for the code field: generous for spaces and hyphens, small enough to refuse junk. */
export const MAX_CODE_INPUT_LENGTH = 64;

/** The custom URI scheme the practice QR encodes: never a real host, so a phone that scans it goes nowhere. */
const QR_PREFIX = 'ibkey-practice:activate?code=';
const QR_PATTERN = new RegExp(`^ibkey-practice:activate\\?code=([${OFFER_CODE_ALPHABET}]{${OFFER_CODE_LENGTH}})$`);

/**
 * Bytes at or above this are thrown away (rejection sampling): 248 = 31 × 8 is the largest
 * multiple of the alphabet size that fits in a byte, so `byte % 31` is exactly uniform.
 */
const ACCEPT_BELOW = Math.floor(256 / OFFER_CODE_ALPHABET.length) * OFFER_CODE_ALPHABET.length;
/** A healthy source rejects 3% of bytes; this many empty rounds means the source is broken. */
const MAX_ROUNDS = 1000;

/** A fresh code, uniform over the alphabet. `randomBytes` is crypto.getRandomValues in the browser, a fake in tests. */
export function newOfferCode(randomBytes: (n: number) => Uint8Array): string {
  let code = '';
  for (let round = 0; code.length < OFFER_CODE_LENGTH; round++) {
    if (round >= MAX_ROUNDS) throw new Error('newOfferCode: the random source only returns rejected bytes');
    for (const byte of randomBytes(OFFER_CODE_LENGTH - code.length)) {
      if (byte < ACCEPT_BELOW && code.length < OFFER_CODE_LENGTH) {
        code += OFFER_CODE_ALPHABET.charAt(byte % OFFER_CODE_ALPHABET.length);
      }
    }
  }
  return code;
}

/** Display form in two groups of four, "K7QM3XTP" → "K7QM-3XTP" (the hyphen is accepted back on input). */
export function formatOfferCode(code: string): string {
  return code.length === OFFER_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** The text inside the portal's QR code. */
export function offerQrText(code: string): string {
  return `${QR_PREFIX}${code}`;
}

/** The code from a scanned QR text, or null for anything that is not one of our offers. */
export function parseOfferQrText(text: string): string | null {
  if (text.length > QR_PREFIX.length + OFFER_CODE_LENGTH) return null;
  return QR_PATTERN.exec(text)?.[1] ?? null;
}

const LOWER_ALPHABET = OFFER_CODE_ALPHABET.toLowerCase();
const isAlphabetLetter = (ch: string) => OFFER_CODE_ALPHABET.includes(ch) || LOWER_ALPHABET.includes(ch);

export type CodeCheck = { ok: true; code: string } | { ok: false; problem: CodeProblem };

/**
 * What the code field accepts, like a real system would: full-width characters, spaces and
 * hyphens are normalised and lower case is upper-cased. Look-alikes (O 0 I 1 L) are refused
 * as badCharacter rather than guessed, because guessing could activate with a wrong code.
 */
export function normaliseOfferCode(input: string): CodeCheck {
  const compact = normaliseCompact(input, MAX_CODE_INPUT_LENGTH);
  if (!compact.ok) return { ok: false, problem: 'tooLong' };
  // Checked before upper-casing, so only a-z map to A-Z (toUpperCase turns "ß" into "SS").
  if (compact.value === '') return { ok: false, problem: 'empty' };
  if (![...compact.value].every(isAlphabetLetter)) return { ok: false, problem: 'badCharacter' };
  const code = compact.value.toUpperCase();
  if (code.length < OFFER_CODE_LENGTH) return { ok: false, problem: 'tooShort' };
  if (code.length > OFFER_CODE_LENGTH) return { ok: false, problem: 'tooLong' };
  return { ok: true, code };
}
