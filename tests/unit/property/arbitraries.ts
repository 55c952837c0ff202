/**
 * Shared generators and checks of the property tests: hostile text of every kind a reader can
 * type or paste (full-width forms, every space, control and direction marks, emoji, markup,
 * 10 KB pastes), and the UI strings a reason or message key must name in both languages.
 * Nothing here names a flow (tests/unit/kit/flow-boundaries.test.ts): each flow's own file does.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';

/** At most 200 runs per property (the brief): the folder must stay fast. */
export const RUNS = 200;

// ---- Characters ----

/** Every kind of space: ASCII, no-break, the ideographic space U+3000, the Unicode spaces, line and paragraph separators. */
export const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u1680', '\u2000', '\u2002', '\u2007', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
/** Invisible characters that ride along in a paste: zero-width ones and direction marks (RTL included). */
export const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
/** Control characters (C0, DEL, C1). */
export const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F'];
/** Hyphen look-alikes a Japanese keyboard or a copy produces. */
export const HYPHENS = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D', '\u30FC', '\uFF70'];
/** Emoji: single, with a modifier, a ZWJ family, a flag; and lone surrogate halves (a broken paste). */
export const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇯🇵', '\uD83D', '\uDE00', '©️'];
/** Markup and quoting a paste from a web page may carry. */
export const MARKUP = ['<script>alert(1)</script>', '<b>', '</p>', '&amp;', '&#49;', '"', "'", '`', '\\', '${x}', '{{code}}', '%s', '<img src=x onerror=alert(1)>'];
/** Look-alikes and compatibility forms NFKC changes (or not): ligatures, superscripts, circled and other scripts' digits. */
export const LOOKALIKES = ['㍻', 'ﷺ', 'ß', 'İ', 'ﬁ', '①', '⑩', '²', '٣', '۳', '३', '０', 'Ｏ', 'O', 'o', 'I', 'l', 'L', '1', '0', 'é', 'e\u0301', '\u0301', 'Ⅻ'];

export const ASCII_DIGITS = '0123456789';
/** ASCII printable, then full-width forms (U+FF01–U+FF5E) of the same. */
const ASCII_PRINTABLE = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i));

/** "１２３" for "123": every ASCII digit in its full-width form (one UTF-16 unit each, so lengths are unchanged). */
export const fullWidthDigits = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** Every printable ASCII character (digits, letters, punctuation) in its full-width form. */
export const fullWidthAscii = (text: string): string => text.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Letters and digits only in their full-width forms. */
export const fullWidthAlnum = (text: string): string => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const pieces: readonly string[] = [...SPACES, ...INVISIBLES, ...CONTROLS, ...HYPHENS, ...EMOJI, ...MARKUP, ...LOOKALIKES];

/** One "unit" of hostile text: a special piece, a digit (ASCII or full-width), a letter, any code point. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...pieces) },
  { weight: 3, arbitrary: fc.constantFrom(...ASCII_DIGITS.split('')) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII_DIGITS.split('')).map(fullWidthDigits) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII_PRINTABLE) },
  { weight: 1, arbitrary: fc.constantFrom(...ASCII_PRINTABLE).map(fullWidthAscii) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Hostile text of ordinary length (0–60 units). */
export const shortText = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''));

/** A 10 KB paste (8–10 KiB of repeated hostile text, or of digits). */
export const hugeText = fc
  .tuple(fc.oneof(shortText.filter((s) => s.length > 0), fc.constant('1'), fc.constant('１')), fc.integer({ min: 8 * 1024, max: 10 * 1024 }))
  .map(([seed, size]) => seed.repeat(Math.ceil(size / seed.length)).slice(0, size));

/**
 * Composition traps: a base letter, something a normaliser removes, then a combining mark
 * (U+0301 acute, U+3099 and U+309A the kana (semi-)voiced marks an IME may leave alone).
 */
