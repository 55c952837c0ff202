import { describe, expect, it } from 'vitest';
import { advance, clockTime, deadlineIn, isPast, pauseAt, remainingMs, resumeAt, shifted } from '../../../../src/flows/kit/clock';

describe('the simulator clock', () => {
  it('only moves forward', () => {
    const clock = { now: 1000 };
    expect(advance(clock, 2000)).toEqual({ now: 2000 });
    expect(advance(clock, 999)).toBe(clock);
    expect(advance(clock, 1000)).toBe(clock);
    expect(advance(clock, Number.NaN)).toBe(clock);
    expect(advance(clock, Number.POSITIVE_INFINITY)).toBe(clock);
  });

  it('stands still for deadlines while paused, and says how long it stood', () => {
    const deadline = deadlineIn({ now: 0 }, 60_000);
    const paused = advance(pauseAt({ now: 10_000 }, 10_000), 40_000);
    expect(clockTime(paused)).toBe(10_000);
    expect(remainingMs(deadline, paused)).toBe(50_000);
    expect(pauseAt(paused, 50_000)).toBe(paused);
    const { clock, pausedFor } = resumeAt(paused, 40_000);
    expect(clock).toEqual({ now: 40_000 });
    expect(pausedFor).toBe(30_000);
    expect(remainingMs(shifted(deadline, pausedFor), clock)).toBe(50_000);
    expect(resumeAt({ now: 5 }, 6)).toEqual({ clock: { now: 5 }, pausedFor: 0 });
  });

  it('counts a deadline down to zero and past it', () => {
    const deadline = deadlineIn({ now: 1000 }, 5000);
    expect(remainingMs(deadline, { now: 1000 })).toBe(5000);
    expect(remainingMs(deadline, { now: 5999 })).toBe(1);
    expect(isPast(deadline, { now: 5999 })).toBe(false);
    expect(isPast(deadline, { now: 6000 })).toBe(true);
    expect(remainingMs(deadline, { now: 9000 })).toBe(0);
  });
});
