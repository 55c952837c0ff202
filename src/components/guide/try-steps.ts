/**
 * "Try this step", as little code as a page can load: it only listens. The panel's code
 * (simulator-panel.ts) is fetched when the reader points at or focuses a try control, and the
 * simulator itself after that; a page opened with ?try= fetches them at once.
 */
import simulatorPanel from 'lazy-module:./simulator-panel';

const panelCode = () => import(/* @vite-ignore */ simulatorPanel) as Promise<typeof import('./simulator-panel')>;
const controlOf = (event: Event) => (event.target as Element | null)?.closest<HTMLElement>('[data-try]') ?? null;

function onIntent(event: Event) {
  const control = controlOf(event);
  if (control) void panelCode().then(({ prefetchFor }) => prefetchFor(control));
}

// Only a guide with figures has the panel; the script runs on every page (see enhancements.ts).
if (document.querySelector('[data-simulator-panel]')) {
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  document.addEventListener('click', (event) => {
    const control = controlOf(event);
    if (!control) return;
    event.preventDefault();
    void panelCode().then(({ openFromControl }) => openFromControl(control));
  });
  if (new URLSearchParams(location.search).has('try')) void panelCode().then(({ openFromUrl }) => openFromUrl());
}
