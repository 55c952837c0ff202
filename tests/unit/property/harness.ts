/**
 * Running a flow on random event sequences, the way the kit runs it: events from the view
 * (with arbitrary text), the clock (times relative to the state's clock, sometimes backwards or
 * not a number), and the flow's effects, run when a generated SETTLE step says so (immediate
 * ones and timers, results sent back as events). After every transition the flow's own
 * invariants are checked, and the kit's, which hold for every flow:
 *
 * - the state can be stored and resumed: JSON and back through `parseState` gives it again
 *   (so it satisfies the flow's schema and holds no NaN or Infinity);
 * - its device is one of the flow's and never changes; its clock never runs backwards and a
 *   pause never lies ahead of it;
 * - everything the shell shows names strings of both languages: milestone messages (with a
 *   value for each placeholder), the timer's label (its remaining time within bounds), the
 *   practice actions; `describe` gives strings; effect keys are unique.
 *
 * Nothing here names a flow (tests/unit/kit/flow-boundaries.test.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import { freshState } from '../../../src/components/simulators/kit/start';
import type { AnyFlow, FlowIO, FlowStateBase, Platform } from '../../../src/flows/kit/flow';
import { replay, seededIO } from '../../../src/flows/kit/replay';
import { newPracticeAccount, type PracticeAccount } from '../../../src/flows/services/practice-account';
import { ensure, ensureIn, expectKey, expectMessage } from './arbitraries';

export const T0 = 1_700_000_000_000;
/** A flow property takes 1–3 s alone; on a machine busy with other work it may take much longer. */
export const FLOW_TIMEOUT_MS = 60_000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A generated step: an event (its `now`, if any, an offset from the state's clock), running the
 * effects (SETTLE), or a few steps a reader takes together (`seq`, e.g. type, submit, verdict).
 */
export type Step = { type: string; [field: string]: unknown };
export const SETTLE: Step = { type: '$SETTLE' };
export const seq = (...steps: Step[]): Step => ({ type: '$SEQ', steps });

/**
 * Offsets of event times: the kit's ticks and clicks, long waits, the same instant, backwards,
 * and times that are not a number (the kit never sends them; a flow must ignore them).
 */
export const offset = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 30 * 60 * 1000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: -60_000, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -T0) },
);

/** The clock events every flow receives from the kit. */
export const clockEvents = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('TICK'), now: offset }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('PAUSE', 'RESUME', 'EXTEND'), now: offset }) },
);

/**
 * Events of a type the flow does not know (an older view, a stored event of another version):
 * every machine must ignore them, whatever fields they carry.
 */
