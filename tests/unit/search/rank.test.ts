import { describe, expect, it } from 'vitest';
import { rank, type SlotScores } from '../../../src/search/rank';

/** A slot answered by these pages (page → [score, the alternative that matched it]). */
function slot(pages: Record<string, number | [number, string]>): SlotScores {
  const scores = new Map<string, number>();
  const via = new Map<string, string>();
  for (const [id, value] of Object.entries(pages)) {
    const [score, search] = typeof value === 'number' ? [value, `q-${id}`] : value;
    scores.set(id, score);
    via.set(id, search);
  }
  return { scores, via };
}

const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);
const scoreOf = (ranked: { id: string; score: number }[], id: string) => ranked.find((r) => r.id === id)?.score;

describe('rank across slots', () => {
  it('a page that answers every part of the query beats one that answers one part more strongly', () => {
    const ranked = rank([slot({ wide: 1, narrow: 3 }), slot({ wide: 1 }), slot({ wide: 1 })], []);
    expect(ids(ranked)).toEqual(['wide', 'narrow']);
  });

  it('scores the sum of a page’s slots, scaled by the share of slots it answers (40 % of it regardless)', () => {
    const ranked = rank([slot({ a: 2, b: 1 }), slot({ b: 1 })], []);
    expect(scoreOf(ranked, 'b')).toBeCloseTo(2); // (1 + 1) × 1
    expect(scoreOf(ranked, 'a')).toBeCloseTo(2 * (0.4 + 0.6 / 2));
  });

  it('within a slot, a stronger match ranks higher', () => {
    expect(ids(rank([slot({ a: 1, b: 2 })], []))).toEqual(['b', 'a']);
  });

  it('a part of the query that no page answers costs nothing', () => {
    const without = rank([slot({ a: 2, b: 1 }), slot({ b: 1 })], []);
    const withEmpty = rank([slot({ a: 2, b: 1 }), slot({}), slot({ b: 1 })], []);
    expect(withEmpty).toEqual(without);
  });

  it('lists, per page, the alternative that matched it in each slot, in slot order', () => {
    const ranked = rank([slot({ a: [1, 'android'] }), slot({ a: [1, 'qr code'], b: [2, 'qr'] })], []);
    expect(ranked.find((r) => r.id === 'a')!.searches).toEqual(['android', 'qr code']);
    expect(ranked.find((r) => r.id === 'b')!.searches).toEqual(['qr']);
  });

  it('breaks ties by page id, so the order never depends on the order results arrived in', () => {
    expect(ids(rank([slot({ c: 1, a: 1, b: 1 })], []))).toEqual(['a', 'b', 'c']);
  });

  it('gives nothing for no slots and no filters', () => {
    expect(rank([], [])).toEqual([]);
  });
});

describe('rank: filter values named in the query', () => {
  it('adds 30 % of the best text score to the pages tagged with the value', () => {
    const ranked = rank([slot({ a: 2, b: 1.8 })], [new Set(['b'])]);
    expect(ids(ranked)).toEqual(['b', 'a']);
    expect(scoreOf(ranked, 'b')).toBeCloseTo(1.8 + 0.3 * 2);
    expect(scoreOf(ranked, 'a')).toBeCloseTo(2);
  });

  it('does not lift a tagged page over a much better match', () => {
    expect(ids(rank([slot({ a: 2, b: 1 })], [new Set(['b'])]))).toEqual(['a', 'b']);
  });

  it('adds up when the query names two values a page has', () => {
    const ranked = rank([slot({ a: 2, b: 1 })], [new Set(['b']), new Set(['b'])]);
    expect(scoreOf(ranked, 'b')).toBeCloseTo(1 + 2 * 0.3 * 2);
  });

  it('does not bring in tagged pages that match none of the words typed', () => {
    expect(ids(rank([slot({ a: 1 })], [new Set(['a', 'other'])]))).toEqual(['a']);
  });

  it('lists the tagged pages when the query is filter words only', () => {
    const ranked = rank([slot({})], [new Set(['b', 'a'])]);
    expect(ids(ranked)).toEqual(['a', 'b']);
    expect(ranked.every((r) => r.searches.length === 0)).toBe(true);
  });
});
