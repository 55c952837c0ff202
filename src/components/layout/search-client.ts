/**
 * The header search: loads Pagefind (the index of the page's own language) only when the
 * reader starts typing, and renders results with DOM nodes (never as HTML strings).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
let pagefind: Promise<Pagefind> | undefined;
// A variable, so the bundler leaves this runtime URL alone (the index is built after the site).
const pagefindUrl = '/pagefind/pagefind.js';
const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>);

/** Pagefind excerpts are escaped text with <mark> around hits; keep exactly that, as nodes. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(result: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(link, excerpt);
  return item;
}

export function runSearch(box: HTMLElement) {
  const input = box.querySelector<HTMLInputElement>('input')!;
  const list = box.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = box.querySelector<HTMLElement>('[data-search-status]')!;
  const say = (template: string, vars: Record<string, string>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');

  box.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.focus();
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (!query) {
      list.hidden = true;
      status.textContent = '';
      return;
    }
    const search = await (await loadPagefind()).debouncedSearch(query);
    if (!search || input.value.trim() !== query) return; // a newer query superseded this one
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map(resultItem));
    list.hidden = false;
    status.textContent = results.length
      ? say(box.dataset['results'] ?? '', { count: String(search.results.length) })
      : say(box.dataset['noResults'] ?? '', { query });
    if (!results.length) {
      const empty = document.createElement('li');
      empty.textContent = status.textContent;
      list.replaceChildren(empty);
    }
  });
}
