/**
 * What a camera pointed at the portal reads: the portal's QR canvas decoded by jsQR (loaded
 * on first use), so the phone reads exactly the pixels the portal drew. Null when there is
 * no QR code or it cannot be read.
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
