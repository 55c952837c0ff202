import { generate, verify } from 'otplib';
import { describe, expect, it } from 'vitest';
import { base32Decode } from '../../../../src/flows/crypto/base32';
import { hexToBytes } from '../../../../src/flows/crypto/hex';
import { isHashName } from '../../../../src/flows/crypto/hmac';
import { hotp } from '../../../../src/flows/crypto/hotp';
import {
  msUntilNextStep,
  timeStepAt,
  totp,
  totpForStep,
  verifyTotp,
} from '../../../../src/flows/crypto/totp';
import hotpVectors from './vectors/hotp-rfc4226.json';
import vectors from './vectors/totp-rfc6238.json';

const period = vectors.parameters.stepSeconds;
const digits = 8;

describe('TOTP, RFC 6238 Appendix B', () => {
  it('has the 18 published rows', () => {
    expect(vectors.vectors).toHaveLength(18);
  });

  describe.each(vectors.vectors)('$mode at $unixTime s', (row) => {
    const algorithm = row.mode;
    if (!isHashName(algorithm)) throw new Error(`unexpected mode ${algorithm}`);
    const secret = hexToBytes(row.seedHex);
    const now = row.unixTime * 1000;

    it(`is step ${row.step} (0x${row.stepHex})`, () => {
      expect(timeStepAt(now, period)).toBe(row.step);
      expect(row.step).toBe(Number.parseInt(row.stepHex, 16));
    });

    it(`gives ${row.totp} (otplib path)`, async () => {
      expect(await totp({ secret, now, period, digits, algorithm })).toBe(row.totp);
    });

    it(`gives ${row.totp} (own HOTP on the step)`, async () => {
      expect(await hotp({ secret, counter: row.step, digits, algorithm })).toBe(row.totp);
    });

    it('uses the seed length the RFC implies (20/32/64 bytes)', () => {
      expect(secret.length).toBe(vectors.seeds[algorithm].lengthBytes);
      expect(base32Decode(vectors.seeds[algorithm].base32)).toEqual(secret);
    });
  });
});

describe('TOTP and HOTP agree (60-second period, like the broker PC OTP app)', () => {
  const secret = hexToBytes(hotpVectors.secretHex);

  it.each(hotpVectors.vectors)('step $counter of 60 s gives HOTP $hotp', async (row) => {
    const now = row.counter * 60_000 + 59_999; // last millisecond of the step
    expect(await totp({ secret, now, period: 60 })).toBe(row.hotp);
  });

  it('matches otplib generate with epoch in seconds at many times and settings', async () => {
    const key = new TextEncoder().encode('12345678901234567890123456789012');
    for (const algorithm of ['SHA1', 'SHA256', 'SHA512'] as const) {
      for (const seconds of [0, 29, 30, 59, 60, 1_700_000_000, 2_000_000_123]) {
        const theirs = await generate({
          secret: key,
          epoch: seconds,
          period: 60,
          digits: 7,
          algorithm: algorithm.toLowerCase() as 'sha1' | 'sha256' | 'sha512',
        });
        const ours = await hotp({ secret: key, counter: Math.floor(seconds / 60), digits: 7, algorithm });
        expect(await totp({ secret: key, now: seconds * 1000, period: 60, digits: 7, algorithm })).toBe(theirs);
        expect(ours).toBe(theirs);
      }
    }
  });
});

describe('time steps', () => {
  it('counts whole periods since the epoch', () => {
    expect(timeStepAt(0)).toBe(0);
    expect(timeStepAt(29_999)).toBe(0);
    expect(timeStepAt(30_000)).toBe(1);
    expect(timeStepAt(119_999, 60)).toBe(1);
    expect(timeStepAt(120_000, 60)).toBe(2);
  });

  it('reports the time left in the current step', () => {
    expect(msUntilNextStep(0)).toBe(30_000);
    expect(msUntilNextStep(29_999)).toBe(1);
    expect(msUntilNextStep(61_000, 60)).toBe(59_000);
  });
});

