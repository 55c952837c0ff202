import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import ja from '../../../src/i18n/ui/ja.json';
import { t } from '../../../src/i18n/t';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in Japanese and English', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('are never empty and use flat dotted keys', () => {
    for (const table of [en, ja]) {
      for (const [key, value] of Object.entries(table)) {
        expect(key).toMatch(/^[a-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)+(_one|_other)?$/);
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('says "1 guide" and "2 guides" (plural forms by count)', () => {
    expect(t('en', 'home.guideCount', { count: 1 })).toBe('1 guide');
    expect(t('en', 'home.guideCount', { count: 2 })).toBe('2 guides');
    expect(t('ja', 'home.guideCount', { count: 1 })).toBe('1件のガイド');
  });

  it('interpolates variables through t()', () => {
    expect(t('en', 'guide.figure', { n: 3 })).toBe('Figure 3');
    expect(t('ja', 'guide.figure', { n: 3 })).toBe('図 3');
  });
});
