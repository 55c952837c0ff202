import { useEffect, useRef } from 'react';
import { visiblePart } from '../../../flows/document-photo/document-photo.review';
import type { PhotoView, Shot } from '../../../flows/document-photo/document-photo.types';
import type { ViewContext } from './context';
import { useGestures } from './gestures';
import { PHOTO_HEIGHT, PHOTO_WIDTH, usePhoto, type Photo } from './photo-store';

function paint(canvas: HTMLCanvasElement | null, photo: Photo | null, view: PhotoView) {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx || photo === null) return false;
  const part = visiblePart(view);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(photo.image, part.x * PHOTO_WIDTH, part.y * PHOTO_HEIGHT, part.width * PHOTO_WIDTH, part.height * PHOTO_HEIGHT, 0, 0, canvas.width, canvas.height);
  return true;
}

/** A small copy of a photo (the camera's thumbnail, the mail's attachment). */
export function Thumbnail({ shot, text, onDrawn }: ViewContext & { shot: Shot }) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const photo = usePhoto(shot, text);
  useEffect(() => {
    if (paint(canvas.current, photo, { zoom: 1, x: 0.5, y: 0.5 })) onDrawn('thumbnail');
  }, [photo, onDrawn]);
  return <canvas ref={canvas} className="dp-thumb__canvas" width={90} height={120} aria-hidden="true" />;
}

/**
 * The photo on screen, zoomable: two fingers spread (pinch), Ctrl + wheel, or with focus the
 * + and − keys, the arrows to move, 0 for the whole photo. The image is the real JPEG the
 * shutter made.
 */
export function PhotoCanvas(ctx: ViewContext & { shot: Shot; view: PhotoView; label: string }) {
  const { send, t, text, onDrawn, shot, view, label } = ctx;
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const surface = useRef<HTMLDivElement | null>(null);
  const photo = usePhoto(shot, text);
  useEffect(() => {
    if (paint(canvas.current, photo, view)) onDrawn('photo');
  }, [photo, view, onDrawn]);
  const gestures = useGestures(surface, {
    onDrag: (dx, dy) => send({ type: 'PHOTO_PAN', dx: -dx, dy: -dy }),
    onZoom: (by, ax, ay) => send({ type: 'PHOTO_ZOOM', by, ax, ay }),
    onFit: () => send({ type: 'PHOTO_FIT' }),
  });
  return (
    <div
      ref={surface}
      className="dp-photo__surface"
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby="sim-dp-photo-keys"
      data-zoom={view.zoom.toFixed(2)}
      {...gestures}
    >
      <canvas ref={canvas} className="dp-photo__canvas" width={600} height={800} aria-hidden="true" />
      <span className="sim-sr-only" id="sim-dp-photo-keys">
        {t('sim.document-photo.photo.keys')}
      </span>
    </div>
  );
}
