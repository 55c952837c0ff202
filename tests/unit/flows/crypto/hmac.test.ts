import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../../../src/flows/crypto/hex';
import { digest, hmac } from '../../../../src/flows/crypto/hmac';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('hmac (Web Crypto)', () => {
  // RFC 2202 test case 2 (SHA-1) and RFC 4231 test case 2 (SHA-256/512).
  const key = ascii('Jefe');
  const message = ascii('what do ya want for nothing?');

  it('computes HMAC-SHA1', async () => {
    expect(bytesToHex(await hmac('SHA1', key, message))).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  });

  it('computes HMAC-SHA256', async () => {
    expect(bytesToHex(await hmac('SHA256', key, message))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('computes HMAC-SHA512', async () => {
    expect(bytesToHex(await hmac('SHA512', key, message))).toBe(
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    );
  });

  it('accepts a view into a larger buffer', async () => {
    const padded = new Uint8Array([0, 0, ...key, 0]);
    expect(bytesToHex(await hmac('SHA1', padded.subarray(2, 6), message))).toBe(
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    );
  });
});

describe('digest', () => {
  it('hashes the OCRA test PIN like RFC 6287', async () => {
    expect(bytesToHex(await digest('SHA1', ascii('1234')))).toBe('7110eda4d09e062aa5e4a390b0a572ac0d2c0220');
  });
});
