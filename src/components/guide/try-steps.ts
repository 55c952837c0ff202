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

// The panel's own script (SimulatorPanel.astro): only a guide with figures loads it. Events reach
// the window last, so listening there sees every one (and saves bytes on every such guide).
addEventListener('pointerover', onIntent, { passive: true });
addEventListener('focusin', onIntent);
addEventListener('click', (event) => {
  const control = controlOf(event);
  if (!control) return;
  event.preventDefault();
  void panelCode().then(({ openFromControl }) => openFromControl(control));
});
if (/[?&]try=/.test(location.search)) void panelCode().then(({ openFromUrl }) => openFromUrl());