describe('verifyTotp', () => {
  // With a 60 s period and 6 digits, step n's code is RFC 4226's HOTP for counter n.
  const secret = hexToBytes(hotpVectors.secretHex);
  const codeAt = (step: number) => hotpVectors.vectors[step]?.hotp ?? '';
  const atStep = (step: number) => step * 60_000 + 12_345;
  const base = { secret, period: 60 };

  it('accepts the current code', async () => {
    expect(await verifyTotp({ ...base, token: codeAt(5), now: atStep(5) })).toEqual({ ok: true, step: 5, drift: 0 });
  });

  it('accepts one step of drift either way by default', async () => {
    expect(await verifyTotp({ ...base, token: codeAt(4), now: atStep(5) })).toEqual({ ok: true, step: 4, drift: -1 });
    expect(await verifyTotp({ ...base, token: codeAt(6), now: atStep(5) })).toEqual({ ok: true, step: 6, drift: 1 });
  });

  it('rejects two steps of drift unless the window allows it', async () => {
    expect(await verifyTotp({ ...base, token: codeAt(3), now: atStep(5) })).toEqual({ ok: false, reason: 'wrong' });
    expect(await verifyTotp({ ...base, token: codeAt(7), now: atStep(5) })).toEqual({ ok: false, reason: 'wrong' });
    expect(await verifyTotp({ ...base, token: codeAt(3), now: atStep(5), window: 2 })).toEqual({
      ok: true,
      step: 3,
      drift: -2,
    });
  });

  it('accepts only the current step with window 0', async () => {
    expect(await verifyTotp({ ...base, token: codeAt(4), now: atStep(5), window: 0 })).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('rejects a code already used, and older ones, as reused', async () => {
    expect(await verifyTotp({ ...base, token: codeAt(5), now: atStep(5), lastUsedStep: 5 })).toEqual({
      ok: false,
      reason: 'reused',
    });
    expect(await verifyTotp({ ...base, token: codeAt(4), now: atStep(5), lastUsedStep: 5 })).toEqual({
      ok: false,
      reason: 'reused',
    });
    // After step 4 was used, step 5's code is still fresh.
    expect(await verifyTotp({ ...base, token: codeAt(5), now: atStep(5), lastUsedStep: 4 })).toEqual({
      ok: true,
      step: 5,
      drift: 0,
    });
  });

  it('calls a wrong code wrong even when a code was used before', async () => {
    expect(await verifyTotp({ ...base, token: '000000', now: atStep(5), lastUsedStep: 5 })).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('rejects malformed tokens as wrong without throwing', async () => {
    for (const token of ['', '28708', '2870822', 'abcdef', ' 287082', '２８７０８２']) {
      expect(await verifyTotp({ ...base, token, now: atStep(1) })).toEqual({ ok: false, reason: 'wrong' });
    }
  });

  it('does not look before step 0', async () => {
    // A non-matching code makes it try every offset, including step -1, which must be skipped.
    expect(await verifyTotp({ ...base, token: '000000', now: atStep(0) })).toEqual({ ok: false, reason: 'wrong' });
    expect(await verifyTotp({ ...base, token: codeAt(1), now: atStep(0) })).toEqual({ ok: true, step: 1, drift: 1 });
  });

  it('verifies 8-digit SHA512 codes from the RFC table', async () => {
    const row = vectors.vectors.find((v) => v.mode === 'SHA512' && v.unixTime === 1111111109);
    expect(row?.totp).toBe('25091201');
    const result = await verifyTotp({
      secret: hexToBytes(row?.seedHex ?? ''),
      token: '25091201',
      now: 1111111109_000 + 30_000, // one step later: accepted as drift -1
      digits: 8,
      algorithm: 'SHA512',
    });
    expect(result).toEqual({ ok: true, step: 37037036, drift: -1 });
  });

  it('agrees with otplib verify on the matched step', async () => {
    const token = await totpForStep(secret, 1000, { period: 60 });
    const theirs = await verify({ secret, token, epoch: 1000 * 60 + 70, period: 60, epochTolerance: 60 });
    const ours = await verifyTotp({ secret, token, now: (1000 * 60 + 70) * 1000, period: 60 });
    expect(theirs.valid).toBe(true);
    expect(ours).toEqual({ ok: true, step: 1000, drift: -1 });
    expect('timeStep' in theirs ? theirs.timeStep : undefined).toBe(1000);
  });
});
