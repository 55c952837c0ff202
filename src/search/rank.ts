/**
 * Ranking across the parts of a query. Pagefind answers each alternative of each slot on its
 * own (its BM25 score, with its title boost); a page then scores the sum of its best score per
 * slot, scaled by how many of the query's parts it answers at all, so a guide that covers
 * "IB Key", "register" and "Android" beats one that only says "register" many times. Words the
 * reader pasted that no page has (part of an error message, say) cost nothing: Pagefind alone
 * would have returned no result for the whole query.
 *
 * Guides tagged with a filter value the query names ("Android", "Troubleshooting") get a bonus.
 */

export interface SlotScores {
  /** page id → best score of the slot's alternatives on that page (already weighted). */
  scores: Map<string, number>;
  /** page id → the alternative that gave it (what to search to show that page's excerpt). */
  via: Map<string, string>;
}

export interface Ranked {
  id: string;
  score: number;
  /** The searches that matched this page, one per slot: together they make its excerpt query. */
  searches: string[];
}

/** Share of the score that does not depend on covering every part of the query. */
const BASE = 0.4;
/** A filter value named in the query adds this share of the best text score. */
const FILTER_BONUS = 0.3;

export function rank(slots: SlotScores[], filterPages: Set<string>[]): Ranked[] {
  const answered = slots.filter((s) => s.scores.size > 0);
  const pages = new Map<string, { sum: number; covered: number; searches: string[] }>();
  for (const slot of answered) {
    for (const [id, score] of slot.scores) {
      const page = pages.get(id) ?? { sum: 0, covered: 0, searches: [] };
      page.sum += score;
      page.covered += 1;
      page.searches.push(slot.via.get(id)!);
      pages.set(id, page);
    }
  }
  const ranked = [...pages].map(([id, p]) => ({ id, score: p.sum * (BASE + (1 - BASE) * (p.covered / answered.length)), searches: p.searches }));
  const best = Math.max(0, ...ranked.map((r) => r.score)) || 1;
  for (const members of filterPages) {
    for (const id of members) {
      const page = ranked.find((r) => r.id === id);
      if (page) page.score += FILTER_BONUS * best;
      else if (!answered.length) ranked.push({ id, score: FILTER_BONUS * best, searches: [] });
    }
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
