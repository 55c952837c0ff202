/**
 * The guide's simulator panel (loaded by try-steps.ts when the reader shows intent): opens the
 * simulator right below the figure the reader chose, at the state that figure shows. The
 * state is mirrored in the URL (?try=<flow>:<state>) so it can be shared and reloaded.
 */
import { parseStateRef, isBareStateName, type StateRef } from '../../lib/state-ref';
import type { Platform } from '../../flows/kit/flow';
import { loadSimulators } from '../simulators/kit/load';
import { isFlowId } from '../simulators/kit/registry';

type Unmount = () => void;
let unmount: Unmount | undefined;

const panel = () => document.querySelector<HTMLElement>('[data-simulator-panel]')!;
const figureOf = (ref: string) => document.querySelector(`[data-figure-state="${CSS.escape(ref)}"]`);

function setTryParam(value: string | null) {
  const url = new URL(location.href);
  if (value) url.searchParams.set('try', value);
  else url.searchParams.delete('try');
  // `?try=<flow>:<state>` reads better than its %3A form, and ":" is allowed in a query.
  url.search = url.searchParams.toString().replaceAll('%3A', ':');
  history.replaceState(history.state, '', url);
}

/** The flow this guide is about: the flow of its first figure. */
function pageFlow(): string | null {
  return parseStateRef(document.querySelector('[data-figure-state]')?.getAttribute('data-figure-state') ?? '')?.flow ?? null;
}

/**
 * What a `?try=` value asks for. `<flow>:<state>` and `<flow>:resume` say it all. A bare name
 * (older links) is looked up among this page's figures; "resume" and anything unknown go to
 * the page's flow, whose simulator then says that the step was not found.
 */
export function resolveTry(value: string): StateRef | null {
  const ref = parseStateRef(value);
  if (ref !== null && isFlowId(ref.flow)) return ref;
  const flow = pageFlow();
  if (ref !== null || !isBareStateName(value)) return flow === null ? null : { flow, state: value };
  const figure = document.querySelector(`[data-figure-state$=":${CSS.escape(value)}"]`)?.getAttribute('data-figure-state');
  const own = parseStateRef(figure ?? '')?.flow ?? flow;
  return own === null ? null : { flow: own, state: value };
}

let wired = false;

async function openSimulator(ref: StateRef, figure: Element | null) {
  const section = panel();
  if (!wired) section.querySelector('[data-simulator-close]')?.addEventListener('click', closeSimulator);
  wired = true;
  const host = section.querySelector<HTMLElement>('[data-simulator-host]')!;
  const status = section.querySelector<HTMLElement>('[data-simulator-status]')!;
  (figure ?? document.querySelector('.guide-body'))?.after(section);
  section.hidden = false;
  status.textContent = status.dataset['loading'] ?? '';
  section.querySelector<HTMLElement>('h2')?.focus();
  try {
    const { mount } = await loadSimulators();
    unmount?.();
    unmount = undefined;
    const { lang = 'en', platform, start } = section.dataset;
    unmount = await mount(host, {
      lang: lang === 'ja' ? 'ja' : 'en',
      flow: ref.flow,
      state: ref.state,
      figure: false,
      platform: platform as Platform | undefined,
      start,
    });
    status.textContent = '';
    setTryParam(`${ref.flow}:${ref.state}`);
  } catch {
    status.textContent = section.querySelector('template[data-simulator-failed]')?.textContent ?? '';
  }
}

function closeSimulator() {
  unmount?.();
  unmount = undefined;
  panel().hidden = true;
  const value = new URL(location.href).searchParams.get('try');
  setTryParam(null);
  const control = value ? figureOf(value)?.querySelector<HTMLElement>('[data-try]') : null;
  (control ?? document.querySelector<HTMLElement>('#main'))?.focus();
}

/** A pointer over or focus on a try control: fetch that simulator now, so the click opens it at once. */
export function prefetchFor(control: HTMLElement) {
  const ref = parseStateRef(control.dataset['try'] ?? '');
  if (ref === null) return;
  const lang = panel().dataset['lang'] === 'ja' ? 'ja' : 'en';
  void loadSimulators().then(({ prefetch }) => prefetch(ref.flow, lang), () => undefined);
}

/** "Try this step" was chosen. */
export function openFromControl(control: HTMLElement) {
  const ref = parseStateRef(control.dataset['try'] ?? '');
  if (ref !== null) void openSimulator(ref, control.closest('[data-figure-state]'));
}

/** ?try=… opens the simulator on load, below the figure of that state when there is one. */
export function openFromUrl() {
  const value = new URL(location.href).searchParams.get('try');
  const ref = value === null ? null : resolveTry(value.slice(0, 130));
  if (ref !== null) void openSimulator(ref, figureOf(`${ref.flow}:${ref.state}`));
}
