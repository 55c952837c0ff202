import { describe, expect, it } from 'vitest';
import type { SearchData, SynonymData } from '../../../src/search/data';
import { phraseWeight, planQuery, vocabulary, type QueryPlan } from '../../../src/search/query';

/** A tiny English site: its word list, two filters and a little synonym data. */
const enSynonyms: SynonymData = {
  stopwords: ['the', 'how', 'do', 'i', 'to', 'a', 'in', 'no', 'my'],
  groups: [
    ['qr code', 'qr', 'barcode'],
    ['android', 'galaxy'],
    ['log in', 'login', 'sign in'],
    ['expired', 'no longer valid'],
  ],
  expansions: [{ when: ['register', 'enroll'], add: ['activate', 'enrolled'] }],
  filters: {
    os: { android: ['android', 'galaxy'] },
    category: { troubleshooting: ['error', 'expired', 'not working'] },
  },
};
const en: SearchData = {
  lang: 'en',
  words: 'activate activation android app camera code enrolled error expired in log login longer no qr register scan the troubleshooting valid',
  filterValues: {
    os: { android: 'Android', ios: 'iPhone (iOS)' },
    category: { troubleshooting: 'Troubleshooting', 'ib-key-activation': 'IB Key activation' },
  },
  synonyms: enSynonyms,
};

/** A tiny Japanese site: it writes "Android", never "アンドロイド". */
const ja: SearchData = {
  lang: 'ja',
  words: 'android qr コード 化 有効 読み取る 期限切れ 設定',
  filterValues: { os: { android: 'Android' }, category: { troubleshooting: 'トラブルシューティング' } },
  synonyms: {
    stopwords: ['方法'], // particles (の, を) go as hiragana-only words, without being listed
    groups: [
      ['android', 'アンドロイド'],
      ['qrコード', 'qr'],
      ['セキュリティ・コード・カード', 'コードカード'],
      ['期限切れ', '有効期限が切れ'],
    ],
    expansions: [],
    filters: { os: { android: ['android', 'アンドロイド'] }, category: { troubleshooting: ['期限切れ', '期限が切れ'] } },
  },
};

const typed = (plan: QueryPlan) => plan.slots.map((s) => s.typed);
const searches = (plan: QueryPlan, slot = 0) => Object.fromEntries(plan.slots[slot]!.alternatives.map((a) => [a.search, a.factor]));

describe('planQuery: words and stopwords', () => {
  it('drops stopwords and searches each other word on its own', () => {
    const plan = planQuery('how do I scan the camera', en);
    expect(typed(plan)).toEqual(['scan', 'camera']);
    expect(plan.slots[0]!.alternatives).toEqual([{ search: 'scan', factor: 1 }]);
    expect(plan.corrected).toBeNull();
  });

  it('still searches a query made of stopwords only', () => {
    expect(typed(planQuery('the', en))).toEqual(['the']);
  });

  it('drops Japanese particles', () => {
    const plan = planQuery('QRコードを読み取る', ja);
    expect(typed(plan)).toEqual(['qrコード', '読み取る']);
  });

  it('makes one slot of a word typed twice', () => {
    expect(typed(planQuery('scan scan', en))).toEqual(['scan']);
  });
});

describe('planQuery: synonym groups', () => {
  it('searches every member of the group that the site uses, as strongly as the word typed', () => {
    const plan = planQuery('galaxy', en);
    // "galaxy" is not on the site, "android" is: the slot searches android only
    expect(plan.slots).toHaveLength(1);
    expect(searches(plan)).toEqual({ android: 1 });
  });

  it('アンドロイド (ja) searches Android, the word the guides use', () => {
    const plan = planQuery('アンドロイド 有効化', ja);
    expect(plan.slots[0]).toMatchObject({ typed: 'アンドロイド', alternatives: [{ search: 'android', factor: 1 }] });
    expect(typed(plan)).toContain('有効');
  });

  it('Android (ja) and アンドロイド make one slot together', () => {
    expect(planQuery('Android アンドロイド', ja).slots).toHaveLength(1);
  });

  it('drops members whose words the site lacks', () => {
    const plan = planQuery('log in', en);
    expect(Object.keys(searches(plan)).sort()).toEqual(['log in', 'login']); // no "sign in": the site has no "sign"
  });

  it('finds a phrase whole, however its words are joined', () => {
    for (const query of ['scan QR code', 'scan qr-code', 'scan QRcode', 'scan ＱＲ　code']) {
      const plan = planQuery(query, en);
      expect(typed(plan), query).toHaveLength(2);
      expect(searches(plan, 0), query).toMatchObject({ 'qr code': expect.any(Number), qr: 1 });
    }
  });

  it('takes the longest phrase first, so its words are not searched again on their own', () => {
    const plan = planQuery('QR code', en);
    expect(plan.slots).toHaveLength(1);
    expect(plan.slots[0]!.typed).toBe('qr code');
  });

  it('matches Japanese phrases with or without the middle dot', () => {
    const withCard = { ...ja, words: `${ja.words} カード` };
    for (const query of ['セキュリティ・コード・カード', 'セキュリティコードカード', 'セキュリティ･コード･カード']) {
      const plan = planQuery(query, withCard);
      expect(typed(plan), query).toEqual([query.normalize('NFKC')]);
      // the site has コード and カード, not セキュリティ: only コードカード is searched
      expect(plan.slots[0]!.alternatives.map((a) => a.search), query).toEqual(['コードカード']);
    }
    expect(planQuery('セキュリティコードカード', ja).slots).toEqual([]); // this site has no カード at all
  });

  it('reads a longer phrase of a group as one thing (有効期限が切れ, not 有効 on its own)', () => {
    const plan = planQuery('コードの有効期限が切れた', ja);
    expect(typed(plan)).toEqual(['有効期限が切れ', 'コード']);
    expect(searches(plan)).toEqual({ 期限切れ: 1 });
  });
});

