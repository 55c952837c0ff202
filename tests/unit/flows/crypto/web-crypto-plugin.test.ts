import { createHmac, randomBytes } from 'node:crypto';
import { AlgorithmUnsupportedError } from '@otplib/core';
import { describe, expect, it } from 'vitest';
import { webCryptoPlugin } from '../../../../src/flows/crypto/web-crypto-plugin';

describe('otplib crypto plugin over Web Crypto', () => {
  it.each(['sha1', 'sha256', 'sha512'] as const)('%s HMAC equals Node’s', async (algorithm) => {
    const key = randomBytes(20);
    const data = randomBytes(8);
    const mac = await webCryptoPlugin.hmac(algorithm, key, data);
    expect(Buffer.from(mac).toString('hex')).toBe(createHmac(algorithm, key).update(data).digest('hex'));
  });

  it('accepts the spellings otplib allows and refuses other algorithms with otplib’s error', async () => {
    const key = new Uint8Array(20);
    const data = new Uint8Array(8);
    // otplib lets a plugin receive 'SHA-1' or 'Sha1' as well as 'sha1'.
    const loose = (name: string) => webCryptoPlugin.hmac(name as 'sha1', key, data);
    expect(await loose('SHA-1')).toEqual(await webCryptoPlugin.hmac('sha1', key, data));
    expect(() => loose('md5')).toThrow(AlgorithmUnsupportedError);
  });

  it('draws random bytes of the length asked and compares in constant time', () => {
    expect(webCryptoPlugin.randomBytes(16)).toHaveLength(16);
    expect(webCryptoPlugin.constantTimeEqual('123456', '123456')).toBe(true);
    expect(webCryptoPlugin.constantTimeEqual('123456', '123457')).toBe(false);
  });
});
