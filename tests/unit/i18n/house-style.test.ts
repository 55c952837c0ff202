import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import ja from '../../../src/i18n/ui/ja.json';

/**
 * The house style, checked on every UI string and every guide: Japanese is written as
 * Japanese (not left in English), with full-width punctuation, one spelling per term and no
 * space between Japanese and Latin words; English uses curly apostrophes and quotes.
 */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
/** Names that are the same in both languages by design (products, device labels). Anything else in Latin letters only is English left in. */
const SAME_IN_BOTH = new Set(['Android', 'App Store', 'Gmail', 'OK', 'PIN', 'Windows', 'iPhone', 'press']);
const JA_LATIN_SPACE = /[\u3040-\u30ff\u3400-\u9fff] [A-Za-z0-9]|[A-Za-z0-9] [\u3040-\u30ff\u3400-\u9fff]/;
const HALF_WIDTH_COLON_IN_JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]:|:[\u3040-\u30ff\u3400-\u9fff]/;

function japaneseProblems(where: string, text: string): string[] {
  const problems: string[] = [];
  if (text.includes('Webサイト')) problems.push(`${where}: 「Webサイト」 (write 「ウェブサイト」)`);
  if (JA_LATIN_SPACE.test(text)) problems.push(`${where}: a space between Japanese and Latin text: ${JA_LATIN_SPACE.exec(text)?.[0]}`);
  if (HALF_WIDTH_COLON_IN_JAPANESE.test(text)) problems.push(`${where}: a half-width colon in Japanese text (write 「：」)`);
  return problems;
}

function englishProblems(where: string, text: string): string[] {
  return /[A-Za-z]'[A-Za-z]|(^|\s)'[A-Za-z]|[a-z]'(\s|$)/.test(text) ? [`${where}: a straight apostrophe or quote (write ’)`] : [];
}

/** Guide prose: frontmatter values and body text, without fenced code or MDX tags. */
function guideProse(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<[A-Z][^>]*>|<\/[A-Z]\w*>/g, (tag) => [...tag.matchAll(/title="([^"]*)"/g)].map((m) => m[1]).join(' '));
}
const guides = (lang: string) => readdirSync(`src/content/guides/${lang}`).map((f) => [f, guideProse(`src/content/guides/${lang}/${f}`)] as const);

describe('house style', () => {
  it('Japanese strings are in Japanese (never left in English)', () => {
    const english = Object.entries(ja).filter(([, value]) => !JAPANESE.test(value) && !SAME_IN_BOTH.has(value));
    expect(english).toEqual([]);
    const copied = Object.entries(ja).filter(([key, value]) => value === en[key as keyof typeof en] && !SAME_IN_BOTH.has(value));
    expect(copied).toEqual([]);
  });

  it('Japanese strings and guides follow the Japanese house style', () => {
    const problems = [
      ...Object.entries(ja).flatMap(([key, value]) => japaneseProblems(`ja.json ${key}`, value)),
      ...guides('ja').flatMap(([file, text]) => japaneseProblems(`ja/${file}`, text)),
    ];
    expect(problems).toEqual([]);
  });

  it('English strings and guides use curly apostrophes', () => {
    const problems = [
      ...Object.entries(en).flatMap(([key, value]) => englishProblems(`en.json ${key}`, value)),
      ...guides('en').flatMap(([file, text]) => englishProblems(`en/${file}`, text)),
    ];
    expect(problems).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    expect(japaneseProblems('x', '証券会社のWebサイト')).toHaveLength(1);
    expect(japaneseProblems('x', 'IB Key を有効化')).toHaveLength(1);
    expect(japaneseProblems('x', 'コード:1234')).toHaveLength(1);
    expect(japaneseProblems('x', 'IB Keyを有効化します。コード：1234')).toEqual([]);
    expect(englishProblems('x', "Don't")).toHaveLength(1);
    expect(englishProblems('x', 'Don’t')).toEqual([]);
    expect(JAPANESE.test('Log in to Client Portal first')).toBe(false);
  });
});
