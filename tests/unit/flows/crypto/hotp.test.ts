import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../../../src/flows/crypto/hex';
import { hmac } from '../../../../src/flows/crypto/hmac';
import {
  counterBytes,
  dynamicTruncate,
  hotp,
  truncatedToDigits,
} from '../../../../src/flows/crypto/hotp';
import vectors from './vectors/hotp-rfc4226.json';

const secret = hexToBytes(vectors.secretHex);

describe('HOTP, RFC 4226 Appendix D', () => {
  it('has the ten published rows', () => {
    expect(vectors.vectors).toHaveLength(10);
  });

  describe.each(vectors.vectors)('counter $counter', (row) => {
    it(`HMAC-SHA1 is ${row.hmacSha1Hex}`, async () => {
      expect(bytesToHex(await hmac('SHA1', secret, counterBytes(row.counter)))).toBe(row.hmacSha1Hex);
    });

    it(`truncates to ${row.truncatedDecimal}`, () => {
      const truncated = dynamicTruncate(hexToBytes(row.hmacSha1Hex));
      expect(truncated).toBe(row.truncatedDecimal);
      expect(truncated.toString(16).padStart(8, '0')).toBe(row.truncatedHex);
    });

    it(`gives ${row.hotp}`, async () => {
      expect(await hotp({ secret, counter: row.counter })).toBe(row.hotp);
      expect(await hotp({ secret, counter: BigInt(row.counter) })).toBe(row.hotp);
    });

    it('agrees with otplib for 6, 7 and 8 digits', async () => {
      for (const digits of [6, 7, 8] as const) {
        const ours = await hotp({ secret, counter: row.counter, digits });
        const theirs = await generate({ strategy: 'hotp', secret, counter: row.counter, digits });
        expect(ours).toBe(theirs);
        expect(ours.endsWith(row.hotp)).toBe(true); // more digits only add on the left
      }
    });
  });
});

describe('HOTP details', () => {
  it('encodes the counter as 8 bytes big-endian', () => {
    expect(bytesToHex(counterBytes(0x0102030405))).toBe('0000000102030405');
    expect(bytesToHex(counterBytes(2n ** 64n - 1n))).toBe('ffffffffffffffff');
    expect(() => counterBytes(-1)).toThrow(RangeError);
    expect(() => counterBytes(2n ** 64n)).toThrow(RangeError);
    expect(() => counterBytes(1.5)).toThrow(RangeError);
  });

  it('zero-pads short values and keeps the low digits', () => {
    expect(truncatedToDigits(137359152, 6)).toBe('359152');
    expect(truncatedToDigits(42, 8)).toBe('00000042');
    expect(truncatedToDigits(2147483647, 10)).toBe('2147483647');
    expect(() => truncatedToDigits(42, 3)).toThrow(RangeError);
  });

  it('uses the other hash functions (checked against otplib)', async () => {
    const key32 = new TextEncoder().encode('12345678901234567890123456789012');
    for (const [algorithm, name] of [['SHA256', 'sha256'], ['SHA512', 'sha512']] as const) {
      const theirs = await generate({ strategy: 'hotp', secret: key32, counter: 7, algorithm: name, digits: 8 });
      expect(await hotp({ secret: key32, counter: 7, algorithm, digits: 8 })).toBe(theirs);
    }
  });

  it('refuses digit counts outside 6–8', async () => {
    await expect(hotp({ secret, counter: 0, digits: 5 as 6 })).rejects.toThrow(RangeError);
    await expect(hotp({ secret, counter: 0, digits: 9 as 8 })).rejects.toThrow(RangeError);
  });
});
