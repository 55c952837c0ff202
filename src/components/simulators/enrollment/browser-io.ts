/**
 * The simulator's contact with the browser: randomness, Web Crypto and the QR decoder.
 * Nothing here touches the network.
 */
import { base32Encode } from '../../../flows/crypto/base32';

/** Random bytes for offer codes (crypto.getRandomValues). */
export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** Bytes of the device secret: 160 bits, the HMAC-SHA-1 key size of OCRA and HOTP. */
const SECRET_BYTES = 20;

/** A fresh device secret, made as an HMAC key by Web Crypto and exported; base32. */
export async function newDeviceSecret(): Promise<string> {
  try {
    const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: SECRET_BYTES * 8 }, true, ['sign']);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
    if (raw.length === SECRET_BYTES) return base32Encode(raw);
  } catch {
    // No SubtleCrypto (an insecure context): the same amount of randomness another way.
  }
  return base32Encode(randomBytes(SECRET_BYTES));
}

/**
 * What a camera pointed at the portal reads: the portal's QR canvas decoded by jsQR
 * (loaded on first use). Null when there is no QR code or it cannot be read.
 */
export async function decodeQrCanvas(canvas: HTMLCanvasElement | null): Promise<string | null> {
  if (!canvas || canvas.width === 0 || canvas.height === 0) return null;
  try {
    const context = canvas.getContext('2d');
    if (!context) return null;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const { default: jsQR } = await import('jsqr');
    return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  } catch {
    return null;
  }
}
