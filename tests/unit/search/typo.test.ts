import { describe, expect, it } from 'vitest';
import { allowedEdits, corrections, editDistance } from '../../../src/search/typo';

/** A small word list, sorted as the site's is. */
const vocabulary = ['activate', 'activation', 'app', 'camera', 'card', 'code', 'scan', 'scanning', 'settings', 'カメラ'];

const words = (typed: string, asPrefix = false) => corrections(typed, vocabulary, asPrefix).map((c) => c.word);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('camra', 'camera', 3)).toBe(1);
    expect(editDistance('cameras', 'camera', 3)).toBe(1);
    expect(editDistance('kamera', 'camera', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('counts swapping two neighbouring letters as one edit', () => {
    expect(editDistance('cmaera', 'camera', 3)).toBe(1);
  });

  it('stops at max + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('corrections', () => {
  it('corrects "camra" to camera', () => {
    expect(corrections('camra', vocabulary, false)).toEqual([expect.objectContaining({ search: 'camera', word: 'camera', distance: 1 })]);
  });

  it('corrects a swap of two letters', () => {
    expect(words('cmaera')).toEqual(['camera']);
  });

  it('allows one edit up to six letters and two from seven', () => {
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(7)).toBe(2);
    expect(words('actvtion')).toEqual(['activation']); // two letters missing, 8 letters typed
    expect(words('cad')).toEqual([]); // one edit from card, but too short to guess
    expect(words('camrq')).toEqual([]); // two edits from camera, but only five letters
  });

  it('offers only the closest words', () => {
    // one edit from activation, two from activate: both allowed for nine letters, only the closer one offered
    expect(words('activatin')).toEqual(['activation']);
  });

  it('corrects only words of Latin letters: not Japanese, not codes with digits', () => {
    expect(corrections('カメル', vocabulary, false)).toEqual([]);
    expect(corrections('code4', vocabulary, false)).toEqual([]);
  });

  it('matches the start of a longer word for the word still being typed', () => {
    expect(corrections('actvat', vocabulary, false)).toEqual([]);
    const typing = corrections('actvat', vocabulary, true);
    expect(typing.length).toBeGreaterThan(0);
    for (const c of typing) {
      expect(c.word.startsWith('activat')).toBe(true);
      expect(c.word.startsWith(c.search)).toBe(true);
    }
  });

  it('returns at most `limit` corrections', () => {
    const list = ['cade', 'cede', 'cide', 'code', 'cude'];
    expect(corrections('cxde', list, false)).toHaveLength(2);
    expect(corrections('cxde', list, false, 4)).toHaveLength(4);
  });
});
