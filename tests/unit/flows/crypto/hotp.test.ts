import { dynamicTruncate, truncateDigits } from '@otplib/core';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../../../src/flows/crypto/hex';
import { hmac } from '../../../../src/flows/crypto/hmac';
import vectors from './vectors/hotp-rfc4226.json';

/**
 * OCRA reuses HOTP's building blocks: HMAC on Web Crypto (ours) and the dynamic truncation
 * (otplib's). RFC 4226's intermediate values pin both down, step by step.
 */
const secret = hexToBytes(vectors.secretHex);
const counter8 = (n: number) => hexToBytes(n.toString(16).padStart(16, '0'));

describe.each(vectors.vectors)('RFC 4226 counter $counter', (row) => {
  it(`HMAC-SHA1 on Web Crypto is ${row.hmacSha1Hex}`, async () => {
    expect(bytesToHex(await hmac('SHA1', secret, counter8(row.counter)))).toBe(row.hmacSha1Hex);
  });

  it(`truncates to ${row.truncatedDecimal}, then to ${row.hotp}`, () => {
    const truncated = dynamicTruncate(hexToBytes(row.hmacSha1Hex));
    expect(truncated).toBe(row.truncatedDecimal);
    expect(truncateDigits(truncated, 6)).toBe(row.hotp);
  });
});
