/**
 * Typo tolerance against the site's own word list: no library, no network.
 * Only Latin words of four letters or more are corrected (Japanese input goes through an IME,
 * where typos look different; transliterations are handled by the synonym data).
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may need: one up to six letters, two from seven. */
export const allowedEdits = (length: number) => (length >= 7 ? 2 : 1);

export interface Correction {
  /** What to search: a whole word of the site, or the start of one when the reader is still typing. */
  search: string;
  /** The word of the site it stands for, to show "results for …". */
  word: string;
  distance: number;
}

/**
 * The closest words of the site to `typed`, best first (fewest edits, then whole words before
 * word starts, then the nearest length). `asPrefix` also matches the start of longer words,
 * for the word the reader is still typing.
 */
export function corrections(typed: string, vocabulary: readonly string[], asPrefix: boolean, limit = 2): Correction[] {
  if (typed.length < 4 || !/^[a-z]+$/.test(typed)) return [];
  const max = allowedEdits(typed.length);
  const found: (Correction & { prefix: boolean })[] = [];
  for (const word of vocabulary) {
    if (!/^[a-z]/.test(word) || word[0] !== typed[0] && word[1] !== typed[0] && word[0] !== typed[1]) continue;
    const whole = editDistance(typed, word, max);
    if (whole <= max) {
      found.push({ search: word, word, distance: whole, prefix: false });
      continue;
    }
    if (asPrefix && word.length > typed.length && typed.length >= 5) {
      for (const cut of [typed.length, typed.length + 1]) {
        const start = word.slice(0, cut);
        const d = editDistance(typed, start, 1);
        if (d <= 1) {
          found.push({ search: start, word, distance: d, prefix: true });
          break;
        }
      }
    }
  }
  found.sort((a, b) => a.distance - b.distance || Number(a.prefix) - Number(b.prefix) || Math.abs(a.word.length - typed.length) - Math.abs(b.word.length - typed.length) || a.word.localeCompare(b.word));
  const best = found[0]?.distance;
  const seen = new Set<string>();
  return found.filter((c) => c.distance === best && !seen.has(c.search) && seen.add(c.search)).slice(0, limit);
}
