// The head script already applied the theme; this button flips it and remembers the choice.
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const sync = () => {
  const dark = root.dataset['theme'] === 'dark';
  button?.setAttribute('aria-pressed', String(dark));
  // Figures follow the page's theme, which the reader may have set against the system's.
  for (const source of document.querySelectorAll<HTMLSourceElement>('source[data-dark-figure]')) source.media = dark ? 'screen' : 'not all';
};
sync();
button?.addEventListener('click', () => {
  root.dataset['theme'] = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', root.dataset['theme']);
  } catch {
    // Storage can be off (private mode): the toggle still works for this page.
  }
  sync();
});
