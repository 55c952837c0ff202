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

/** Renders the simulator into `el`; returns the function that removes it again. */
export function mount(el: HTMLElement, opts: MountOptions): () => void {
  const root = createRoot(el);
  root.render(<EnrollmentSimulator lang={opts.lang} start={opts.state} figure={opts.figure} />);
  return () => root.unmount();
}
