import searchClient from 'lazy-module:./search-client';

// The search code arrives when the reader first shows they want it, not with the page.
const loadSearch = () => import(/* @vite-ignore */ searchClient) as Promise<typeof import('./search-client')>;
for (const box of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const input = box.querySelector('input')!;
  const start = () => void loadSearch().then(({ runSearch }) => runSearch(box));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('pointerenter', start, { once: true });
}
