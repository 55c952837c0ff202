/**
 * Simulator time. `now` only moves forward; while the reader has paused (WCAG 2.2.1,
 * timing adjustable) deadlines are measured against the moment of the pause, so they
 * stand still, and resuming moves them on by the time spent paused.
 */
export interface Clock {
  now: number;
  pausedAt?: number | undefined;
}

/** A point in simulator time after which something no longer counts. */
export interface Deadline {
  expiresAt: number;
}

/** An event time the clock may accept: a number, not older than the clock. */
export const movesForward = (clock: Clock, now: number): boolean => Number.isFinite(now) && now >= clock.now;

/** The time deadlines are measured against: it stands still while paused. */
export const clockTime = (clock: Clock): number => clock.pausedAt ?? clock.now;

export const isPaused = (clock: Clock): boolean => clock.pausedAt !== undefined;

/** The clock at `now` (unchanged, same object, if `now` is not later). */
export function advance(clock: Clock, now: number): Clock {
  if (!movesForward(clock, now) || now === clock.now) return clock;
  return clock.pausedAt === undefined ? { now } : { now, pausedAt: clock.pausedAt };
}

export function pauseAt(clock: Clock, now: number): Clock {
  if (!movesForward(clock, now) || isPaused(clock)) return clock;
  return { now, pausedAt: now };
}

/** The running clock and how long it stood still, to move deadlines on by. */
export function resumeAt(clock: Clock, now: number): { clock: Clock; pausedFor: number } {
  if (!movesForward(clock, now) || clock.pausedAt === undefined) return { clock, pausedFor: 0 };
  return { clock: { now }, pausedFor: now - clock.pausedAt };
}

export function deadlineIn(clock: Clock, ms: number): Deadline {
  return { expiresAt: clockTime(clock) + ms };
}

export const isPast = (deadline: Deadline, clock: Clock): boolean => clockTime(clock) >= deadline.expiresAt;

export const remainingMs = (deadline: Deadline, clock: Clock): number => Math.max(0, deadline.expiresAt - clockTime(clock));

export function shifted<D extends Deadline>(deadline: D, ms: number): D {
  return ms === 0 ? deadline : { ...deadline, expiresAt: deadline.expiresAt + ms };
}
