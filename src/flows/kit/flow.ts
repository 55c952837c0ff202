/**
 * The contract every practice flow implements, so one simulator kit (shell, hook, storage,
 * figure generator, "Try this step") runs them all. A flow is pure TypeScript: time arrives
 * in events, randomness through FlowIO, and asynchronous work (Web Crypto) is described as
 * effects whose results come back as events. The only thing it knows of the UI is which
 * string keys name its messages (a type, no runtime import).
 */
import type { UiKey, UiVars } from '../../i18n/t';
import type { PracticeAccount } from '../services/practice-account';
import type { Clock } from './clock';

/**
 * The device the reader practises on ('computer': a flow done in a browser, with nothing else to
 * hold; 'windows': a Windows PC whose desktop app takes part, beside the browser).
 */
export type Platform = 'ios' | 'android' | 'token' | 'computer' | 'windows';
export const PLATFORMS: readonly Platform[] = ['ios', 'android', 'token', 'computer', 'windows'];

/** What every flow state carries, so the kit can read its clock, device and account. */
export interface FlowStateBase {
  platform: Platform;
  account: PracticeAccount;
  clock: Clock;
}

/** Time, sent by the kit: TICK about once a second while the flow ticks, the rest from the shell's timer controls. */
export type ClockEvent = { type: 'TICK' | 'PAUSE' | 'RESUME' | 'EXTEND'; now: number };

/** What a flow may ask of the outside world: randomness (crypto.getRandomValues live, a seeded source in replays). */
export interface FlowIO {
  randomBytes(n: number): Uint8Array;
}

/**
 * Asynchronous work a state asks for. The kit runs an effect once while the state lists
 * its key, and drops the result when the key is gone by then. Effects with `afterMs` are
 * timers: replays never run them (scenarios send their result explicitly, like time).
 */
export interface Effect<E> {
  key: string;
  afterMs?: number;
  run(io: FlowIO): Promise<E>;
}

/** A sentence for the live region or a notice: a string key and its values. */
export interface Message {
  key: UiKey;
  vars?: UiVars;
}

/** A deadline the reader faces; the shell offers Pause/Resume and, when allowed, Extend (WCAG 2.2.1). */
export interface TimerView {
  remainingMs: number;
  paused: boolean;
  canExtend: boolean;
  /** What runs out, e.g. "the activation code". */
  label: UiKey;
}

/**
 * A named state: a figure and a "Try this step" target. It is reached by replaying `events`
 * (times are offsets from the start) from `initial`, on `platform` (absent: the page's device).
 */
export interface NamedState<E, Setup, P extends Platform = Platform> {
  platform?: P;
  setup?: Setup;
  /** A function when the events depend on the account or device (a PIN the reader chose, a device's response). */
  events: readonly E[] | ((account: PracticeAccount, platform: P) => readonly E[]);
  /** The `data-figure` panel a figure of this state shows, and an optional selector to crop to inside it. */
  shows: string;
  crop?: string;
  /** In "Try this step", the reader's own practice account is used when this says it fits; else a scenario account. */
  fits?: (account: PracticeAccount, platform: P) => boolean;
}

/** A practice control: a button in the simulator's header that sends one event. */
export interface PracticeAction<E> {
  id: string;
  label: UiKey;
  event: E;
}

/** A way to start the flow, offered in the simulator's header ("start without the app"). */
export interface StartOption<Setup> {
  id: string;
  label: UiKey;
  setup: Setup;
}

/** How a flow starts; the kit only ever passes one of the flow's own platforms. */
export interface InitialContext<Setup, P extends Platform = Platform> {
  account: PracticeAccount;
  platform: P;
  now: number;
  setup?: Setup | undefined;
}

/** Reads a stored state back, or null when it is not a valid state of this flow (zod in practice). */
export type StateParser<S> = (value: unknown) => S | null;

export interface Flow<S extends FlowStateBase, E extends { type: string }, Setup = never, P extends Platform = Platform> {
  id: string;
  /** Bumped when the state shape changes: stored states of another version are not resumed. */
  version: number;
  title: UiKey;
  /** The devices this flow can show; the first is the default. */
  platforms: readonly P[];
  starts: readonly StartOption<Setup>[];
  initial(ctx: InitialContext<Setup, P>): S;
  /** Pure and total: an event that does not apply returns the same state object. */
  transition(state: S, event: E | ClockEvent): S;
  states: Readonly<Record<string, NamedState<E, Setup, P>>>;
  /** The account a named state starts from when the reader's own does not fit (figures always use it). */
  scenarioAccount(named: NamedState<E, Setup, P>, platform: P): PracticeAccount;
  /** Every reason code the flow can show, with the string that explains it. */
  reasons: Readonly<Record<string, UiKey>>;
  milestones(prev: S, next: S): Message[];
  timer(state: S): TimerView | null;
  /** Whether the kit sends TICK (a running deadline, a code that changes with time). */
  ticking(state: S): boolean;
  effects(state: S): Effect<E | ClockEvent>[];
  /** Practice controls the shell offers in its header (never in a figure), e.g. "move the calendar a day". */
  actions?(state: S): readonly PracticeAction<E>[];
  parseState: StateParser<S>;
  /** Attributes for the simulator's root (data-<name>), so tests and styles can see where the reader is. */
  describe(state: S): Record<string, string>;
}

/** Any flow, for code that handles them all (registry, shell, replay). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFlow = Flow<any, any, any, any>;
