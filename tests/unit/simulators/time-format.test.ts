import { describe, expect, it } from 'vitest';
import { formatMmSs, splitMinutesSeconds } from '../../../src/components/simulators/parts/time-format';

describe('formatMmSs', () => {
  it.each([
    [5 * 60 * 1000, '05:00'],
    [299_001, '05:00'],
    [299_000, '04:59'],
    [61_000, '01:01'],
    [1, '00:01'],
    [0, '00:00'],
    [-5000, '00:00'],
    [Number.NaN, '00:00'],
    [Number.POSITIVE_INFINITY, '00:00'],
    [65 * 60 * 1000, '65:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatMmSs(ms)).toBe(text);
  });
});

describe('splitMinutesSeconds', () => {
  it('rounds up to whole seconds, like the display', () => {
    expect(splitMinutesSeconds(125_400)).toEqual({ minutes: 2, seconds: 6 });
    expect(splitMinutesSeconds(-1)).toEqual({ minutes: 0, seconds: 0 });
  });
});
