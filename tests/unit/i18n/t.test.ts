import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import ja from '../../../src/i18n/ui/ja.json';
import { t, type UiKey } from '../../../src/i18n/t';

const tables = { en, ja } as Record<'en' | 'ja', Record<string, string>>;

describe('t at build time', () => {
  it('gives each language its own stored string for every key without variables, however often and in whatever order it is asked', () => {
    // Twice over, alternating languages: the second round is answered from the once-per-build cache.
    for (let round = 0; round < 2; round++) {
      for (const lang of ['en', 'ja'] as const) {
        for (const [key, text] of Object.entries(tables[lang])) {
          if (/_(one|other)$/.test(key) || text.includes('{{')) continue;
          expect(t(lang, key as UiKey), `${lang} ${key} (round ${round + 1})`).toBe(text);
        }
      }
    }
  });

  it('gives each set of variables its own string, the same again when asked again', () => {
    const key = Object.keys(tables.en).find((k) => !/_(one|other)$/.test(k) && tables.en[k]!.includes('{{')) as UiKey;
    const name = /\{\{\s*(\w+)\s*\}\}/.exec(tables.en[key]!)![1]!;
    for (let round = 0; round < 2; round++) {
      expect(t('en', key, { [name]: 'first' })).toContain('first');
      expect(t('en', key, { [name]: 'second' })).toContain('second');
      expect(t('en', key)).toBe(tables.en[key]);
    }
  });

  it('chooses the plural form by count on every call', () => {
    // A plural string whose only variable is the count.
    const base = Object.keys(tables.en).find((k) => k.endsWith('_one') && !/\{\{\s*(?!count\b)/.test(tables.en[k]!))!.replace(/_one$/, '') as UiKey;
    for (let round = 0; round < 2; round++) {
      for (const count of [1, 2, 1]) {
        const form = count === 1 ? 'one' : 'other';
        expect(t('en', base, { count }), `${base} count=${count}`).toBe(tables.en[`${base}_${form}`]!.replace(/\{\{\s*count\s*\}\}/g, String(count)));
      }
    }
  });
});
