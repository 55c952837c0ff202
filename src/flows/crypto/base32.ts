/**
 * RFC 4648 base32 (the "standard" alphabet A–Z, 2–7), as used by otpauth:// secrets.
 * Encoding is strict; decoding is tolerant of what people and authenticator apps actually
 * produce (lower case, spaces, missing "=" padding) but never guesses at bad characters.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Why a base32 text could not be decoded. */
export type Base32Problem = 'badCharacter' | 'badLength';

export class Base32Error extends Error {
  override readonly name = 'Base32Error';
  constructor(
    readonly reason: Base32Problem,
    /** Index in the cleaned-up text (spaces and padding removed) where decoding stopped. */
    readonly position: number,
  ) {
    super(`base32: ${reason} at ${position}`);
  }
}

export interface Base32EncodeOptions {
  /** RFC 4648 "=" padding to a multiple of 8 characters (default true; otpauth URIs drop it). */
  padding?: boolean;
}

export function base32Encode(bytes: Uint8Array, options: Base32EncodeOptions = {}): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff; // only the unread low bits matter
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  if (options.padding ?? true) {
    while (out.length % 8 !== 0) out += '=';
  }
  return out;
}

/**
 * A group of 8 characters carries 5 bytes; a final partial group can only have 2, 4, 5 or 7
 * characters (1–4 bytes). Any other remainder means characters were lost or added.
 */
const VALID_REMAINDERS = new Set([0, 2, 4, 5, 7]);

export function base32Decode(text: string): Uint8Array {
  const cleaned = text.replace(/\s+/g, '').toUpperCase().replace(/=+$/, '');
  if (!VALID_REMAINDERS.has(cleaned.length % 8)) {
    throw new Base32Error('badLength', cleaned.length);
  }
  const out = new Uint8Array(Math.floor((cleaned.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const value = ALPHABET.indexOf(cleaned.charAt(i));
    if (value < 0) throw new Base32Error('badCharacter', i); // includes "=" inside the text
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >>> bits) & 0xff;
    }
  }
  // Leftover bits (< 8) are the zero fill of the last character; they carry no data.
  return out;
}
