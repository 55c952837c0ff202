/** "mm:ss" for a countdown. Rounds up, so the display shows 00:00 only when time is really up. */
export function formatMmSs(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes and seconds, for a spoken label ("4 minutes 59 seconds"). */
export function splitMinutesSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
