import { describe, expect, it } from 'vitest';
import { isLockedOut, noAttempts, recordWrong, triesLeft } from '../../../../src/flows/kit/attempts';
import { checkDigits, typed } from '../../../../src/flows/kit/digits';

describe('attempts', () => {
  it('lock on reaching the limit, not before', () => {
    const one = recordWrong(noAttempts, 3);
    expect(one).toEqual({ attempts: { wrong: 1 }, locked: false });
    const two = recordWrong(one.attempts, 3);
    expect(triesLeft(two.attempts, 3)).toBe(1);
    expect(recordWrong(two.attempts, 3).locked).toBe(true);
    expect(isLockedOut({ wrong: 3 }, 3)).toBe(true);
    expect(isLockedOut({ wrong: 2 }, 3)).toBe(false);
  });
});

describe('digit fields', () => {
  const rule = { min: 6, max: 6, maxInput: 24 };
  it.each([
    ['123456', { ok: true, value: '123456' }],
    ['１２３４５６', { ok: true, value: '123456' }],
    [' 123 456 ', { ok: true, value: '123456' }],
    ['123-456', { ok: true, value: '123456' }],
    ['', { ok: false, problem: 'empty' }],
    ['   ', { ok: false, problem: 'empty' }],
    ['12345', { ok: false, problem: 'tooShort' }],
    ['1234567', { ok: false, problem: 'tooLong' }],
    ['12a456', { ok: false, problem: 'notDigits' }],
    ['１２３４５６７８９０１２３４５６７８９０１２３４５', { ok: false, problem: 'tooLong' }],
    ['<b>123456</b>', { ok: false, problem: 'notDigits' }],
    ['😀😀😀', { ok: false, problem: 'notDigits' }],
  ])('%j → %j', (raw, expected) => {
    expect(checkDigits(raw, rule)).toEqual(expected);
  });

  it('refuse over-long typing whole, keeping what was there', () => {
    expect(typed('12', '123', 24)).toEqual({ value: '123', tooLong: false });
    expect(typed('12', 'x'.repeat(25), 24)).toEqual({ value: '12', tooLong: true });
  });
});
