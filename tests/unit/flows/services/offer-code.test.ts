import { describe, expect, it } from 'vitest';
import {
  formatOfferCode,
  newOfferCode,
  normaliseOfferCode,
  OFFER_CODE_ALPHABET,
  offerQrText,
  parseOfferQrText,
} from '../../../../src/flows/services/activation-offers';

/** A deterministic byte source that hands out `bytes` in order, cycling. */
function fakeRandom(bytes: number[]) {
  let i = 0;
  const calls: number[] = [];
  const source = (n: number) => {
    calls.push(n);
    return Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length] ?? 0);
  };
  return { source, calls };
}

describe('newOfferCode', () => {
  it('has no look-alike characters in its alphabet', () => {
    expect(OFFER_CODE_ALPHABET).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
    expect(OFFER_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(OFFER_CODE_ALPHABET).size).toBe(31);
  });

  it('maps bytes onto the alphabet by index modulo 31', () => {
    expect(newOfferCode(fakeRandom([0, 1, 2, 3, 30, 31, 32, 247]).source)).toBe('2345Z23Z');
  });

  it('rejects bytes 248–255 (they would favour the first 8 symbols) and draws again', () => {
    const { source, calls } = fakeRandom([248, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(newOfferCode(source)).toBe('23456789');
    expect(calls).toEqual([8, 2]);
  });

  it('is exactly uniform over every accepted byte', () => {
    const counts = new Map<string, number>();
    const bytes = Array.from({ length: 256 }, (_, b) => b);
    const { source } = fakeRandom(bytes);
    // 256 bytes a cycle, 248 accepted = 31 codes of 8 characters each.
    for (let n = 0; n < 31; n++) {
      for (const ch of newOfferCode(source)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...OFFER_CODE_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('gives up on a source that never yields an acceptable byte', () => {
    expect(() => newOfferCode(fakeRandom([255]).source)).toThrow(/random source/);
  });
});

describe('display and QR forms', () => {
  it('groups the code in fours', () => {
    expect(formatOfferCode('K7QM3XTP')).toBe('K7QM-3XTP');
    expect(formatOfferCode('K7QM')).toBe('K7QM');
  });

  it('encodes a custom URI, never a web address, and reads it back', () => {
    const text = offerQrText('K7QM3XTP');
    expect(text).toBe('ibkey-practice:activate?code=K7QM3XTP');
    expect(text).not.toMatch(/https?:|\/\//);
    expect(parseOfferQrText(text)).toBe('K7QM3XTP');
  });

  it.each([
    '',
    'K7QM3XTP',
    'https://example.com/activate?code=K7QM3XTP',
    'ibkey-practice:activate?code=k7qm3xtp',
    'ibkey-practice:activate?code=K7QM3XT0',
    'ibkey-practice:activate?code=K7QM3XTPQ',
    'ibkey-practice:activate?code=K7QM3XTP&x=1',
    ' ibkey-practice:activate?code=K7QM3XTP',
  ])('does not take %j for an offer', (text) => {
    expect(parseOfferQrText(text)).toBeNull();
  });
});

describe('normaliseOfferCode', () => {
  it.each([
    ['K7QM3XTP', 'K7QM3XTP'],
    ['K7QM-3XTP', 'K7QM3XTP'],
    ['k7qm3xtp', 'K7QM3XTP'],
    ['Ｋ７ＱＭ３ＸＴＰ', 'K7QM3XTP'],
    ['ｋ７ｑｍ－３ｘｔｐ', 'K7QM3XTP'],
    ['K7QM\u30003XTP', 'K7QM3XTP'],
    ['  K7 QM 3X TP  ', 'K7QM3XTP'],
    ['K7QMー3XTP', 'K7QM3XTP'],
  ])('accepts %j as %s', (input, code) => {
    expect(normaliseOfferCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['', 'empty'],
    ['  -\u3000', 'empty'],
    ['K7QM3XT', 'tooShort'],
    ['K7QM3XTPK', 'tooLong'],
    ['K'.repeat(65), 'tooLong'],
    ['K7QM3XTO', 'badCharacter'], // letter O
    ['K7QM3XT0', 'badCharacter'], // digit zero
    ['K7QM3XTI', 'badCharacter'],
    ['K7QM3XT1', 'badCharacter'],
    ['k7qm3xtl', 'badCharacter'], // lower-case L is still L
    ['<script>', 'badCharacter'],
    ['K7QM3XT🙂', 'badCharacter'],
    ['K7QM_3XTP', 'badCharacter'],
    ['ßK7QM3X', 'badCharacter'], // would become "SS" if upper-cased first
  ] as const)('refuses %j with %s', (input, problem) => {
    expect(normaliseOfferCode(input)).toEqual({ ok: false, problem });
  });
});
