/**
 * Replaying a named state: the one way figures, "Try this step", unit tests and e2e tests
 * reach a state. Events are applied in order; after each, the effects the state asks for
 * (not timers) are run with `io`, so Web Crypto results arrive exactly as they do live.
 */
import type { PracticeAccount } from '../services/practice-account';
import type { AnyFlow, ClockEvent, FlowIO, NamedState, Platform } from './flow';

/** Bounds a run of effects, so a flow whose effects keep asking for more cannot hang a replay. */
const MAX_SETTLE_ROUNDS = 20;

/** The event with its time moved from "offset from 0" to "offset from startTime". */
export function shiftedEvent<E extends { type: string }>(event: E, startTime: number): E {
  return 'now' in event && typeof event.now === 'number' ? { ...event, now: event.now + startTime } : event;
}

/** Runs the immediate effects of `state` until there are none left. */
export async function settle<S>(flow: AnyFlow, state: S, io: FlowIO): Promise<S> {
  let current = state;
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
    const next = flow.effects(current).find((effect: { afterMs?: number }) => effect.afterMs === undefined);
    if (next === undefined) return current;
    current = flow.transition(current, await next.run(io));
  }
  throw new Error(`${flow.id}: effects did not settle after ${MAX_SETTLE_ROUNDS} rounds`);
}

export interface ReplayOptions {
  platform: Platform;
  startTime: number;
  account: PracticeAccount;
  io: FlowIO;
}

/** The state `named` describes, as if the reader had started it at `startTime` with `account`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any flow's named state, like AnyFlow
export async function replay<S>(flow: AnyFlow, named: NamedState<any, any, any>, opts: ReplayOptions): Promise<S> {
  const platform = named.platform ?? opts.platform;
  let state = await settle(flow, flow.initial({ account: opts.account, platform, now: opts.startTime, setup: named.setup }), opts.io);
  const events = typeof named.events === 'function' ? named.events(opts.account, platform) : named.events;
  for (const event of events) {
    state = await settle(flow, flow.transition(state, shiftedEvent(event as { type: string } | ClockEvent, opts.startTime)), opts.io);
  }
  return state as S;
}

/**
 * Deterministic "random" bytes (xorshift32) for replays, so a figure shows the same secret and
 * codes on every build. Never used for anything the reader does live.
 */
export function seededIO(seed = 0x9e3779b9): FlowIO {
  let x = seed >>> 0 || 1;
  return {
    randomBytes(n: number): Uint8Array {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        out[i] = x & 0xff;
      }
      return out;
    },
  };
}