export const compositionTrap = fc
  .tuple(shortText, fc.constantFrom('e', 'A', 'か', 'ハ', 'ｶ', '1', '１'), fc.constantFrom(...SPACES, ...HYPHENS, '\u200B', '\u2060'), fc.constantFrom('\u0301', '\u0308', '\u3099', '\u309A'), shortText)
  .map((parts) => parts.join(''));

/** Any text a reader can produce: mostly short and hostile, sometimes any code points, sometimes 10 KB. */
export const anyText = fc.oneof(
  { weight: 6, arbitrary: shortText },
  { weight: 1, arbitrary: compositionTrap },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeText },
);

/** A separator a reader may type between groups: any space or hyphen look-alike, or an invisible. */
export const separator = fc.constantFrom(...SPACES, ...HYPHENS, '\u200B', '\u2060', '\uFEFF');

/**
 * `value` as a reader may type it: some characters full-width, separators between characters,
 * and spaces around it. The normalised form of the result is `value` again.
 */
export function decorated(value: string): fc.Arbitrary<string> {
  const chars = value.split('');
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }),
      fc.array(fc.option(separator, { freq: 3 }), { minLength: chars.length + 1, maxLength: chars.length + 1 }),
    )
    .map(([wide, seps]) => chars.map((c, i) => (seps[i] ?? '') + (wide[i] ? fullWidthAlnum(c) : c)).join('') + (seps[chars.length] ?? ''));
}

/** A string of `min`–`max` ASCII digits. */
export const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...ASCII_DIGITS.split('')), minLength: min, maxLength: max });

// ---- UI strings ----

type Strings = Record<string, string>;
const read = (lang: string): Strings => JSON.parse(readFileSync(new URL(`../../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Strings;
export const UI: Readonly<Record<'en' | 'ja', Strings>> = { en: read('en'), ja: read('ja') };

/** The stored strings of a key in one language (a plural key is stored as key_one / key_other). */
function stored(strings: Strings, key: string): string[] {
  if (Object.hasOwn(strings, key)) return [strings[key]!];
  return Object.keys(strings)
    .filter((k) => k.startsWith(`${key}_`) && /^(zero|one|two|few|many|other)$/.test(k.slice(key.length + 1)))
    .map((k) => strings[k]!);
}

/** True when `key` names a string in en.json AND ja.json. */
export const keyExists = (key: unknown): boolean => typeof key === 'string' && stored(UI.en, key).length > 0 && stored(UI.ja, key).length > 0;

// ---- Cheap checks ----
// The flow properties check thousands of states per run: a plain condition costs nothing,
// `expect` is only reached when one fails (for its message).

/** Fails the property with `message` when `condition` is false. */
export function ensure(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) expect.fail(typeof message === 'string' ? message : message());
}

/** Fails unless `value` is one of `allowed`. */
export function ensureIn<T>(allowed: readonly T[], value: T, what: string): void {
  ensure(allowed.includes(value), () => `${what}: ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`);
}

export function expectKey(key: unknown, where = ''): void {
  ensure(keyExists(key), () => `${where} key ${String(key)} is in en.json and ja.json`);
}

/** A message a flow shows: its key exists in both languages and every {{placeholder}} of both strings has a value. */
export function expectMessage(message: { key: unknown; vars?: Record<string, unknown> | undefined }, where = ''): void {
  expectKey(message.key, where);
  const texts = [...stored(UI.en, message.key as string), ...stored(UI.ja, message.key as string)];
  for (const text of texts) {
    for (const [, name] of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
      const value = message.vars?.[name!];
      ensure(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)), () => `${where} ${String(message.key)} has a value for {{${name}}}`);
    }
  }
}

/** A problem code shown to the reader: its reason-table entry exists and names a string in both languages. */
export function expectReason(table: Readonly<Record<string, string>>, entry: string, where = ''): void {
  ensure(Object.hasOwn(table, entry), () => `${where} reason ${entry} is in the flow's reasons`);
  expectKey(table[entry], `${where} ${entry}`);
}
