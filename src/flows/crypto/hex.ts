/**
 * Hex <-> bytes. OCRA builds its question field as a hex string (RFC 6287 Appendix A), and
 * test vectors are published in hex, so both directions are needed outside the tests too.
 */

export class HexError extends Error {
  override readonly name = 'HexError';
  constructor(readonly reason: 'badCharacter' | 'oddLength') {
    super(`hex: ${reason}`);
  }
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (hex.length % 2 !== 0) throw new HexError('oddLength');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new HexError('badCharacter');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
