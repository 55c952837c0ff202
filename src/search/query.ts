/**
 * From what the reader typed to what to ask Pagefind, before any search runs:
 *
 * 1. Phrases of the synonym data are found in the query (longest first) and become one "slot"
 *    each, whose alternatives are every member of their group (and, weaker, their expansions);
 *    an alternative of several words counts for one thing, not for each of its words.
 * 2. The rest is cut into words (Japanese by Intl.Segmenter, as Pagefind does); stopwords go.
 * 3. Each alternative is kept only if the site uses its words (the build-time word list), so
 *    Pagefind never falls back to loose matches for a word it does not have. A Latin word the
 *    site lacks is corrected to the nearest words it has ("camra" → camera).
 * 4. Words that name a filter value ("android", "トラブルシューティング") favour those guides; so do
 *    symptoms the data lists under a category ("expired", "期限切れ" → troubleshooting).
 *
 * Pure: no DOM, no Pagefind. search-client.ts runs the plan and ranks the results (rank.ts).
 */
import type { SearchData } from './data';
import { corrections } from './typo';
import { CJK, isFunctionWord, isLatin, normalize, stem, words } from './words';

export interface Alternative {
  /** The text handed to Pagefind (its words must all be on a page). */
  search: string;
  /** 1 for what the reader typed or an equivalent; less for expansions, corrections and phrases of several words (phraseWeight). */
  factor: number;
}

export interface Slot {
  /** What the reader typed for this part of the query. */
  typed: string;
  alternatives: Alternative[];
  /** The typed word was not on the site and was corrected to this one. */
  correctedTo?: string;
}

export interface FilterHit {
  filter: string;
  value: string;
}

export interface QueryPlan {
  slots: Slot[];
  filters: FilterHit[];
  /** The query as searched, when a typo was corrected ("camera app" for "camra app"), else null. */
  corrected: string | null;
}

const EXPANSION_FACTOR = 0.8;
const CORRECTION_FACTOR = 0.9;

/**
 * Pagefind scores a search of several words as the sum of its words' scores, and only checks that
 * each word is somewhere on the page, not that they stand together. Yet a slot is one thing the
 * reader asked for, whichever of its phrases a page uses: an alternative of n words (stopwords and
 * particles left out of the count, as they score next to nothing) is weighed by 1/√n. Without
 * this, "no longer valid" (two rare words a page may have anywhere) outweighs "expired" threefold
 * in the same slot; with it, a page that has all the words of a phrase still gains a little.
 */
export const phraseWeight = (contentWords: number) => 1 / Math.sqrt(Math.max(1, contentWords));

/** Query text for phrase matching: NFKC, lower case, apostrophes dropped (don’t → dont). */
const phraseText = (text: string) => normalize(text).replace(/['’‘`´]/g, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: Latin words match whole, with space, hyphen or nothing between them. */
function phrasePattern(phrase: string): RegExp {
  const text = phraseText(phrase);
  if (CJK.test(text)) return new RegExp(escape(text).replace(/\\?[・･]/g, '[・･\\s]?'), 'gu');
  const parts = text.split(/[\s\-‐–]+/u).filter(Boolean).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s\\-‐–]*')}(?![\\p{L}\\p{N}])`, 'gu');
}

export interface Vocabulary {
  words: string[];
  /** Does the site use this word (or a word starting with it, as Pagefind matches)? */
  has(word: string): boolean;
}

export function vocabulary(list: string[]): Vocabulary {
  const sorted = [...list].sort();
  const stems = [...new Set(sorted.filter(isLatin).map(stem))].sort();
  const startsAny = (arr: string[], prefix: string) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < arr.length && arr[lo]!.startsWith(prefix);
  };
  return {
    words: sorted,
    has: (word) => startsAny(sorted, word) || (isLatin(word) && startsAny(stems, stem(word))),
  };
}

interface PhraseEntry {
  pattern: RegExp;
  length: number;
  alternatives: Alternative[];
}

