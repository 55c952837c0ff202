// The search code arrives when the reader first shows they want it, not with the page.
for (const box of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const input = box.querySelector('input')!;
  const start = () => void import('./search-client').then(({ runSearch }) => runSearch(box));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('pointerenter', start, { once: true });
}
