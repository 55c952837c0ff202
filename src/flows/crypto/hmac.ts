/**
 * HMAC and plain digests through Web Crypto (`globalThis.crypto.subtle`), which exists in
 * browsers and in Node 24, so the same code runs in the islands and in the unit tests
 * without bundling a hash library. Web Crypto is async only, hence Promise results.
 */

/** Hash names as they appear in otpauth URIs and OCRA suites. */
export type HashName = 'SHA1' | 'SHA256' | 'SHA512';

export const HASH_NAMES: readonly HashName[] = ['SHA1', 'SHA256', 'SHA512'];

const WEB_CRYPTO_NAME: Record<HashName, string> = {
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA512: 'SHA-512',
};

export function isHashName(value: string): value is HashName {
  return (HASH_NAMES as readonly string[]).includes(value);
}

/**
 * Web Crypto wants bytes backed by a plain ArrayBuffer (not a SharedArrayBuffer view);
 * copying is cheap at these sizes and keeps callers free to pass any Uint8Array.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export async function hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    ownBuffer(key),
    { name: 'HMAC', hash: WEB_CRYPTO_NAME[hash] },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, ownBuffer(message));
  return new Uint8Array(mac);
}

/** Plain SHA digest; OCRA hashes the PIN with it (the PSHAx field). */
export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  const result = await globalThis.crypto.subtle.digest(WEB_CRYPTO_NAME[hash], ownBuffer(data));
  return new Uint8Array(result);
}
