/**
 * The on-demand entry of the practice simulators: a page imports this module only when the
 * reader opens a simulator (or a figure is being rendered), and the flow's own code only then.
 */
import '../../../styles/simulator.css';
import { createRoot } from 'react-dom/client';
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
 * Renders the flow's simulator into `el`; resolves to the function that removes it again.
 * While one is open, <html data-simulator="<flow>"> tells the language switch which
 * simulator to carry over (?try=<flow>:resume).
 */
export async function mount(el: HTMLElement, opts: MountOptions): Promise<() => void> {
  if (!isFlowId(opts.flow)) throw new Error(`No practice flow "${opts.flow}"`);
  const { default: module } = await registry[opts.flow]();
  const root = createRoot(el);
  const request = { state: opts.state, figure: opts.figure, platform: opts.platform, start: opts.start };
  root.render(<SimulatorShell module={module} lang={opts.lang} request={request} />);
  document.documentElement.dataset['simulator'] = opts.flow;
  return () => {
    root.unmount();
    delete document.documentElement.dataset['simulator'];
  };
}
