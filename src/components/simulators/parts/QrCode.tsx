import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface QrCodeProps {
  /** What the QR code carries. */
  text: string;
  /** The same code as text, printed under the QR code. */
  caption: string;
  /** Accessible name of the QR image. */
  label: string;
  /** Caption's visible label, e.g. "Code". */
  captionLabel?: string | undefined;
  /** Lets the simulator read the drawn pixels back (the camera decodes them). */
  canvasRef?: RefObject<HTMLCanvasElement | null> | undefined;
  /** Called after every successful draw (figure mode waits for it). */
  onDrawn?: (() => void) | undefined;
  /** A mark after the printed code ("practice": the code's form is the simulator's choice). */
  mark?: ReactNode;
  /** Pixel size of the drawn code. */
  size?: number;
  className?: string;
}

/** A real QR code drawn with the `qrcode` package, black on white in both themes. */
export function QrCode({ text, caption, label, captionLabel, canvasRef, onDrawn, mark, size = 176, className }: QrCodeProps) {
  const ownRef = useRef<HTMLCanvasElement | null>(null);
  const ref = canvasRef ?? ownRef;
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let cancelled = false;
    // The encoder is a chunk of its own, fetched with the first QR code, not when the simulator opens.
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toCanvas(canvas, text, {
          width: size,
          margin: 4,
          errorCorrectionLevel: 'M',
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then(() => {
        // The package sizes the canvas through its style; CSS classes decide the size instead.
        canvas.style.removeProperty('width');
        canvas.style.removeProperty('height');
        if (!cancelled) drawnRef.current?.();
      })
      .catch(() => {
        // A text too long for a QR code (or the encoder failed to load): nothing is drawn, the caption still shows the code.
      });
    return () => {
      cancelled = true;
    };
  }, [text, size, ref]);

  return (
    <figure className={`qr ${className ?? ''}`}>
      <canvas ref={ref} className="qr__canvas" role="img" aria-label={label} width={size} height={size} />
      <figcaption className="qr__caption">
        {captionLabel ? <span className="qr__caption-label">{captionLabel}</span> : null}
        <span className="qr__code" translate="no" lang="en">
          {caption}
        </span>
        {mark}
      </figcaption>
    </figure>
  );
}
