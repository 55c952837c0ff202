import { describe, expect, it } from 'vitest';
import type { Flow, FlowStateBase } from '../../../../src/flows/kit/flow';
import { replay, seededIO, settle, shiftedEvent } from '../../../../src/flows/kit/replay';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';

/** A tiny flow: PRESS asks for a random byte (an effect); WAIT starts a timer effect. */
interface S extends FlowStateBase {
  pending: 'byte' | 'timer' | null;
  byte?: number;
  log: string[];
}
type E = { type: 'PRESS' } | { type: 'WAIT' } | { type: 'GOT'; byte: number } | { type: 'RANG' } | { type: 'TICK'; now: number };

const flow = {
  id: 'test',
  initial: ({ account, platform, now }: { account: S['account']; platform: S['platform']; now: number }): S => ({ account, platform, clock: { now }, pending: null, log: [] }),
  transition(state: S, event: E): S {
    switch (event.type) {
      case 'PRESS':
        return { ...state, pending: 'byte', log: [...state.log, 'press'] };
      case 'WAIT':
        return { ...state, pending: 'timer' };
      case 'GOT':
        return state.pending === 'byte' ? { ...state, pending: null, byte: event.byte, log: [...state.log, `got ${event.byte}`] } : state;
      case 'TICK':
        return { ...state, clock: { now: event.now } };
      default:
        return state;
    }
  },
  effects(state: S) {
    if (state.pending === 'byte') return [{ key: 'byte', run: async (io: { randomBytes(n: number): Uint8Array }) => ({ type: 'GOT', byte: io.randomBytes(1)[0]! }) }];
    if (state.pending === 'timer') return [{ key: 'timer', afterMs: 1000, run: async () => ({ type: 'RANG' }) }];
    return [];
  },
} as unknown as Flow<S, E, never>;

const opts = { platform: 'ios' as const, startTime: 5000, account: newPracticeAccount(), io: seededIO(7) };

describe('replay', () => {
  it('applies the events in order, running immediate effects after each, with times shifted to the start', async () => {
    const events: E[] = [{ type: 'PRESS' }, { type: 'TICK', now: 100 }];
    const state = await replay<S>(flow, { events, shows: 'x' }, opts);
    expect(state.log).toEqual(['press', `got ${seededIO(7).randomBytes(1)[0]}`]);
    expect(state.clock.now).toBe(5100);
  });

  it('never runs timers: scenarios send their result like time', async () => {
    const state = await replay<S>(flow, { events: [{ type: 'WAIT' }], shows: 'x' }, opts);
    expect(state.pending).toBe('timer');
  });

  it('gives events that depend on the account the account', async () => {
    const state = await replay<S>(flow, { events: (account) => (account.username === 'practice.user' ? [{ type: 'PRESS' }] : []), shows: 'x' }, opts);
    expect(state.log[0]).toBe('press');
  });

  it('stops a flow whose effects never settle', async () => {
    const looping = { ...flow, effects: () => [{ key: 'again', run: async () => ({ type: 'PRESS' }) }] } as unknown as Flow<S, E, never>;
    await expect(settle(looping, flow.initial({ ...opts, now: 0 }), opts.io)).rejects.toThrow(/did not settle/);
  });

  it('shifts only events that carry a time', () => {
    expect(shiftedEvent({ type: 'TICK', now: 1 }, 10)).toEqual({ type: 'TICK', now: 11 });
    expect(shiftedEvent({ type: 'PRESS' }, 10)).toEqual({ type: 'PRESS' });
  });

  it('draws the same bytes from the same seed, and different ones from another', () => {
    expect(seededIO(1).randomBytes(8)).toEqual(seededIO(1).randomBytes(8));
    expect(seededIO(1).randomBytes(8)).not.toEqual(seededIO(2).randomBytes(8));
  });
});
