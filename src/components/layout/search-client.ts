/**
 * The search boxes (the header's and any larger one on a page): load Pagefind (the index of the
 * page's own language) and the language's search data (word list, synonyms) when this code
 * loads, that is when the reader first focuses a box; then, as the
 * reader types, plan the query (src/search/query.ts), ask Pagefind for each part, rank across the
 * parts (src/search/rank.ts) and show each result as soon as its data has arrived. A result links
 * to the step or troubleshooting entry that answers the query (Pagefind's sub-results), unless the
 * guide's own title already says it all. Results are DOM nodes, never HTML strings.
 */
import type { SearchData } from '../../search/data';
import { planQuery, type QueryPlan } from '../../search/query';
import { rank, type Ranked, type SlotScores } from '../../search/rank';
import { tidyExcerpt } from '../../search/excerpt';
import { isLatin, stem, words } from '../../search/words';

interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
  weighted_locations: Location[];
}
interface ResultData {
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
const TYPING_PAUSE_MS = 60;

// A variable, so the bundler leaves this runtime URL alone (the index is built after the site).
const pagefindUrl = '/pagefind/pagefind.js';
let engine: Promise<{ pagefind: Pagefind; data: SearchData | null }> | undefined;

/** Pagefind on the main thread (the index is small; no worker script to fetch) and the search data. */
function loadEngine(dataUrl: string | undefined) {
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

interface Found {
  /** How many guides match in all (only the first MAX_RESULTS are shown). */
  total: number;
  ranked: Ranked[];
  plan: QueryPlan | null;
  /** page id → a Pagefind result for it, from the search that shows its excerpt best. */
  results: Map<string, Promise<PagefindResult | undefined>>;
}

async function find(pagefind: Pagefind, data: SearchData | null, query: string): Promise<Found> {
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
function landing(data: ResultData, queryWords: string[], lang: string): SubResult | null {
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

/** Pagefind excerpts are escaped text with <mark> around hits; keep exactly that, as nodes. */
function excerptNodes(excerpt: string, lang: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(tidyExcerpt(node.textContent ?? '', lang));
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function fillResult(item: HTMLLIElement, data: ResultData, target: SubResult | null) {
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = target?.url ?? data.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = data.meta.title ?? data.url;
  link.append(title);
  if (target) {
    const section = document.createElement('span');
    section.className = 'search-result-section';
    section.textContent = target.title;
    link.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(target?.excerpt ?? data.sub_results?.[0]?.excerpt ?? data.excerpt, document.documentElement.lang));
  item.dataset['resultUrl'] = data.url;
  item.replaceChildren(link, excerpt);
  item.hidden = false;
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');

export function runSearch(box: HTMLElement) {
  if (box.dataset['searchReady']) return;
  box.dataset['searchReady'] = 'true';
  void loadEngine(box.dataset['searchData']);
  const input = box.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = box.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = box.querySelector<HTMLOListElement>('[data-search-results]')!;
  const note = box.querySelector<HTMLElement>('[data-search-note]')!;
  const status = box.querySelector<HTMLElement>('[data-search-status]')!;
  const lang = document.documentElement.lang || 'en';
  const plural = new Intl.PluralRules(lang);
  let current = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    panel.hidden = false;
  };

  async function show(query: string, seq: number) {
    box.dataset['searchState'] = 'busy';
    const { pagefind, data } = await loadEngine(box.dataset['searchData']);
    if (seq !== current) return;
    const found = await find(pagefind, data, query);
    if (seq !== current) return;

    note.hidden = !found.plan?.corrected;
    note.textContent = found.plan?.corrected ? fill(box.dataset['corrected'] ?? '', { query: found.plan.corrected }) : '';
    if (!found.ranked.length) {
      const empty = document.createElement('li');
      empty.className = 'search-empty';
      empty.textContent = fill(box.dataset['noResults'] ?? '', { query });
      list.replaceChildren(empty);
      status.textContent = empty.textContent;
      open();
      box.dataset['searchState'] = 'done';
      box.dataset['searchDone'] = query;
      return;
    }

    // One placeholder per result, filled as soon as that result's data arrives.
    const items = found.ranked.map(() => Object.assign(document.createElement('li'), { hidden: true }));
    list.replaceChildren(...items);
    const queryWords = [...new Set((found.plan?.slots ?? []).flatMap((s) => s.alternatives.flatMap((a) => words(a.search, lang))))];
    await Promise.all(
      found.ranked.map(async (page, i) => {
        const result = await found.results.get(page.id);
        const resultData = await result?.data();
        if (seq !== current) return;
        if (!resultData) return items[i]!.remove();
        const pageWords = queryWords.filter((q) => page.searches.some((s) => words(s, lang).includes(q)));
        fillResult(items[i]!, resultData, landing(resultData, pageWords.length ? pageWords : queryWords, lang));
        open();
      }),
    );
    if (seq !== current) return;
    const count = found.total;
    status.textContent = fill(box.dataset[plural.select(count) === 'one' ? 'countOne' : 'countOther'] ?? '', { count: String(count) });
    box.dataset['searchState'] = 'done';
    box.dataset['searchDone'] = query;
  }

  box.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.focus();
  });
  input.addEventListener('input', () => {
    const query = input.value.trim();
    const seq = ++current;
    clearTimeout(timer);
    if (!query) {
      list.replaceChildren();
      note.hidden = true;
      status.textContent = '';
      close();
      delete box.dataset['searchDone'];
      return;
    }
    // A short pause while the reader is typing; none for the first letters of a new search.
    timer = setTimeout(() => void show(query, seq), panel.hidden ? 0 : TYPING_PAUSE_MS);
  });
  box.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && all.length) {
      event.preventDefault();
      open();
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1]!).focus();
    }
  });
  // The header's results float over the page: put them away when the reader goes elsewhere.
  document.addEventListener('pointerdown', (event) => {
    if (box.dataset['variant'] === 'header' && !box.contains(event.target as Node)) close();
  });
  box.addEventListener('focusin', () => {
    if (input.value.trim() && list.children.length) open();
  });
  // Whatever the reader typed while this code was on its way.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
