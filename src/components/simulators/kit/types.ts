import type { ComponentType } from 'react';
import type { Flow, FlowIO, FlowStateBase } from '../../../flows/kit/flow';
import type { Locale } from '../../../i18n/locales';
import type { Translate } from '../../../i18n/t';

/** What the kit gives a flow's view. */
export interface FlowViewProps<S, E> {
  state: S;
  send: (event: E) => void;
  /** Simulator time (ms) for events that carry it; ahead of the wall clock after a replayed expiry. */
  now: () => number;
  io: FlowIO;
  /** The practised screens' language: the page's unless the reader switched it (their phone may be in the other one). */
  t: Translate;
  lang: Locale;
  /** The page's language (for links to guides). */
  pageLang: Locale;
  /** Figure mode: fixed layout, no motion, no clock. */
  figure: boolean;
  /** A figure is taken once the view says everything is drawn (QR codes are drawn asynchronously). */
  setFigureReady: (ready: boolean) => void;
}

/** A flow and its screens: what a registry entry loads. */
export interface FlowModule<S extends FlowStateBase = FlowStateBase, E extends { type: string } = { type: string }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  flow: Flow<S, E, any, any>;
  View: ComponentType<FlowViewProps<S, E>>;
  /** The flow's own stylesheets (`import href from './x.css?url'`), fetched when it opens. */
  styles?: string[];
}

/**
 * A flow module as the registry holds it. The kit only ever hands a view the states and
 * events of its own flow, so erasing the types here is safe, and it is done in one place.
 */
export function defineFlowModule<S extends FlowStateBase, E extends { type: string }>(module: FlowModule<S, E>): FlowModule {
  return module as unknown as FlowModule;
}
