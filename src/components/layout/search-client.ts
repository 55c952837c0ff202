/**
 * The search boxes (the header's and any larger one on a page): as the reader types, ask the
 * engine (src/search/engine.ts: Pagefind plus the site's own query planning and ranking) and show
 * each result as soon as its data has arrived, linked to the step or troubleshooting entry that
 * answers the query. The engine loads with this code, that is when the reader first focuses a box.
 * Results are DOM nodes, never HTML strings.
 */
import { find, landing, loadEngine, type ResultData, type SubResult } from '../../search/engine';
import { tidyExcerpt } from '../../search/excerpt';
import { words } from '../../search/words';

/** A short pause while the reader is typing, so each keystroke does not start a search. */
const TYPING_PAUSE_MS = 60;

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
