import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import ja from '../../../src/i18n/ui/ja.json';
import { formatter } from '../../../src/i18n/format';
import { t, type UiKey } from '../../../src/i18n/t';
import { simPart } from '../../../src/i18n/sim-strings-plugin';

const tables = { en, ja } as Record<'en' | 'ja', Record<string, string>>;
/** Every placeholder of the string, filled with a value that shows where it went. */
const varsFor = (text: string) => Object.fromEntries([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => [m[1]!, `<${m[1]}>`]));

describe('the browser formatter of simulator strings', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`gives exactly what i18next gives, for every string (${lang})`, () => {
      const format = formatter(lang, tables[lang]);
      for (const [stored, text] of Object.entries(tables[lang])) {
        const key = stored.replace(/_(one|other)$/, '') as UiKey;
        for (const vars of [varsFor(text), { ...varsFor(text), count: 1 }, { ...varsFor(text), count: 7 }]) {
          expect(format(key, vars), `${lang} ${stored}`).toBe(t(lang, key, vars));
        }
      }
    });
  }

  it('chooses plural forms by count and leaves unknown placeholders visible', () => {
    const format = formatter('en', { 'x.n_one': '{{count}} try left', 'x.n_other': '{{count}} tries left', 'x.hi': 'Hi {{name}}' });
    expect(format('x.n' as UiKey, { count: 1 })).toBe('1 try left');
    expect(format('x.n' as UiKey, { count: 3 })).toBe('3 tries left');
    expect(format('x.hi' as UiKey)).toBe('Hi {{name}}');
  });

  it('cuts the strings into one part per simulator and a common part', () => {
    expect(simPart('sim.card-flow.app.title')).toBe('card-flow');
    expect(simPart('sim.common.loading')).toBe('common');
    expect(simPart('figure.card-flow.x.alt')).toBeNull();
  });
});
