/**
 * Counting wrong tries. A limit is always the simulator's choice (the broker does not
 * publish its own), so it is named where a flow sets it and marked "practice" in the UI.
 */
export interface Attempts {
  wrong: number;
}

export const noAttempts: Attempts = { wrong: 0 };

/** One more wrong try, and whether that reached the limit. */
export function recordWrong(attempts: Attempts, limit: number): { attempts: Attempts; locked: boolean } {
  const wrong = attempts.wrong + 1;
  return { attempts: { wrong }, locked: wrong >= limit };
}

export const isLockedOut = (attempts: Attempts, limit: number): boolean => attempts.wrong >= limit;

export const triesLeft = (attempts: Attempts, limit: number): number => Math.max(0, limit - attempts.wrong);
