import { describe, expect, it } from 'vitest';
import { Base32Error, base32Decode, base32Encode } from '../../../../src/flows/crypto/base32';

const ascii = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** RFC 4648 section 10 test vectors. */
const RFC4648: ReadonlyArray<[string, string]> = [
  ['', ''],
  ['f', 'MY======'],
  ['fo', 'MZXQ===='],
  ['foo', 'MZXW6==='],
  ['foob', 'MZXW6YQ='],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI======'],
];

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof Base32Error ? error.reason : 'untyped';
  }
  return undefined;
}

describe('base32Encode', () => {
  it.each(RFC4648)('encodes %j as %j (RFC 4648)', (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
  });

  it('drops padding on request (otpauth style)', () => {
    expect(base32Encode(ascii('foobar'), { padding: false })).toBe('MZXW6YTBOI');
  });

  it('encodes the RFC 4226 secret as published in the vectors', () => {
    expect(base32Encode(ascii('12345678901234567890'))).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
});

describe('base32Decode', () => {
  it.each(RFC4648)('decodes %j from %j (RFC 4648)', (plain, encoded) => {
    expect(text(base32Decode(encoded))).toBe(plain);
  });

  it('tolerates lower case, spaces and missing padding', () => {
    expect(text(base32Decode('mzxw 6ytb oi'))).toBe('foobar');
    expect(text(base32Decode(' MZXW6YQ '))).toBe('foob');
    expect(text(base32Decode('mzxq'))).toBe('fo');
  });

  it('round-trips every byte value and every length up to 40', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base32Decode(base32Encode(all))).toEqual(all);
    for (let length = 0; length <= 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) & 0xff);
      expect(base32Decode(base32Encode(bytes, { padding: false }))).toEqual(bytes);
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
  });

  it('rejects characters outside the alphabet with a typed error', () => {
    expect(reasonOf(() => base32Decode('MZXW1YTB'))).toBe('badCharacter'); // 1 is not base32
    expect(reasonOf(() => base32Decode('MZXW0YTB'))).toBe('badCharacter');
    expect(reasonOf(() => base32Decode('MZ=W6YTB'))).toBe('badCharacter'); // padding inside
    expect(reasonOf(() => base32Decode('MZXW-6YTB'))).toBe('badLength');
    const error = (() => {
      try {
        base32Decode('MZXW8YTB');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(Base32Error);
    expect((error as Base32Error).position).toBe(4);
  });

  it('rejects lengths no encoder can produce', () => {
    expect(reasonOf(() => base32Decode('M'))).toBe('badLength');
    expect(reasonOf(() => base32Decode('MZX'))).toBe('badLength');
    expect(reasonOf(() => base32Decode('MZXW6Y'))).toBe('badLength');
  });
});