describe('planQuery: one-way expansions', () => {
  it('typing a `when` phrase also searches the `add` phrases, a little weaker', () => {
    const plan = planQuery('register', en);
    const alts = searches(plan);
    expect(alts['register']).toBe(1);
    for (const added of ['activate', 'enrolled']) {
      expect(alts[added]).toBeGreaterThan(0);
      expect(alts[added]).toBeLessThan(1);
    }
  });

  it('the reverse does not hold: "activate" searches activate only', () => {
    expect(searches(planQuery('activate', en))).toEqual({ activate: 1 });
  });
});

describe('planQuery: phrases of several words count as one thing', () => {
  it('weighs an alternative by 1/√(words that are not stopwords)', () => {
    expect(phraseWeight(1)).toBe(1);
    expect(phraseWeight(4)).toBe(0.5);
    expect(phraseWeight(0)).toBe(1);
    const alts = searches(planQuery('expired', en));
    expect(alts['expired']).toBe(1);
    expect(alts['no longer valid']).toBeCloseTo(1 / Math.SQRT2); // "no" is a stopword
  });

  it('a stopword in a phrase does not weaken it ("log in" counts one word)', () => {
    expect(searches(planQuery('login', en))['log in']).toBe(1);
  });
});

describe('planQuery: filter words', () => {
  it('a word that names an OS favours that OS', () => {
    expect(planQuery('android scan', en).filters).toEqual([{ filter: 'os', value: 'Android' }]);
    expect(planQuery('galaxy', en).filters).toEqual([{ filter: 'os', value: 'Android' }]);
  });

  it('the filter value itself and the words the data lists for it both count', () => {
    expect(planQuery('troubleshooting', en).filters).toEqual([{ filter: 'category', value: 'Troubleshooting' }]);
    expect(planQuery('scan not working', en).filters).toEqual([{ filter: 'category', value: 'Troubleshooting' }]);
    expect(planQuery('コードの期限が切れた', ja).filters).toEqual([{ filter: 'category', value: 'トラブルシューティング' }]);
  });

  it('a filter word matches whole words only, and each filter value comes once', () => {
    expect(planQuery('androids', en).filters).toEqual([]);
    expect(planQuery('error errors error', en).filters).toHaveLength(1);
    expect(planQuery('scan code', en).filters).toEqual([]);
  });
});

describe('planQuery: typos', () => {
  it('corrects a word the site lacks to the nearest one it has, and says so', () => {
    const plan = planQuery('camra app', en);
    expect(plan.corrected).toBe('camera app');
    expect(plan.slots[0]).toMatchObject({ typed: 'camra', correctedTo: 'camera' });
    expect(plan.slots[0]!.alternatives).toEqual([{ search: 'camera', factor: expect.any(Number) }]);
    expect(plan.slots[0]!.alternatives[0]!.factor).toBeLessThan(1);
  });

  it('does not correct a word the site has the start of (the reader may still be typing)', () => {
    const plan = planQuery('activ', en);
    expect(plan.slots).toEqual([{ typed: 'activ', alternatives: [{ search: 'activ', factor: 1 }] }]);
    expect(plan.corrected).toBeNull();
  });

  it('matches the start of a longer word for the last word only, which the reader may still be typing', () => {
    const typing = planQuery('scan actvat', en);
    expect(typing.slots[1]).toMatchObject({ typed: 'actvat', correctedTo: 'activate', alternatives: [{ search: 'activat' }] });
    expect(typed(planQuery('actvat scan', en))).toEqual(['scan']); // a finished word: six letters allow one edit, and activate is two away
  });

  it('drops a word it can neither find nor correct', () => {
    expect(planQuery('zzqxv', en).slots).toEqual([]);
  });
});

describe('vocabulary', () => {
  const v = vocabulary(['scanning', 'enrolled', 'registered']);
  it('has a word the site uses, or the start of one', () => {
    expect(v.has('scanning')).toBe(true);
    expect(v.has('scan')).toBe(true);
    expect(v.has('register')).toBe(true);
  });

  it('has another inflection of a word the site uses', () => {
    expect(v.has('enroled')).toBe(true);
    expect(v.has('scanned')).toBe(true); // the stem of scanning
  });

  it('does not have words the site lacks', () => {
    expect(v.has('camera')).toBe(false);
    expect(v.has('photo')).toBe(false);
  });
});
