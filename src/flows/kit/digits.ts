/**
 * The rules of a digits-only field (PIN, challenge, response), applied on submit like a real
 * form: full-width digits and stray spaces or hyphens are normalised away, anything else is
 * refused with the reason the reader can act on.
 */
import { normaliseCompact } from './normalise';

export type DigitsProblem = 'empty' | 'notDigits' | 'tooShort' | 'tooLong';

export interface DigitsRule {
  /** Shortest and longest accepted value, in digits. */
  min: number;
  max: number;
  /** Raw input longer than this is refused before any normalising (a paste of junk). */
  maxInput: number;
}

export type DigitsCheck = { ok: true; value: string } | { ok: false; problem: DigitsProblem };

/** "１２ ３４" → "1234"; letters are reported before length, since they say more about the mistake. */
export function checkDigits(raw: string, rule: DigitsRule): DigitsCheck {
  const compact = normaliseCompact(raw, rule.maxInput);
  if (!compact.ok) return { ok: false, problem: 'tooLong' };
  const value = compact.value;
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(value)) return { ok: false, problem: 'notDigits' };
  if (value.length < rule.min) return { ok: false, problem: 'tooShort' };
  if (value.length > rule.max) return { ok: false, problem: 'tooLong' };
  return { ok: true, value };
}

/** What a field keeps while the reader types: the raw text, refused whole when over the bound. */
export function typed(previous: string, value: string, maxInput: number): { value: string; tooLong: boolean } {
  return value.length > maxInput ? { value: previous, tooLong: true } : { value, tooLong: false };
}
