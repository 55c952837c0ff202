/**
 * The drawn desk the practice camera looks at, in desk units: a desk, and on it a page of A4
 * proportions. The camera sees a 3:4 window of it; zoom 1 shows 900 × 1200 units, zoom 3 a
 * third of that. Pure geometry, shared by the rules (what a photo shows) and the drawing.
 */
import type { Frame } from './document-photo.types';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const DESK = { width: 1200, height: 1600 } as const;
/** The document on the desk (210 × 297 proportions). */
export const PAGE: Rect = { x0: 560, y0: 430, x1: 1080, y1: 1165 };
/** What the camera sees at zoom 1. */
export const VIEW = { width: 900, height: 1200 } as const;
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 3;
/** Where the camera points when it opens: the page is partly outside the frame and small. */
export const START_FRAME: Frame = { x: 450, y: 700, zoom: 1 };
/** The largest single move or zoom step an event may ask for (a drag sends many small ones). */
export const MAX_MOVE = 600;
export const MAX_ZOOM_STEP = 2;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export const viewSize = (zoom: number) => ({ width: VIEW.width / zoom, height: VIEW.height / zoom });

/** The frame made possible: zoom within its range, the view inside the desk. */
export function clampFrame(frame: Frame): Frame {
  const zoom = clamp(frame.zoom, ZOOM_MIN, ZOOM_MAX);
  const { width, height } = viewSize(zoom);
  return { zoom, x: clamp(frame.x, width / 2, DESK.width - width / 2), y: clamp(frame.y, height / 2, DESK.height - height / 2) };
}

export function viewRect(frame: Frame): Rect {
  const { width, height } = viewSize(frame.zoom);
  return { x0: frame.x - width / 2, y0: frame.y - height / 2, x1: frame.x + width / 2, y1: frame.y + height / 2 };
}

export const area = (r: Rect) => Math.max(0, r.x1 - r.x0) * Math.max(0, r.y1 - r.y0);

export function intersect(a: Rect, b: Rect): Rect {
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** The frame moved by (dx, dy) desk units; null for a move no phone makes (not a number, too far at once). */
export function moved(frame: Frame, dx: number, dy: number): Frame | null {
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || Math.abs(dx) > MAX_MOVE || Math.abs(dy) > MAX_MOVE) return null;
  return clampFrame({ ...frame, x: frame.x + dx, y: frame.y + dy });
}

/** The frame zoomed by `by` around its centre; null for a step no phone makes. */
export function zoomed(frame: Frame, by: number): Frame | null {
  if (!Number.isFinite(by) || by <= 0 || by > MAX_ZOOM_STEP || by < 1 / MAX_ZOOM_STEP) return null;
  return clampFrame({ ...frame, zoom: frame.zoom * by });
}

/**
 * The reader's own shadow when it falls on the desk: they stand at the bottom of the picture,
 * so it is an ellipse rising from the bottom edge of what the camera sees.
 */
export function shadowEllipse(frame: Frame): { cx: number; cy: number; rx: number; ry: number } {
  const view = viewRect(frame);
  const { width, height } = viewSize(frame.zoom);
  return { cx: (view.x0 + view.x1) / 2, cy: view.y1, rx: width * 0.42, ry: height * 0.6 };
}
