import { useEffect, useRef } from 'react';
import type { Effect, FlowIO } from '../../../flows/kit/flow';

/**
 * Runs the effects a flow's state asks for: each key once while it stays listed; a timer
 * (`afterMs`) waits first. A result is dropped when its key is no longer listed by then,
 * so an abandoned activation or a closed app cannot act on a later screen.
 */
export function useFlowEffects<E>(effects: Effect<E>[], io: FlowIO, dispatch: (event: E) => void, enabled: boolean): void {
  const running = useRef(new Map<string, () => void>());
  const listed = useRef(new Set<string>());
  const keys = enabled ? effects.map((e) => e.key).join('\n') : '';

  useEffect(() => {
    listed.current = new Set(keys === '' ? [] : keys.split('\n'));
    for (const [key, cancel] of running.current) {
      if (!listed.current.has(key)) {
        cancel();
        running.current.delete(key);
      }
    }
    for (const effect of enabled ? effects : []) {
      if (running.current.has(effect.key)) continue;
      let cancelled = false;
      const start = () =>
        void effect.run(io).then(
          (event) => {
            running.current.delete(effect.key);
            if (!cancelled && listed.current.has(effect.key)) dispatch(event);
          },
          () => running.current.delete(effect.key),
        );
      const timer = effect.afterMs === undefined ? undefined : setTimeout(start, effect.afterMs);
      if (timer === undefined) start();
      running.current.set(effect.key, () => {
        cancelled = true;
        if (timer !== undefined) clearTimeout(timer);
      });
    }
    // `keys` stands for `effects`: a new array with the same keys must not restart anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, enabled, io, dispatch]);

  useEffect(() => () => running.current.forEach((cancel) => cancel()), []);
}