/** Every phrase of the synonym data with the alternatives it brings, longest first. */
function phraseTable(data: SearchData, stopwords: Set<string>): PhraseEntry[] {
  const byPhrase = new Map<string, Map<string, number>>();
  const weights = new Map<string, number>();
  const weightOf = (alternative: string) => {
    let weight = weights.get(alternative);
    if (weight === undefined) {
      weight = phraseWeight(words(alternative, data.lang).filter((w) => !stopwords.has(w) && !isFunctionWord(w)).length);
      weights.set(alternative, weight);
    }
    return weight;
  };
  const add = (phrase: string, alternative: string, factor: number) => {
    const key = phraseText(phrase);
    const alts = byPhrase.get(key) ?? new Map<string, number>();
    const weighted = factor * weightOf(alternative);
    alts.set(alternative, Math.max(alts.get(alternative) ?? 0, weighted));
    byPhrase.set(key, alts);
  };
  for (const group of data.synonyms.groups) for (const member of group) for (const other of group) add(member, other, 1);
  for (const { when, add: extra } of data.synonyms.expansions) {
    for (const phrase of when) {
      add(phrase, phrase, 1);
      for (const other of extra) add(phrase, other, EXPANSION_FACTOR);
    }
  }
  return [...byPhrase]
    .map(([phrase, alts]) => ({
      pattern: phrasePattern(phrase),
      length: phrase.length,
      alternatives: [...alts].map(([search, factor]) => ({ search, factor })),
    }))
    .sort((a, b) => b.length - a.length);
}

const tables = new WeakMap<SearchData, { phrases: PhraseEntry[]; vocab: Vocabulary; stopwords: Set<string>; triggers: { pattern: RegExp; hit: FilterHit }[] }>();

function prepared(data: SearchData) {
  let t = tables.get(data);
  if (!t) {
    const triggers: { pattern: RegExp; hit: FilterHit }[] = [];
    for (const [filter, ids] of Object.entries(data.filterValues)) {
      for (const [id, value] of Object.entries(ids)) {
        const hit = { filter, value };
        for (const phrase of [value, ...(data.synonyms.filters[filter]?.[id] ?? [])]) triggers.push({ pattern: phrasePattern(phrase), hit });
      }
    }
    const stopwords = new Set(data.synonyms.stopwords.map(phraseText));
    t = {
      phrases: phraseTable(data, stopwords),
      vocab: vocabulary(data.words.split(' ').filter(Boolean)),
      stopwords,
      triggers,
    };
    tables.set(data, t);
  }
  return t;
}

/** Whether every word of an alternative occurs on the site (so Pagefind matches it for real). */
const onSite = (search: string, lang: string, vocab: Vocabulary) => {
  const list = words(search, lang).filter((w) => !isFunctionWord(w));
  return list.length > 0 && list.every((w) => vocab.has(w));
};

export function planQuery(query: string, data: SearchData): QueryPlan {
  const { phrases, vocab, stopwords, triggers } = prepared(data);
  const lang = data.lang;
  let rest = phraseText(query);
  const slots: Slot[] = [];
  const typedAsSearched: [string, string][] = [];

  const filters: FilterHit[] = [];
  for (const { pattern, hit } of triggers) {
    pattern.lastIndex = 0;
    if (pattern.test(rest) && !filters.some((f) => f.filter === hit.filter && f.value === hit.value)) filters.push(hit);
  }

  // 1. Synonym phrases, longest first; a matched span is taken out of the query.
  for (const entry of phrases) {
    entry.pattern.lastIndex = 0;
    rest = rest.replace(entry.pattern, (typed) => {
      const alternatives = entry.alternatives.filter((a) => onSite(a.search, lang, vocab));
      if (alternatives.length) slots.push({ typed, alternatives });
      return ' ';
    });
  }

  // 2. The remaining words, one slot each.
  const remaining = words(rest, lang);
  const isStop = (w: string) => stopwords.has(w) || (lang === 'ja' && isFunctionWord(w));
  const content = remaining.filter((w) => !isStop(w));
  const last = remaining[remaining.length - 1];
  for (const word of content.length || slots.length ? content : remaining) {
    if (vocab.has(word)) {
      slots.push({ typed: word, alternatives: [{ search: word, factor: 1 }] });
      continue;
    }
    // 3. Not on the site: the nearest words that are (the last word may still be half typed).
    const found = corrections(word, vocab.words, word === last && !/\s$/.test(query));
    if (found.length) {
      slots.push({ typed: word, correctedTo: found[0]!.word, alternatives: found.map((c) => ({ search: c.search, factor: CORRECTION_FACTOR })) });
      typedAsSearched.push([word, found[0]!.word]);
    }
  }

  const corrected = typedAsSearched.length
    ? typedAsSearched.reduce((text, [typed, word]) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(typed)}(?![\\p{L}\\p{N}])`, 'giu'), word), normalize(query).trim())
    : null;
  return { slots: mergeSame(slots), filters, corrected };
}

/** One slot per distinct set of searches (a word typed twice counts once). */
function mergeSame(slots: Slot[]): Slot[] {
  const seen = new Map<string, Slot>();
  for (const slot of slots) {
    const key = slot.alternatives
      .map((a) => a.search)
      .sort()
      .join('|');
    if (!seen.has(key)) seen.set(key, slot);
  }
  return [...seen.values()];
}
