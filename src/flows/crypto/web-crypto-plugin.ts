/**
 * otplib's crypto plugin over Web Crypto (hmac.ts), in place of the pure-JS hashes otplib bundles
 * by default: the browser and Node 24 already compute HMAC, so a simulator ships no hash code.
 */
import { constantTimeEqual, normalizeHashAlgorithm, type CryptoPlugin, type HashAlgorithm } from '@otplib/core';
import { hmac, type HashName } from './hmac';

const HASH: Record<HashAlgorithm, HashName> = { sha1: 'SHA1', sha256: 'SHA256', sha512: 'SHA512' };

export const webCryptoPlugin: CryptoPlugin = {
  name: 'web',
  // normalizeHashAlgorithm accepts 'SHA1', 'sha-1'… and throws otplib's own error for anything else.
  hmac: (algorithm, key, data) => hmac(HASH[normalizeHashAlgorithm(algorithm)], key, data),
  randomBytes: (length) => globalThis.crypto.getRandomValues(new Uint8Array(length)),
  constantTimeEqual,
};
