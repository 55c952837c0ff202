import { useEffect, useRef, type RefObject } from 'react';

/** The side of the simulator the reader last had focus in (null: the header or outside). */
export type Zone = 'phone' | 'portal' | null;

export function zoneOf(target: EventTarget | null, phone: HTMLElement | null, portal: HTMLElement | null): Zone {
  if (!(target instanceof Node)) return null;
  if (phone?.contains(target)) return 'phone';
  if (portal?.contains(target)) return 'portal';
  return null;
}

/**
 * When `key` changes (a new screen), focus the element matching `selector` inside
 * `container` (the screen's heading, tabIndex -1), if `allowed()` says the reader is there.
 * Not on the first render: opening the simulator must not move focus.
 */
export function useFocusOnChange(key: string, container: RefObject<HTMLElement | null>, selector: string, allowed: () => boolean) {
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    if (!allowed()) return;
    container.current?.querySelector<HTMLElement>(selector)?.focus();
  });
}
