/**
 * Input normalisation shared by every simulator field, so the practice site accepts what a
 * real broker system accepts: Japanese keyboards produce full-width digits and letters
 * (１２３４), the ideographic space (U+3000), and several dash look-alikes; people paste
 * codes with spaces or copy the grouped display form "K7QM-3XTP". Nothing here knows about
 * a particular field: the field's own rules (alphabet, length) come after.
 */

/**
 * Hyphen-like characters a reader may type or paste between groups of a code:
 * ASCII hyphen-minus, U+2010 hyphen … U+2015 horizontal bar, U+2212 minus, U+FE63 small
 * hyphen, U+FF0D full-width hyphen, and the katakana long-vowel marks ー (U+30FC) and ｰ
 * (U+FF70), which an IME produces when the reader presses the "-" key in kana mode.
 */
const HYPHEN_LIKE = /[-\u2010-\u2015\u2212\uFE63\uFF0D\u30FC\uFF70]/g;

/**
 * Spaces of every kind (\s covers U+3000 and the no-break spaces) plus the invisible
 * zero-width characters that ride along when text is copied from a web page or a PDF.
 */
const SPACE_LIKE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** Full-width → half-width (and other compatibility forms) by Unicode NFKC: "１２３４" → "1234". */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Removes spaces and hyphen look-alikes anywhere in the text: "K7QM - 3XTP" → "K7QM3XTP". */
export function stripSeparators(text: string): string {
  return text.replace(SPACE_LIKE, '').replace(HYPHEN_LIKE, '');
}

/**
 * True when the raw input fits the field. Inputs past the bound are refused, never silently
 * truncated: a truncated code could match by accident, and a huge paste should cost nothing.
 */
export function fitsLength(text: string, maxLength: number): boolean {
  return text.length <= maxLength;
}

export type CompactResult = { ok: true; value: string } | { ok: false; problem: 'tooLong' };

/**
 * The usual pipeline for short codes: refuse over-long raw input first (before NFKC, which
 * can expand text), then half-width, then separators out. Case is left alone: whether lower
 * case is accepted is the field's decision. NFKC runs again after the separators are out,
 * because a removed space can have kept a combining mark from its letter ("ｶ ゙" → "ガ"):
 * the result is then already compact, so normalising it again changes nothing.
 */
export function normaliseCompact(raw: string, maxLength: number): CompactResult {
  if (!fitsLength(raw, maxLength)) return { ok: false, problem: 'tooLong' };
  return { ok: true, value: toHalfWidth(stripSeparators(toHalfWidth(raw))) };
}
