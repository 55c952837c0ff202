import { describe, expect, it } from 'vitest';
import { newPracticeAccount, withIbKey } from '../../../../src/flows/services/practice-account';
import {
  checkActivation,
  MAX_WRONG_ATTEMPTS,
  newOffer,
  normalisePin,
  OFFER_TTL_MS,
  type Offer,
} from '../../../../src/flows/services/activation-offers';

const T0 = 1_000_000;
const fresh = newPracticeAccount();
const enrolled = withIbKey(fresh, 'ios', 'JBSWY3DPEHPK3PXP');
const offer = (change: Partial<Offer> = {}): Offer => ({ ...newOffer('K7QM3XTP', T0), ...change });

describe('offers', () => {
  it('live five minutes', () => {
    expect(OFFER_TTL_MS).toBe(300_000);
    expect(newOffer('K7QM3XTP', T0)).toEqual({ code: 'K7QM3XTP', issuedAt: T0, expiresAt: T0 + 300_000, used: false, wrongAttempts: 0 });
  });
});

describe('checkActivation', () => {
  it('accepts the right code and spends the offer', () => {
    expect(checkActivation(fresh, offer(), 'K7QM3XTP', T0 + 1)).toEqual({ ok: true, offer: offer({ used: true }) });
  });

  it('says alreadyEnrolled before anything else', () => {
    const dead = offer({ used: true, wrongAttempts: 3 });
    expect(checkActivation(enrolled, dead, 'XXXXXXXX', T0 + 10 * OFFER_TTL_MS)).toEqual({ ok: false, failure: 'alreadyEnrolled', offer: dead });
    expect(checkActivation(enrolled, null, 'K7QM3XTP', T0)).toMatchObject({ failure: 'alreadyEnrolled' });
  });

  it('says notLoggedIn without an offer', () => {
    expect(checkActivation(fresh, null, 'K7QM3XTP', T0)).toEqual({ ok: false, failure: 'notLoggedIn', offer: null });
  });

  it('says usedOrExpired at the expiry instant and after, and for a used offer, without counting', () => {
    expect(checkActivation(fresh, offer(), 'K7QM3XTP', T0 + OFFER_TTL_MS - 1).ok).toBe(true);
    expect(checkActivation(fresh, offer(), 'K7QM3XTP', T0 + OFFER_TTL_MS)).toEqual({ ok: false, failure: 'usedOrExpired', offer: offer() });
    expect(checkActivation(fresh, offer({ used: true }), 'WRONGCDE', T0)).toEqual({ ok: false, failure: 'usedOrExpired', offer: offer({ used: true }) });
  });

  it('counts wrong codes and burns the offer on the third', () => {
    expect(MAX_WRONG_ATTEMPTS).toBe(3);
    const first = checkActivation(fresh, offer(), 'K7QM3XPT', T0);
    expect(first).toEqual({ ok: false, failure: 'wrongCode', offer: offer({ wrongAttempts: 1 }) });
    const second = checkActivation(fresh, offer({ wrongAttempts: 1 }), 'K7QM3XPT', T0);
    expect(second).toEqual({ ok: false, failure: 'wrongCode', offer: offer({ wrongAttempts: 2 }) });
    const third = checkActivation(fresh, offer({ wrongAttempts: 2 }), 'K7QM3XPT', T0);
    expect(third).toEqual({ ok: false, failure: 'tooManyAttempts', offer: offer({ wrongAttempts: 3, used: true }) });
    const after = checkActivation(fresh, offer({ wrongAttempts: 3, used: true }), 'K7QM3XTP', T0);
    expect(after).toMatchObject({ ok: false, failure: 'tooManyAttempts' });
  });
});

describe('normalisePin', () => {
  it.each([
    ['1234', '1234'],
    ['123456', '123456'],
    ['１２３４', '1234'],
    ['12 34', '1234'],
    ['\u30001234\u3000', '1234'],
  ])('accepts %j as %s', (input, pin) => {
    expect(normalisePin(input)).toEqual({ ok: true, pin });
  });

  it.each([
    ['', 'empty'],
    ['123', 'tooShort'],
    ['1234567', 'tooLong'],
    ['1'.repeat(17), 'tooLong'],
    ['12a4', 'notDigits'],
    ['abcd', 'notDigits'],
    ['12.4', 'notDigits'],
    ['١٢٣٤', 'notDigits'], // Arabic-Indic digits are not ASCII digits, even after NFKC
    ['<script>', 'notDigits'],
  ] as const)('refuses %j with %s', (input, problem) => {
    expect(normalisePin(input)).toEqual({ ok: false, problem });
  });
});
