/**
 * The on-demand entry of the practice simulators: the page imports this module only when
 * the reader opens a simulator (or a figure is being rendered).
 */
import '../../styles/simulator.css';
import { createRoot } from 'react-dom/client';
import { EnrollmentSimulator } from './EnrollmentSimulator';

export interface MountOptions {
  lang: 'ja' | 'en';
  flow: 'enrollment';
  /** A named state (docs/enrollment-states.md), 'resume' (the reader's last state), or null (fresh). */
  state: string | null;
  /** Figure mode: no clock, no motion, `data-figure-ready` on the root when drawn. */
  figure: boolean;
}

/**
 * Renders the simulator into `el`; returns the function that removes it again.
 * While one is open, <html data-simulator="open"> tells the language switch to carry the
 * simulator's state over (?try=resume), on guide pages and the practice page alike.
 */
export function mount(el: HTMLElement, opts: MountOptions): () => void {
  const root = createRoot(el);
  root.render(<EnrollmentSimulator lang={opts.lang} start={opts.state} figure={opts.figure} />);
  document.documentElement.dataset['simulator'] = 'open';
  return () => {
    root.unmount();
    delete document.documentElement.dataset['simulator'];
  };
}
