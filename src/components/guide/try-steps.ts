/**
 * "Try this step": opens the simulator right below the figure the reader chose, at the
 * state that figure shows. The simulator bundle is fetched only now, never on page load.
 * The state is mirrored in the URL (?try=<state>) so it can be shared and reloaded.
 */
import { loadSimulators } from '../simulators/load';

type Unmount = () => void;
let unmount: Unmount | undefined;

const panel = () => document.querySelector<HTMLElement>('[data-simulator-panel]')!;

function setTryParam(state: string | null) {
  const url = new URL(location.href);
  if (state) url.searchParams.set('try', state);
  else url.searchParams.delete('try');
  history.replaceState(history.state, '', url);
}

async function openSimulator(state: string, figure: Element | null) {
  const section = panel();
  const host = section.querySelector<HTMLElement>('[data-simulator-host]')!;
  const status = section.querySelector<HTMLElement>('[data-simulator-status]')!;
  (figure ?? document.querySelector('.guide-body'))?.after(section);
  section.hidden = false;
  status.textContent = status.dataset['loading'] ?? '';
  section.querySelector<HTMLElement>('h2')?.focus();
  try {
    const { mount } = await loadSimulators();
    unmount?.();
    const lang = section.dataset['lang'] === 'ja' ? 'ja' : 'en';
    // Only the enrollment flow exists so far; later flows will be chosen by the figure's data-flow.
    unmount = mount(host, { lang, flow: 'enrollment', state, figure: false });
    status.textContent = '';
    setTryParam(state);
  } catch {
    status.textContent = section.querySelector('template[data-simulator-failed]')?.textContent ?? '';
  }
}

function closeSimulator() {
  unmount?.();
  unmount = undefined;
  const section = panel();
  section.hidden = true;
  const state = new URL(location.href).searchParams.get('try');
  setTryParam(null);
  const figure = state && document.querySelector<HTMLElement>(`[data-figure-state="${CSS.escape(state)}"] [data-try]`);
  (figure || document.querySelector<HTMLElement>('#main'))?.focus();
}

export function wireTrySteps() {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('[data-try]');
    if (!link) return;
    event.preventDefault();
    const figure = link.closest('[data-figure-state]');
    void openSimulator(link.dataset['try']!, figure);
  });
  panel().querySelector('[data-simulator-close]')?.addEventListener('click', closeSimulator);
}

/** ?try=<state> opens the simulator on load; "resume" (from the language switch) restores the last state. */
export function openSimulatorFromUrl() {
  const state = new URL(location.href).searchParams.get('try');
  if (!state || !/^[a-z0-9-]{1,64}$/.test(state)) return;
  const figure = document.querySelector(`[data-figure-state="${CSS.escape(state)}"]`);
  void openSimulator(state, figure);
}
