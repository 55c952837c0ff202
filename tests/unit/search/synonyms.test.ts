/**
 * The synonym data of each language (src/search/synonyms.<lang>.json, described in data.ts):
 * its shape, and what it must make the query planner do. The word lists here are small and
 * inline; the built site is not needed.
 */
import { describe, expect, it } from 'vitest';
import type { SearchData } from '../../../src/search/data';
import { planQuery } from '../../../src/search/query';
import { loadSynonyms } from '../../../src/search/synonyms';
import { normalize } from '../../../src/search/words';
import enUi from '../../../src/i18n/ui/en.json';
import jaUi from '../../../src/i18n/ui/ja.json';

const ui: Record<string, Record<string, string>> = { en: enUi, ja: jaUi };

/** Search data as src/pages/[lang]/search-data.json.ts builds it, over a given word list. */
function siteData(lang: string, words: string): SearchData {
  const synonyms = loadSynonyms(lang);
  const filterValues: SearchData['filterValues'] = {};
  for (const [filter, ids] of Object.entries(synonyms.filters)) {
    filterValues[filter] = Object.fromEntries(Object.keys(ids).map((id) => [id, ui[lang]![`${filter}.${id}`]!]));
  }
  return { lang, words, filterValues, synonyms };
}

const troubleshooting = (lang: string) => ({ filter: 'category', value: ui[lang]!['category.troubleshooting']! });

describe.each(['en', 'ja'])('synonyms.%s.json', (lang) => {
  const data = loadSynonyms(lang);

  it('has the shape data.ts describes, every phrase a non-empty string', () => {
    const phrases = [
      ...data.stopwords,
      ...data.groups.flat(),
      ...data.expansions.flatMap((e) => [...e.when, ...e.add]),
      ...Object.values(data.filters).flatMap((ids) => Object.values(ids).flat()),
    ];
    expect(phrases.length).toBeGreaterThan(50);
    for (const phrase of phrases) expect(typeof phrase === 'string' && phrase.trim().length > 0, JSON.stringify(phrase)).toBe(true);
    for (const group of data.groups) expect(group.length, JSON.stringify(group)).toBeGreaterThan(1);
    for (const e of data.expansions) expect(e.when.length * e.add.length, JSON.stringify(e)).toBeGreaterThan(0);
  });

  it('names only filter values the site has, with a label in this language', () => {
    for (const [filter, ids] of Object.entries(data.filters)) {
      expect(['os', 'category']).toContain(filter);
      for (const id of Object.keys(ids)) expect(ui[lang]![`${filter}.${id}`], `${filter}.${id}`).toBeTruthy();
    }
  });

  it('has no member twice in one group', () => {
    for (const group of data.groups) expect(new Set(group.map(normalize)).size, JSON.stringify(group)).toBe(group.length);
  });
});

describe('synonym data: what the planner makes of it', () => {
  it('アンドロイド (ja) searches Android and favours the Android guides', () => {
    const plan = planQuery('アンドロイド', siteData('ja', 'android'));
    expect(plan.slots[0]!.alternatives).toEqual([{ search: 'android', factor: 1 }]);
    expect(plan.filters).toContainEqual({ filter: 'os', value: ui['ja']!['os.android'] });
  });

  it.each([
    ['en', 'code expired'],
    ['en', 'the code has expired'],
    ['en', 'challenge code no longer valid'],
    ['en', 'user already registered'],
    ['en', 'qr code not scanning'],
    ['ja', 'コードの有効期限が切れた'],
    ['ja', 'QRコード 期限切れ'],
    ['ja', 'ユーザーは既に登録'],
    ['ja', 'QRコードが読み取れない'],
  ])('a symptom favours the troubleshooting guides (%s “%s”)', (lang, query) => {
    expect(planQuery(query, siteData(lang, 'code')).filters).toContainEqual(troubleshooting(lang));
  });

  it.each([
    ['en', 'card expiry date'],
    ['en', 'wrong pin'],
    ['en', 'register android'],
    ['ja', 'カードの有効期限'],
    ['ja', 'PIN 間違い'],
  ])('a word as common in steps as in problems does not (%s “%s”)', (lang, query) => {
    expect(planQuery(query, siteData(lang, 'code')).filters).not.toContainEqual(troubleshooting(lang));
  });

  it('reads 有効期限が切れ (ja) as one thing, so 有効 (of 有効化, on every activation guide) is not searched', () => {
    const plan = planQuery('コードの有効期限が切れた', siteData('ja', '有効 有効期限 期限切れ コード'));
    expect(plan.slots.map((s) => s.typed)).toEqual(['有効期限が切れ', 'コード']);
    expect(plan.slots[0]!.alternatives.map((a) => a.search)).toEqual(expect.arrayContaining(['有効期限', '期限切れ']));
  });

  it('weighs a rare phrase for "expired" no more than the word itself', () => {
    const plan = planQuery('expired', siteData('en', 'expired no longer valid'));
    const alts = Object.fromEntries(plan.slots[0]!.alternatives.map((a) => [a.search, a.factor]));
    expect(alts['expired']).toBe(1);
    expect(alts['no longer valid']).toBeLessThan(1);
  });
});
