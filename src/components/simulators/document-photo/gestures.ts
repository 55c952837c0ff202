/**
 * Touch, mouse and keyboard on a picture (the viewfinder, the photo): one finger or the mouse
 * drags, two fingers pinch, Ctrl + wheel (a trackpad pinch) zooms, and the keys do the same
 * (arrows move, + and − zoom, 0 fits). Amounts are shares of the element's size.
 */
import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface GestureHandlers {
  /** Dragged by (dx, dy) shares of the element. */
  onDrag: (dx: number, dy: number) => void;
  /** Zoomed by `by` around (ax, ay) shares of the element. */
  onZoom: (by: number, ax: number, ay: number) => void;
  /** The 0 key: back to the start. */
  onFit?: () => void;
}

/** How far an arrow key moves, as a share of the element, and how much + or − zooms. */
export const KEY_STEP = 0.08;
export const KEY_ZOOM = 1.25;

type Point = { x: number; y: number };

/** One wheel or pinch step zooms by at most this factor (the flows refuse bigger jumps). */
const MAX_STEP = 1.5;
const step = (by: number) => Math.min(MAX_STEP, Math.max(1 / MAX_STEP, by));

export function useGestures(ref: RefObject<HTMLElement | null>, handlers: GestureHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const pointers = useRef(new Map<number, Point>());

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const wheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return; // a plain wheel scrolls the page
      event.preventDefault();
      const box = element.getBoundingClientRect();
      latest.current.onZoom(step(Math.exp(-event.deltaY / 200)), (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    };
    element.addEventListener('wheel', wheel, { passive: false });
    return () => element.removeEventListener('wheel', wheel);
  }, [ref]);

  const share = (p: Point) => {
    const box = ref.current?.getBoundingClientRect();
    return box && box.width > 0 && box.height > 0 ? { x: (p.x - box.left) / box.width, y: (p.y - box.top) / box.height } : null;
  };

  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      try {
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer knows (synthetic events): follow it without capture.
      }
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const all = pointers.current;
      const before = all.get(event.pointerId);
      if (before === undefined) return;
      const now = { x: event.clientX, y: event.clientY };
      if (all.size === 1) {
        const a = share(before);
        const b = share(now);
        if (a && b) latest.current.onDrag(b.x - a.x, b.y - a.y);
      } else if (all.size === 2) {
        const other = [...all.entries()].find(([id]) => id !== event.pointerId)?.[1];
        const centre = other ? share({ x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 }) : null;
        const apart = (p: Point) => (other ? Math.hypot(p.x - other.x, p.y - other.y) : 0);
        if (centre && apart(before) > 0) latest.current.onZoom(step(apart(now) / apart(before)), centre.x, centre.y);
      }
      all.set(event.pointerId, now);
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      pointers.current.delete(event.pointerId);
    },
    onPointerCancel(event: PointerEvent<HTMLElement>) {
      pointers.current.delete(event.pointerId);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const h = latest.current;
      const moves: Record<string, [number, number]> = { ArrowLeft: [KEY_STEP, 0], ArrowRight: [-KEY_STEP, 0], ArrowUp: [0, KEY_STEP], ArrowDown: [0, -KEY_STEP] };
      const move = moves[event.key];
      if (move) h.onDrag(move[0], move[1]);
      else if (event.key === '+' || event.key === '=') h.onZoom(KEY_ZOOM, 0.5, 0.5);
      else if (event.key === '-' || event.key === '_') h.onZoom(1 / KEY_ZOOM, 0.5, 0.5);
      else if (event.key === '0' && h.onFit) h.onFit();
      else return;
      event.preventDefault();
    },
  };
}
