/**
 * Looking at a photo: zoom (1–4, as two fingers spread on the screen, or the buttons and keys
 * of the practice copy) and moving the zoomed photo, pure. A view is its zoom and the point of
 * the photo (fractions 0–1) in the middle of the screen; it never shows past the photo's edge.
 */
import type { PhotoView } from './document-photo.types';

export const PHOTO_ZOOM_MAX = 4;
export const FIT: PhotoView = { zoom: 1, x: 0.5, y: 0.5 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const finite = (...values: number[]) => values.every(Number.isFinite);

export function clampView(view: PhotoView): PhotoView {
  const zoom = clamp(view.zoom, 1, PHOTO_ZOOM_MAX);
  const half = 0.5 / zoom;
  return { zoom, x: clamp(view.x, half, 1 - half), y: clamp(view.y, half, 1 - half) };
}

/** Zoomed by `by` so that the point under (ax, ay) of the screen stays there, as with a pinch. */
export function zoomView(view: PhotoView, by: number, ax = 0.5, ay = 0.5): PhotoView | null {
  if (!finite(by, ax, ay) || by <= 0 || by > 4 || by < 0.25) return null;
  const a = { x: clamp(ax, 0, 1), y: clamp(ay, 0, 1) };
  const point = { x: view.x + (a.x - 0.5) / view.zoom, y: view.y + (a.y - 0.5) / view.zoom };
  const zoom = clamp(view.zoom * by, 1, PHOTO_ZOOM_MAX);
  return clampView({ zoom, x: point.x - (a.x - 0.5) / zoom, y: point.y - (a.y - 0.5) / zoom });
}

/** Moved by (dx, dy) shares of what is on screen. */
export function panView(view: PhotoView, dx: number, dy: number): PhotoView | null {
  if (!finite(dx, dy) || Math.abs(dx) > 2 || Math.abs(dy) > 2) return null;
  return clampView({ ...view, x: view.x + dx / view.zoom, y: view.y + dy / view.zoom });
}

/** The part of the photo on screen, in fractions: for drawing it. */
export function visiblePart(view: PhotoView): { x: number; y: number; width: number; height: number } {
  const size = 1 / view.zoom;
  return { x: view.x - size / 2, y: view.y - size / 2, width: size, height: size };
}

export const sameView = (a: PhotoView, b: PhotoView) => a.zoom === b.zoom && a.x === b.x && a.y === b.y;
