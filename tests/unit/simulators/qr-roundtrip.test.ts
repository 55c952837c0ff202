import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { offerQrText, parseOfferQrText } from '../../../src/flows/services/activation-offers';

/** The QR symbol drawn as RGBA pixels the way QrCode.tsx draws it: black on white, 4-module margin. */
function rasterise(text: string, scale = 4, margin = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / scale) - margin;
      const my = Math.floor(y / scale) - margin;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      if (dark) data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  }
  return { data, size };
}

describe('the portal QR code', () => {
  it('carries the offer: what the camera decodes parses back to the code', () => {
    const text = offerQrText('K7QM3XTP');
    const { data, size } = rasterise(text);
    const decoded = jsQR(data, size, size, { inversionAttempts: 'dontInvert' });
    expect(decoded?.data).toBe(text);
    expect(parseOfferQrText(decoded?.data ?? '')).toBe('K7QM3XTP');
  });
});
