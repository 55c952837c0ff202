import { useEffect, useRef, type RefObject } from 'react';

/** Which of `zones` (phone, portal, token …) holds `target`, or null (the header, or outside). */
export function zoneOf(target: EventTarget | null, zones: Record<string, HTMLElement | null>): string | null {
  if (!(target instanceof Node)) return null;
  for (const [name, element] of Object.entries(zones)) if (element?.contains(target)) return name;
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
