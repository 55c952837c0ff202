import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../../../src/flows/crypto/hex';
import { base32Decode, base32Encode, hotp, msUntilNextStep, timeStepAt, totp, verifyTotp, type OtpAlgorithm } from '../../../../src/flows/crypto/otp';
import hotpVectors from './vectors/hotp-rfc4226.json';
import totpVectors from './vectors/totp-rfc6238.json';

describe('HOTP through otplib, RFC 4226 Appendix D', () => {
  const secret = hexToBytes(hotpVectors.secretHex);
  it.each(hotpVectors.vectors)('counter $counter gives $hotp', async ({ counter, hotp: expected }) => {
    expect(await hotp({ secret, counter })).toBe(expected);
  });
});

describe('TOTP through otplib, RFC 6238 Appendix B', () => {
  const period = totpVectors.parameters.stepSeconds;
  it('has the 18 published rows', () => expect(totpVectors.vectors).toHaveLength(18));
  it.each(totpVectors.vectors)('$mode at $unixTime s gives $totp', async (row) => {
    const now = row.unixTime * 1000;
    const algorithm = row.mode.toLowerCase() as OtpAlgorithm;
    expect(timeStepAt(now, period)).toBe(row.step);
    expect(await totp({ secret: hexToBytes(row.seedHex), now, period, digits: 8, algorithm })).toBe(row.totp);
  });
});

describe('base32 (RFC 4648 §10)', () => {
  it.each([
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%s ↔ %s (unpadded)', (text, encoded) => {
    expect(base32Encode(new TextEncoder().encode(text))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(text);
  });
  it('decodes the RFC 4226 secret', () => {
    expect(base32Decode(hotpVectors.secretBase32)).toEqual(hexToBytes(hotpVectors.secretHex));
  });
});

describe('verifyTotp: one step of drift, no reuse', () => {
  const secret = hexToBytes(hotpVectors.secretHex);
  const period = 60;
  const now = 1_800_000_000_000;
  const codeAt = (offsetSteps: number) => totp({ secret, now: now + offsetSteps * period * 1000, period });

  it('accepts the current step and one step either side, with the drift', async () => {
    for (const drift of [0, -1, 1]) {
      expect(await verifyTotp({ secret, now, period, token: await codeAt(drift) })).toEqual({ ok: true, step: timeStepAt(now, period) + drift, drift });
    }
  });

  it('refuses a code two steps away', async () => {
    expect(await verifyTotp({ secret, now, period, token: await codeAt(-2) })).toEqual({ ok: false, reason: 'wrong' });
    expect(await verifyTotp({ secret, now, period, token: await codeAt(2) })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses the code of a step already used as reused, not wrong', async () => {
    const token = await codeAt(0);
    const first = await verifyTotp({ secret, now, period, token });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(await verifyTotp({ secret, now: now + 5000, period, token, lastUsedStep: step })).toEqual({ ok: false, reason: 'reused' });
    expect(await verifyTotp({ secret, now: now + 5000, period, token: '000000', lastUsedStep: step })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses anything but the right number of digits', async () => {
    for (const token of ['', '12345', '1234567', '12 3456', '１２３４５６']) {
      expect(await verifyTotp({ secret, now, period, token })).toEqual({ ok: false, reason: 'wrong' });
    }
  });

  it('counts down to the next step', () => {
    expect(msUntilNextStep(60_000 * 10, 60)).toBe(60_000);
    expect(msUntilNextStep(60_000 * 10 + 1, 60)).toBe(59_999);
  });
});
