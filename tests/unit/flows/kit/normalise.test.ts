import { describe, expect, it } from 'vitest';
import { fitsLength, normaliseCompact, stripSeparators, toHalfWidth } from '../../../../src/flows/kit/normalise';

describe('toHalfWidth', () => {
  it.each([
    ['１２３４', '1234'],
    ['ＡＢｃ', 'ABc'],
    ['Ｋ７ＱＭ　３ＸＴＰ', 'K7QM 3XTP'], // U+3000 becomes an ordinary space
    ['abc', 'abc'],
  ])('%j → %j', (input, output) => {
    expect(toHalfWidth(input)).toBe(output);
  });
});

describe('stripSeparators', () => {
  it.each([
    ['K7QM-3XTP', 'K7QM3XTP'],
    ['K7QM‐3XTP', 'K7QM3XTP'], // U+2010 hyphen
    ['K7QM–3XTP—', 'K7QM3XTP'], // en and em dashes
    ['K7QMー3XTP', 'K7QM3XTP'], // katakana long-vowel mark from an IME
    ['K7QM－3XTP', 'K7QM3XTP'], // full-width hyphen-minus
    ['K7QM−3XTP', 'K7QM3XTP'], // U+2212 minus
    [' K7QM\u30003XTP\t\n', 'K7QM3XTP'],
    ['K7QM\u200B3XTP\uFEFF', 'K7QM3XTP'], // zero-width junk from copy and paste
    ['<script>', '<script>'],
  ])('%j → %j', (input, output) => {
    expect(stripSeparators(input)).toBe(output);
  });
});

describe('length bound', () => {
  it('is inclusive', () => {
    expect(fitsLength('a'.repeat(8), 8)).toBe(true);
    expect(fitsLength('a'.repeat(9), 8)).toBe(false);
  });

  it('refuses rather than truncates', () => {
    expect(normaliseCompact('１２３４５６７８９', 8)).toEqual({ ok: false, problem: 'tooLong' });
    expect(normaliseCompact('１２３ ４５６', 8)).toEqual({ ok: true, value: '123456' });
  });

  it('is applied before NFKC expands the text', () => {
    expect('㍻'.normalize('NFKC')).toBe('平成');
    expect(normaliseCompact('㍻', 1)).toEqual({ ok: true, value: '平成' });
  });

  it('keeps case for the field to decide', () => {
    expect(normaliseCompact('ｋ７ｑｍ', 8)).toEqual({ ok: true, value: 'k7qm' });
  });
});
