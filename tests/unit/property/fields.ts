/**
 * The properties every digits-only field shares (PINs, challenges, responses, one-time
 * passwords, setup numbers), written once: each flow's file runs them on its own fields with
 * its own reason table. Nothing here names a flow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DigitsRule } from '../../../src/flows/kit/digits';
import { anyText, decorated, digitString, fullWidthDigits, RUNS } from './arbitraries';

export type FieldCheck = { ok: true; value: string } | { ok: false; problem: string };

/**
 * `check` is the field's normaliser; `reason(problem)` asserts the problem has a reason with a
 * string in both languages.
 */
export function digitsFieldProperties(label: string, check: (raw: string) => FieldCheck, rule: DigitsRule, reason: (problem: string) => void): void {
  const exact = new RegExp(`^[0-9]{${rule.min},${rule.max}}$`);

  describe(`${label} (digits ${rule.min}–${rule.max}, raw input up to ${rule.maxInput})`, () => {
    it('never throws; gives digits of an allowed length, or a problem with a reason in both languages', () => {
      fc.assert(
        fc.property(anyText, (raw) => {
          const result = check(raw);
          if (result.ok) {
            expect(result.value).toMatch(exact);
            expect(result.value.length).toBeLessThanOrEqual(rule.max);
          } else {
            reason(result.problem);
          }
          if (raw.length > rule.maxInput) expect(result).toEqual({ ok: false, problem: 'tooLong' });
        }),
        { numRuns: RUNS },
      );
    });

    it('accepts full-width digits exactly like ASCII digits', () => {
      fc.assert(
        fc.property(fc.oneof(anyText, digitString(0, rule.max + 2)), (raw) => {
          expect(check(fullWidthDigits(raw))).toEqual(check(raw));
        }),
        { numRuns: RUNS },
      );
    });

    it('accepts a valid value typed with full-width digits, spaces of every kind and hyphens (within the raw bound)', () => {
      fc.assert(
        fc.property(
          digitString(rule.min, rule.max).chain((value) => fc.tuple(fc.constant(value), decorated(value))),
          ([value, raw]) => {
            fc.pre(raw.length <= rule.maxInput);
            expect(check(raw)).toEqual({ ok: true, value });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('is idempotent: a normalised value normalises to itself', () => {
      fc.assert(
        fc.property(fc.oneof(anyText, digitString(rule.min, rule.max).chain(decorated)), (raw) => {
          const result = check(raw);
          if (result.ok) expect(check(result.value)).toEqual(result);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
