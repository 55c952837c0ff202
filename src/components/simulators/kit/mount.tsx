/**
 * The on-demand entry of the practice simulators: a page imports this module only when the
 * reader opens a simulator (or a figure is being rendered), and the flow's own code only then.
 */
import simulatorCss from '../../../styles/simulator.css?url';
import { createRoot } from 'react-dom/client';
import { loadSimStrings } from 'virtual:sim-strings';
import type { Platform } from '../../../flows/kit/flow';
import type { Locale } from '../../../i18n/locales';
import { isFlowId, registry } from './registry';
import { SimulatorShell } from './SimulatorShell';

export interface MountOptions {
  lang: Locale;
  flow: string;
  /** A named state of the flow, 'resume' (the reader's last state), or null (fresh). */
  state: string | null;
  /** Figure mode: no clock, no motion, `data-figure-ready` on the root when drawn. */
  figure: boolean;
  /** The device and start option the page is about, for states that do not say. */
  platform?: Platform | undefined;
  start?: string | undefined;
}

/**
 * The simulators' styles are fetched with their code, never with the article (a stylesheet
 * imported by a module would be linked, render-blocking, from every guide page).
 */
function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[data-simulator-css="${CSS.escape(href)}"]`);
  if (existing) return existing.sheet ? Promise.resolve() : new Promise((resolve) => existing.addEventListener('load', () => resolve(), { once: true }));
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  link.dataset['simulatorCss'] = href;
  const loaded = new Promise<void>((resolve) => {
    // A stylesheet that fails leaves the simulator plain but usable: never block it.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** Starts fetching everything a flow's simulator needs, so that opening it feels instant. */
export function prefetch(flow: string, lang: Locale): void {
  if (!isFlowId(flow)) return;
  void Promise.all([registry[flow]().then(({ default: module }) => module.styles?.forEach((href) => void loadStylesheet(href))), loadSimStrings(lang, flow), loadStylesheet(simulatorCss)]);
}

/**
 * Renders the flow's simulator into `el`; resolves to the function that removes it again.
 * While one is open, <html data-simulator="<flow>"> tells the language switch which
 * simulator to carry over (?try=<flow>:resume).
 */
export async function mount(el: HTMLElement, opts: MountOptions): Promise<() => void> {
  if (!isFlowId(opts.flow)) throw new Error(`No practice flow "${opts.flow}"`);
  const [{ default: module }, strings] = await Promise.all([registry[opts.flow](), loadSimStrings(opts.lang, opts.flow), loadStylesheet(simulatorCss)]);
  await Promise.all((module.styles ?? []).map(loadStylesheet));
  const root = createRoot(el);
  const request = { state: opts.state, figure: opts.figure, platform: opts.platform, start: opts.start };
  root.render(<SimulatorShell module={module} lang={opts.lang} strings={strings} request={request} />);
  document.documentElement.dataset['simulator'] = opts.flow;
  return () => {
    root.unmount();
    delete document.documentElement.dataset['simulator'];
  };
}
