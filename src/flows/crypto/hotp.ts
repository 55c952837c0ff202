/**
 * RFC 4226 HOTP: HMAC over an 8-byte big-endian counter, dynamic truncation to 31 bits,
 * then the last `digits` decimal digits. OCRA (RFC 6287) reuses the truncation step, so
 * it is exported on its own.
 */
import { hmac, type HashName } from './hmac';

/** RFC 4226 allows 6 to 8 digits (section 5.3, R4); TOTP apps use the same range. */
export type OtpDigits = 6 | 7 | 8;

export interface HotpParams {
  secret: Uint8Array;
  counter: number | bigint;
  /** Default 6. */
  digits?: OtpDigits;
  /** Default SHA1 (RFC 4226 defines HOTP over SHA-1; RFC 6238 extends it to SHA-256/512). */
  algorithm?: HashName;
}

const MAX_COUNTER = (1n << 64n) - 1n;

/** The moving factor as 8 bytes, big-endian (RFC 4226 section 5.2). */
export function counterBytes(counter: number | bigint): Uint8Array {
  const value = BigInt(counter); // throws RangeError for fractions
  if (value < 0n || value > MAX_COUNTER) throw new RangeError(`counter out of range: ${counter}`);
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, value, false);
  return bytes;
}

/**
 * Dynamic truncation (RFC 4226 section 5.3): the low nibble of the LAST byte picks an offset
 * (so it works for 20-, 32- and 64-byte MACs alike); 4 bytes from there, top bit cleared.
 */
export function dynamicTruncate(mac: Uint8Array): number {
  const last = mac[mac.length - 1];
  if (last === undefined || mac.length < 20) throw new RangeError('HMAC too short to truncate');
  const offset = last & 0x0f;
  const view = new DataView(mac.buffer, mac.byteOffset, mac.byteLength);
  return view.getUint32(offset, false) & 0x7fffffff;
}

/**
 * The truncated value reduced to `digits` decimal digits, zero-padded on the left.
 * 4–10 digits are accepted because OCRA suites allow them; a 31-bit value has at most 10.
 */
export function truncatedToDigits(truncated: number, digits: number): string {
  if (!Number.isInteger(digits) || digits < 4 || digits > 10) {
    throw new RangeError(`unsupported number of digits: ${digits}`);
  }
  return (truncated % 10 ** digits).toString().padStart(digits, '0');
}

export async function hotp(params: HotpParams): Promise<string> {
  const { secret, counter, digits = 6, algorithm = 'SHA1' } = params;
  if (digits < 6 || digits > 8) throw new RangeError(`HOTP digits must be 6–8, got ${digits}`);
  const mac = await hmac(algorithm, secret, counterBytes(counter));
  return truncatedToDigits(dynamicTruncate(mac), digits);
}
