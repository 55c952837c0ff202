import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../../../src/flows/crypto/hex';
import { base32Encode } from '../../../../src/flows/crypto/otp';
import { seededIO } from '../../../../src/flows/kit/replay';
import {
  appCode, checkDisplayName, checkSetupNumber, formatSetupNumber, issueSetupNumber, judgeOtp, msLeftInStep, newSetupNumber, NO_SETUP_NUMBERS,
  OTP_PERIOD_MS, otpStepAt, redeemSetupNumber,
} from '../../../../src/flows/services/otp-registrations';
import totpVectors from '../crypto/vectors/totp-rfc6238.json';

const SHA1_ROWS = totpVectors.vectors.filter((row) => row.mode === 'SHA1');
const secret = base32Encode(hexToBytes(totpVectors.seeds.SHA1.hex));

describe('the app’s codes: TOTP through otplib, checked against RFC 6238 Appendix B', () => {
  it('uses the published SHA-1 rows', () => expect(SHA1_ROWS).toHaveLength(6));
  // The RFC's rows use 30-second steps and 8 digits. With 60-second steps, time 2T falls in step
  // floor(2T / 60) = floor(T / 30): the same counter, so the 6-digit code is the row's last 6 digits.
  it.each(SHA1_ROWS)('at $unixTime s (step $step of 30 s) the 60-second, 6-digit code is the last 6 digits of $totp', async (row) => {
    const now = 2 * row.unixTime * 1000;
    expect(otpStepAt(now)).toBe(row.step);
    expect(await appCode(secret, now)).toBe(row.totp.slice(-6));
  });

  it('counts the time left to the end of the 60-second step', () => {
    expect(msLeftInStep(10 * OTP_PERIOD_MS)).toBe(OTP_PERIOD_MS);
    expect(msLeftInStep(10 * OTP_PERIOD_MS + 59_999)).toBe(1);
  });
});

describe('the server’s verdict on a code', () => {
  const now = 1_800_000_000_000;
  const registration = { displayName: 'Home PC', secret };
  const codeAt = (steps: number) => appCode(secret, now + steps * OTP_PERIOD_MS);
  const step = otpStepAt(now);

  it('accepts the current step and one step of drift either side', async () => {
    for (const drift of [-1, 0, 1]) expect(await judgeOtp(registration, await codeAt(drift), now)).toEqual({ ok: true, step: step + drift });
  });

  it('calls a code two to thirty steps old expired, and anything else wrong', async () => {
    expect(await judgeOtp(registration, await codeAt(-2), now)).toEqual({ ok: false, reason: 'expired' });
    expect(await judgeOtp(registration, await codeAt(-30), now)).toEqual({ ok: false, reason: 'expired' });
    expect(await judgeOtp(registration, await codeAt(2), now)).toEqual({ ok: false, reason: 'wrong' });
    const current = await codeAt(0);
    const typo = current.slice(0, 5) + String((Number(current[5]) + 1) % 10);
    expect((await judgeOtp(registration, typo, now)).ok).toBe(false);
  });

  it('refuses a code of a step already used as reused, while a later step’s code works', async () => {
    const used = { ...registration, lastUsedStep: step };
    expect(await judgeOtp(used, await codeAt(0), now)).toEqual({ ok: false, reason: 'reused' });
    expect(await judgeOtp(used, await codeAt(-1), now)).toEqual({ ok: false, reason: 'reused' });
    expect(await judgeOtp(used, await codeAt(1), now)).toEqual({ ok: true, step: step + 1 });
  });

  it('says so when no app is registered', async () => {
    expect(await judgeOtp(undefined, '123456', now)).toEqual({ ok: false, reason: 'notRegistered' });
  });
});

describe('setup numbers', () => {
  it('are 12 digits, drawn uniformly, and shown in groups of four', () => {
    const io = seededIO(42);
    const numbers = Array.from({ length: 2000 }, () => newSetupNumber(io.randomBytes));
    for (const n of numbers) expect(n).toMatch(/^[0-9]{12}$/);
    const counts = Array.from({ length: 10 }, (_, d) => numbers.join('').split(String(d)).length - 1);
    for (const count of counts) expect(count).toBeGreaterThan(2000 * 12 * 0.08);
    expect(formatSetupNumber('418270359164')).toBe('4182 7035 9164');
  });

  it('reject bytes that would bias the digits, and fail loudly on a broken source', () => {
    expect(newSetupNumber(() => new Uint8Array([250, 251, 255, 7]))).toBe('777777777777');
    expect(() => newSetupNumber((n) => new Uint8Array(n).fill(255))).toThrow();
  });

  it('live once: issue, register, then the same number is used', () => {
    const issued = issueSetupNumber(NO_SETUP_NUMBERS, '111122223333');
    const redeemed = redeemSetupNumber(issued, '111122223333');
    expect(redeemed.ok).toBe(true);
    if (!redeemed.ok) return;
    expect(redeemed.numbers.current).toBeUndefined();
    expect(redeemSetupNumber(redeemed.numbers, '111122223333')).toEqual({ ok: false, reason: 'used' });
  });

  it('a newer number makes the earlier one stale; a number never issued is unknown (mistyped)', () => {
    const second = issueSetupNumber(issueSetupNumber(NO_SETUP_NUMBERS, '111122223333'), '444455556666');
    expect(redeemSetupNumber(second, '111122223333')).toEqual({ ok: false, reason: 'stale' });
    expect(redeemSetupNumber(second, '111122223334')).toEqual({ ok: false, reason: 'unknown' });
    expect(redeemSetupNumber(second, '444455556666').ok).toBe(true);
    expect(redeemSetupNumber(NO_SETUP_NUMBERS, '444455556666')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('remember only the last five superseded and used numbers', () => {
    let numbers = NO_SETUP_NUMBERS;
    for (let i = 0; i < 8; i++) numbers = issueSetupNumber(numbers, String(i).repeat(12));
    expect(numbers.earlier).toHaveLength(5);
    expect(numbers.earlier[0]).toBe('666666666666');
  });

  it('are read like a real form: full-width digits, spaces and hyphens are fine, letters and wrong lengths are not', () => {
    expect(checkSetupNumber('４１８２ ７０３５ ９１６４')).toEqual({ ok: true, value: '418270359164' });
    expect(checkSetupNumber('4182-7035-9164')).toEqual({ ok: true, value: '418270359164' });
    expect(checkSetupNumber('4182 7035 91b4')).toEqual({ ok: false, problem: 'notDigits' });
    expect(checkSetupNumber('4182 7035')).toEqual({ ok: false, problem: 'tooShort' });
    expect(checkSetupNumber('4182 7035 9164 1')).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkSetupNumber(' ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkSetupNumber('1'.repeat(65))).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('display names', () => {
  it('take any name of 1 to 20 characters, trimmed', () => {
    expect(checkDisplayName('  Home PC ')).toEqual({ ok: true, value: 'Home PC' });
    expect(checkDisplayName('自宅のパソコン')).toEqual({ ok: true, value: '自宅のパソコン' });
    expect(checkDisplayName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkDisplayName('\u200B\u0007 \u3000')).toEqual({ ok: false, problem: 'empty' });
    expect(checkDisplayName('👩\u200D💻 PC')).toEqual({ ok: true, value: '👩\u200D💻 PC' });
    expect(checkDisplayName('a'.repeat(21))).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkDisplayName('😀'.repeat(20))).toEqual({ ok: true, value: '😀'.repeat(20) });
  });
});
