/**
 * The search engine behind the boxes: Pagefind (the index of the page's own language) and the
 * language's search data (word list, synonyms), loaded once; a query is planned
 * (query.ts), each part asked of Pagefind (answers cached, as parts repeat while the reader
 * types), and the pages ranked across the parts (rank.ts). `landing` picks the step or
 * troubleshooting entry a result should open at. No DOM: search-client.ts renders.
 */
import type { SearchData } from './data';
import { planQuery, type QueryPlan } from './query';
import { rank, type Ranked, type SlotScores } from './rank';
import { isLatin, stem, words } from './words';

interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
  weighted_locations: Location[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  raw_content?: string;
  content: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

const MAX_RESULTS = 8;

// A variable, so the bundler leaves this runtime URL alone (the index is built after the site).
const pagefindUrl = '/pagefind/pagefind.js';
let engine: Promise<{ pagefind: Pagefind; data: SearchData | null }> | undefined;

/** Pagefind on the main thread (the index is small; no worker script to fetch) and the search data. */
export function loadEngine(dataUrl: string | undefined) {
  return (engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      (async () => {
        const pf = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        await pf.options({ noWorker: true, excerptLength: 24, excerptEllipsis: '…' });
        await pf.init();
        return pf;
      })(),
      readSearchData(dataUrl),
    ]);
    return { pagefind, data };
  })());
}

/** The language's search data; without it the box still searches, with Pagefind alone. */
async function readSearchData(url: string | undefined): Promise<SearchData | null> {
  if (!url) return null;
  try {
    const data = (await (await fetch(url)).json()) as SearchData;
    return typeof data.words === 'string' && data.synonyms && data.filterValues ? data : null;
  } catch {
    return null;
  }
}

/** Every answer Pagefind gave, by search text: the parts of a query repeat as the reader types. */
const answers = new Map<string, Promise<PagefindSearch>>();
function ask(pagefind: Pagefind, query: string | null, filters?: Record<string, string>): Promise<PagefindSearch> {
  const key = JSON.stringify([query, filters ?? null]);
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size > 300) answers.clear();
    answers.set(key, (answer = pagefind.search(query, filters ? { filters } : {})));
  }
  return answer;
}

export interface Found {
  /** How many guides match in all (only the first MAX_RESULTS are shown). */
  total: number;
  ranked: Ranked[];
  plan: QueryPlan | null;
  /** page id → a Pagefind result for it, from the search that shows its excerpt best. */
  results: Map<string, Promise<PagefindResult | undefined>>;
}

export async function find(pagefind: Pagefind, data: SearchData | null, query: string): Promise<Found> {
  const plan = data ? planQuery(query, data) : null;
  if (!plan || (!plan.slots.length && !plan.filters.length)) {
    // Nothing the site knows: let Pagefind try the query as typed.
    const search = await ask(pagefind, query);
    const ranked = search.results.map((r) => ({ id: r.id, score: r.score, searches: [query] })).slice(0, MAX_RESULTS);
    return { total: search.results.length, ranked, plan, results: new Map(search.results.map((r) => [r.id, Promise.resolve(r)])) };
  }
  const slots: SlotScores[] = await Promise.all(
    plan.slots.map(async (slot) => {
      const scores = new Map<string, number>();
      const via = new Map<string, string>();
      for (const alt of slot.alternatives) {
        for (const r of (await ask(pagefind, alt.search)).results) {
          const score = r.score * alt.factor;
          if (score > (scores.get(r.id) ?? 0)) {
            scores.set(r.id, score);
            via.set(r.id, alt.search);
          }
        }
      }
      return { scores, via };
    }),
  );
  const filterPages = await Promise.all(plan.filters.map(async (f) => new Set((await ask(pagefind, null, { [f.filter]: f.value })).results.map((r) => r.id))));
  const all = rank(slots, filterPages);
  const ranked = all.slice(0, MAX_RESULTS);
  const results = new Map<string, Promise<PagefindResult | undefined>>();
  for (const page of ranked) {
    // The page's own matches, all at once, so its excerpt marks every part of the query it answers.
    const excerptQuery = [...new Set(page.searches)].join(' ') || null;
    results.set(
      page.id,
      ask(pagefind, excerptQuery, excerptQuery ? undefined : Object.fromEntries(plan.filters.map((f) => [f.filter, f.value]))).then(
        async (s) => s.results.find((r) => r.id === page.id) ?? (await ask(pagefind, page.searches[0] ?? null)).results.find((r) => r.id === page.id),
      ),
    );
  }
  return { total: all.length, ranked, plan, results };
}

/** Splits Pagefind's stored text into its words, as Pagefind numbers them for locations. */
const contentWords = (content: string) => (content.includes('\u200B') ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/));

/**
 * Where a result should land: the guide's top when its title alone answers the query; otherwise
 * the step or entry that answers most parts of it (then the one with the strongest matches).
 */
export function landing(data: ResultData, queryWords: string[], lang: string): SubResult | null {
  const sections = data.sub_results ?? [];
  if (!sections.length || !queryWords.length) return null;
  const matches = (word: string, q: string) => word.startsWith(q) || (isLatin(q) && stem(word).startsWith(stem(q)));
  const titleWords = words(data.meta.title ?? '', lang);
  if (queryWords.every((q) => titleWords.some((w) => matches(w, q)))) return null;
  const text = contentWords(data.raw_content ?? data.content);
  const rated = sections.map((section, order) => {
    const covered = new Set<string>();
    let strength = 0;
    for (const loc of section.weighted_locations ?? []) {
      strength += loc.balanced_score;
      const found = words(text[loc.location] ?? '', lang);
      for (const q of queryWords) if (found.some((w) => matches(w, q))) covered.add(q);
    }
    return { section, covered: covered.size, anchored: section.anchor ? 1 : 0, strength, order };
  });
  rated.sort((a, b) => b.covered - a.covered || b.anchored - a.anchored || b.strength - a.strength || a.order - b.order);
  return rated[0]!.section.anchor ? rated[0]!.section : null;
}
