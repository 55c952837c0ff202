/**
 * Properties of the kit's input normalisation (src/flows/kit/normalise.ts, digits.ts) and of
 * the stored practice account, on arbitrary text: never throwing, idempotence, bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigits, typed, type DigitsProblem } from '../../../src/flows/kit/digits';
import { fitsLength, normaliseCompact, stripSeparators, toHalfWidth } from '../../../src/flows/kit/normalise';
import { newPracticeAccount, parseAccount, withIbKey, withMessageSettings, withPcOtp, withToken } from '../../../src/flows/services/practice-account';
import { anyText, fullWidthAscii, HYPHENS, INVISIBLES, RUNS, SPACES } from './arbitraries';
import { digitsFieldProperties } from './fields';

const printableAscii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
/** What stripSeparators removes: every space (\s), the zero-width characters, the hyphen look-alikes. */
const SEPARATOR = /[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212\uFE63\uFF0D\u30FC\uFF70]/;

describe('toHalfWidth (NFKC)', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = toHalfWidth(raw);
        expect(toHalfWidth(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('turns full-width ASCII and the ideographic space into their half-width forms', () => {
    fc.assert(
      fc.property(printableAscii, (ascii) => {
        expect(toHalfWidth(fullWidthAscii(ascii).replace(/ /g, '\u3000'))).toBe(ascii);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('stripSeparators', () => {
  it('never throws, leaves no separator, never lengthens, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const stripped = stripSeparators(raw);
        expect(stripped).not.toMatch(SEPARATOR);
        expect(stripped.length).toBeLessThanOrEqual(raw.length);
        expect(stripSeparators(stripped)).toBe(stripped);
      }),
      { numRuns: RUNS },
    );
  });

  it('removes every kind of space, invisible and hyphen look-alike wherever it is', () => {
    fc.assert(
      fc.property(printableAscii.map((s) => s.replace(/[\s-]/g, '')), fc.array(fc.constantFrom(...SPACES, ...INVISIBLES.slice(0, 4), ...HYPHENS)), (text, junk) => {
        const mixed = junk.reduce((acc, j, i) => acc.slice(0, i % (acc.length + 1)) + j + acc.slice(i % (acc.length + 1)), text);
        expect(stripSeparators(mixed)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normaliseCompact', () => {
  it('refuses raw input past the bound before anything else, never throws otherwise', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 128 }), (raw, max) => {
        const result = normaliseCompact(raw, max);
        expect(result.ok).toBe(fitsLength(raw, max));
        expect(fitsLength(raw, max)).toBe(raw.length <= max);
        if (result.ok) expect(result.value).not.toMatch(SEPARATOR);
        else expect(result.problem).toBe('tooLong');
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent: the compact form of a compact value is itself', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normaliseCompact(raw, Number.MAX_SAFE_INTEGER);
        if (!once.ok) return;
        expect(normaliseCompact(once.value, Number.MAX_SAFE_INTEGER)).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('checkDigits (the rule of every digits-only field)', () => {
  const PROBLEMS: readonly DigitsProblem[] = ['empty', 'notDigits', 'tooShort', 'tooLong'];
  digitsFieldProperties('a 4–6 digit field', (raw) => checkDigits(raw, { min: 4, max: 6, maxInput: 16 }), { min: 4, max: 6, maxInput: 16 }, (problem) => {
    expect(PROBLEMS).toContain(problem);
  });

  it('on any rule: a value within the rule, or the one problem that explains it', () => {
    const rule = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 64 }))
      .map(([min, extra, slack]) => ({ min, max: min + extra, maxInput: min + extra + slack }));
    fc.assert(
      fc.property(anyText, rule, (raw, r) => {
        const result = checkDigits(raw, r);
        if (result.ok) {
          expect(result.value).toMatch(/^[0-9]+$/);
          expect(result.value.length).toBeGreaterThanOrEqual(r.min);
          expect(result.value.length).toBeLessThanOrEqual(r.max);
        } else {
          expect(PROBLEMS).toContain(result.problem);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('typed (what a field keeps while the reader types)', () => {
  it('keeps the text within the bound, or the previous text with tooLong', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.integer({ min: 0, max: 256 }), (previous, value, max) => {
        const result = typed(previous, value, max);
        expect(result).toEqual(value.length > max ? { value: previous, tooLong: true } : { value, tooLong: false });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the stored practice account', () => {
  it('parseAccount never throws: anything from storage is an account or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ username: fc.constantFrom('practice.user', 'x'), ibKey: fc.anything(), pcOtp: fc.anything() })), (value) => {
        const account = parseAccount(value);
        if (account !== null) expect(parseAccount(JSON.parse(JSON.stringify(account)))).toEqual(account);
      }),
      { numRuns: RUNS },
    );
  });

  it('every account the helpers build is stored and read back as itself', () => {
    const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const account = fc
      .record({
        ibKey: fc.option(fc.constantFrom('ios', 'android') as fc.Arbitrary<'ios' | 'android'>),
        token: fc.boolean(),
        settings: fc.boolean(),
      })
      .map(({ ibKey, token, settings }) => {
        let a = newPracticeAccount();
        if (ibKey !== null) a = withIbKey(a, ibKey, SECRET, ibKey === 'android' ? '2468' : undefined);
        if (token) a = withToken(a, SECRET, '1357');
        if (settings) a = withMessageSettings(a, { first: 'ja', second: 'en', delivery: 'sms' }) ?? a;
        return withPcOtp(a, 'Home PC', SECRET);
      });
    fc.assert(
      fc.property(account, (a) => {
        expect(parseAccount(JSON.parse(JSON.stringify(a)))).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('counterexamples found by the properties', () => {
  it('normaliseCompact is idempotent when a removed space separated a letter from its combining mark', () => {
    // Found by "is idempotent" above: half-width ｶ, a space, the combining voiced mark U+3099.
    const once = normaliseCompact('ｶ \u3099', 64);
    expect(once).toEqual({ ok: true, value: 'ガ' });
    expect(normaliseCompact('ガ', 64)).toEqual(once);
  });
});