export const unknownEvents: fc.Arbitrary<Step> = fc.record({
  // Never a real type by chance: real types are upper-case words.
  type: fc.oneof(fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty', 'RESET', 'TAP ', 'tick', ''), fc.string({ maxLength: 12 }).map((s) => `x-${s}`)),
  value: fc.anything(),
  now: fc.oneof(offset, fc.constant(Number.NaN)),
});

/** The event with its time made absolute against the state's clock. */
export function resolve(step: Step, state: FlowStateBase): Step {
  if (!('now' in step) || typeof step.now !== 'number') return step;
  const now = Number.isFinite(step.now) && step.now !== -T0 ? state.clock.now + step.now : step.now;
  return { ...step, now };
}

export interface Start<S> {
  name: string;
  state: S;
  /** The start option and device it began with, for the reset check. */
  platform: Platform;
  startId?: string | undefined;
}

export interface FlowSpec<S extends FlowStateBase> {
  flow: AnyFlow;
  /** Accounts fresh starts may use (a new one, one with devices...). */
  accounts: readonly PracticeAccount[];
  /** The generated steps; include SETTLE with some weight to run effects. */
  steps: fc.Arbitrary<Step>;
  /** The flow's invariants of one state (throws, via ensure or expect, when one is broken). */
  invariant(state: S): void;
  /** The flow's invariants of one transition. */
  stepInvariant?(prev: S, event: Step, next: S): void;
  /** Fills in what a step can only know from the state (the code the portal shows now, say). */
  resolve?(step: Step, state: S): Step;
}

// ---- The kit's invariants ----

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** The first number in `value` that is NaN or infinite (JSON would turn it into null), as a path. */
function badNumber(value: unknown, path = 'state'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = badNumber(inner, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

export function kitInvariant<S extends FlowStateBase>(flow: AnyFlow, state: S): void {
  ensure(typeof state === 'object' && state !== null, 'transition returns a state');
  const bad = badNumber(state);
  ensure(bad === null, () => `a state holds only finite numbers: ${bad}`);
  const stored = roundTrip(state);
  const resumed = flow.parseState(stored);
  ensure(resumed !== null, () => `the state passes its schema after JSON (stored and resumed): ${JSON.stringify(state)}`);
  // Same as stored (parseState may strip unknown fields: then the stored state was not what the schema describes).
  if (!isDeepStrictEqual(resumed, stored)) expect(resumed, 'the stored state resumes as the same state').toEqual(stored);
  ensureIn(flow.platforms, state.platform, 'device');
  ensure(state.clock.pausedAt === undefined || state.clock.pausedAt <= state.clock.now, 'a pause never lies ahead of the clock');

  const timer = flow.timer(state);
  if (timer !== null) {
    expectKey(timer.label, 'timer label');
    ensure(Number.isFinite(timer.remainingMs) && timer.remainingMs >= 0, () => `timer remaining ${timer.remainingMs}`);
    ensure(typeof timer.paused === 'boolean', 'timer paused is a boolean');
  }
  ensure(typeof flow.ticking(state) === 'boolean', 'ticking is a boolean');
  for (const action of flow.actions?.(state) ?? []) expectKey(action.label, `action ${action.id}`);
  for (const [name, value] of Object.entries(flow.describe(state))) ensure(typeof value === 'string' && value !== '', () => `describe ${name}`);
  const keys = flow.effects(state).map((effect: { key: string }) => effect.key);
  ensure(new Set(keys).size === keys.length, () => `effect keys are unique: ${keys.join(', ')}`);
}

export function kitStepInvariant<S extends FlowStateBase>(flow: AnyFlow, prev: S, event: Step, next: S): void {
  ensure(next.platform === prev.platform, 'the device never changes');
  ensure(next.clock.now >= prev.clock.now, () => `time never runs backwards: ${prev.clock.now} → ${next.clock.now}`);
  const messages = flow.milestones(prev, next);
  ensure(prev !== next || messages.length === 0, 'nothing happened, nothing is said');
  for (const message of messages) expectMessage(message, `milestone after ${event.type}`);
}

/** The static strings of a flow: title, start options, every reason. */
export function expectFlowStrings(flow: AnyFlow): void {
  expectKey(flow.title, 'title');
  for (const start of flow.starts) expectKey(start.label, `start ${start.id}`);
  for (const [code, key] of Object.entries(flow.reasons)) expectKey(key, `reason ${code}`);
}

// ---- Starts ----

/**
 * Fresh starts on every device, start option and account; then every named state, replayed as
 * a figure is (its scenario account) and as "Try this step" is on each of `accounts` the state
 * fits, on its device or, when it names none, on each of the flow's.
 */
export async function startsOf<S extends FlowStateBase>(spec: FlowSpec<S>): Promise<Start<S>[]> {
  const { flow } = spec;
  const fresh: Start<S>[] = [];
  for (const platform of flow.platforms as Platform[]) {
    for (const startId of [undefined, ...flow.starts.map((s: { id: string }) => s.id)]) {
      for (const [i, account] of spec.accounts.entries()) {
        fresh.push({ name: `fresh:${platform}:${startId ?? '-'}:${i}`, platform, startId, state: freshState<S>(flow, account, platform, T0, startId) });
      }
    }
  }
  const named: Start<S>[] = [];
  for (const [name, state] of Object.entries(flow.states as AnyFlow['states'])) {
    const platforms: Platform[] = state.platform === undefined ? [...flow.platforms] : [state.platform];
    for (const platform of platforms) {
      const own = spec.accounts.map((account, i) => [`own ${i}`, account] as const).filter(([, account]) => state.fits?.(account, platform) === true);
      for (const [who, account] of [['scenario', flow.scenarioAccount(state, platform)] as const, ...own]) {
        named.push({ name: `${name} (${platform}, ${who})`, platform, state: await replay<S>(flow, { ...state, platform }, { platform, startTime: T0, account, io: seededIO() }) });
      }
    }
  }
  return [...fresh, ...named];
}

/** Every start (the fresh ones and every named state, however reached) satisfies every invariant. */
export function expectStartsValid<S extends FlowStateBase>(spec: FlowSpec<S>, starts: readonly Start<S>[]): void {
  for (const start of starts) {
    try {
      kitInvariant(spec.flow, start.state);
      spec.invariant(start.state);
    } catch (error) {
      throw new Error(`start "${start.name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

// ---- Running ----

export interface Visit<S> {
  prev: S;
  event: Step;
  next: S;
}

/** One transition, checked. */
function checkedStep<S extends FlowStateBase>(spec: FlowSpec<S>, prev: S, event: Step, trail: Step[]): S {
  let next: S;
  try {
    next = spec.flow.transition(prev, event) as S;
  } catch (error) {
    throw new Error(`transition threw on ${JSON.stringify(event).slice(0, 500)} after ${JSON.stringify(trail).slice(0, 2000)}: ${String(error)}`, { cause: error });
  }
  kitStepInvariant(spec.flow, prev, event, next);
  spec.stepInvariant?.(prev, event, next);
  kitInvariant(spec.flow, next);
  spec.invariant(next);
  return next;
}

/** Runs the effects the state asks for (immediate first, then timers), each result through the transition. */
async function settleChecked<S extends FlowStateBase>(spec: FlowSpec<S>, state: S, io: FlowIO, trail: Step[], visit: (v: Visit<S>) => void): Promise<S> {
  let current = state;
  for (let round = 0; round < 8; round++) {
    const effects = spec.flow.effects(current) as { afterMs?: number; run(io: FlowIO): Promise<Step> }[];
    const effect = effects.find((e) => e.afterMs === undefined) ?? effects[0];
    if (effect === undefined) return current;
    const event = await effect.run(io);
    const next = checkedStep(spec, current, event, trail);
    visit({ prev: current, event, next });
    trail.push({ ...event, $effect: true });
    current = next;
  }
  return current;
}

/** Runs `steps` from `start`, checking every transition; `visit` sees each one (for extra properties). */
export async function runSteps<S extends FlowStateBase>(spec: FlowSpec<S>, start: S, steps: readonly Step[], seed: number, visit: (v: Visit<S>) => void = () => {}): Promise<S> {
  const io = seededIO(seed);
  const trail: Step[] = [];
  let state = start;
  const flat = steps.flatMap((step) => (step.type === '$SEQ' ? (step['steps'] as Step[]) : [step]));
  for (const step of flat) {
    if (step.type === SETTLE.type) {
      state = await settleChecked(spec, state, io, trail, visit);
      continue;
    }
    const timed = resolve(step, state);
    const event = spec.resolve?.(timed, state) ?? timed;
    trail.push(event);
    const next = checkedStep(spec, state, event, trail);
    visit({ prev: state, event, next });
    state = next;
  }
  return state;
}

/**
 * Reset (the shell's "start again" and "reset practice account", which replace the state with
 * the flow's `initial`): from any reached state, a restart on the same device gives exactly the
 * initial state of the account kept (and of a new account, for the full reset), and that state
 * satisfies every invariant.
 */
export function expectResetFrom<S extends FlowStateBase>(spec: FlowSpec<S>, reached: S, start: Start<S>): void {
  const { flow } = spec;
  const now = reached.clock.now;
  const kept = freshState<S>(flow, reached.account, reached.platform, now, start.startId);
  const option = flow.starts.find((s: { id: string }) => s.id === start.startId);
  expect(kept).toEqual(flow.initial({ account: reached.account, platform: reached.platform, now, setup: option?.setup }));
  kitInvariant(flow, kept);
  spec.invariant(kept);
  const full = freshState<S>(flow, newPracticeAccount(), reached.platform, T0, start.startId);
  expect(full).toEqual(flow.initial({ account: newPracticeAccount(), platform: reached.platform, now: T0, setup: option?.setup }));
  if (start.name.startsWith('fresh:') && JSON.stringify(start.state.account) === JSON.stringify(newPracticeAccount())) expect(full).toEqual(start.state);
}

export interface AssertOptions<S> {
  runs?: number;
  maxSteps?: number;
  /** Extra checks on every transition of a run. */
  visit?(visit: Visit<S>, start: Start<S>): void;
  /** Extra checks on the state a run ends in. */
  atEnd?(state: S, start: Start<S>): void;
}

/**
 * The flow property: from any start (fresh or named), any sequence of steps never throws and
 * keeps every invariant, and a reset from where it ends gives the initial state.
 */
export async function assertFlow<S extends FlowStateBase>(spec: FlowSpec<S>, starts: readonly Start<S>[], options: AssertOptions<S> = {}): Promise<void> {
  const { runs = 200, maxSteps = 30 } = options;
  const withUnknown = fc.oneof({ weight: 30, arbitrary: spec.steps }, { weight: 1, arbitrary: unknownEvents });
  // PROPERTY_COVERAGE=1 prints which `describe` values the runs reached, to tune the generators.
  const seen = new Map<string, number>();
  const note = (state: S) => {
    if (process.env['PROPERTY_COVERAGE']) for (const [k, v] of Object.entries(spec.flow.describe(state) as Record<string, string>)) seen.set(`${k}=${v}`, (seen.get(`${k}=${v}`) ?? 0) + 1);
  };
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: starts.length - 1 }), fc.array(withUnknown, { maxLength: maxSteps, size: 'max' }), fc.integer(), async (index, steps, seed) => {
      const start = starts[index]!;
      try {
        kitInvariant(spec.flow, start.state);
        spec.invariant(start.state);
        const end = await runSteps(spec, start.state, steps, seed, (visit) => {
          note(visit.next);
          options.visit?.(visit, start);
        });
        expectResetFrom(spec, end, start);
        options.atEnd?.(end, start);
      } catch (error) {
        throw new Error(`from start "${start.name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }),
    { numRuns: Math.min(runs, 200) },
  );
  if (process.env['PROPERTY_COVERAGE']) console.log(spec.flow.id, [...seen.entries()].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
}
