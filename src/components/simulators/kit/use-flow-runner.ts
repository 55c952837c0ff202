import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AnyFlow, ClockEvent, FlowStateBase, Message, Platform } from '../../../flows/kit/flow';
import { newPracticeAccount } from '../../../flows/services/practice-account';
import type { Translate } from '../../../i18n/t';
import { browserIO } from './browser-io';
import { clearPractice, saveAccountChanges, saveResume, type StorageLike } from './practice-store';
import { freshState } from './start';
import { useFlowEffects } from './use-effects';

type Replace<S> = { type: 'REPLACE'; state: S };
type Action<S> = Replace<S> | { type: string; [field: string]: unknown };
const isReplace = <S,>(action: Action<S>): action is Replace<S> => action.type === 'REPLACE' && 'state' in action;

/** How often the clock ticks while a deadline runs. */
const TICK_MS = 1000;

const say = (t: Translate, messages: Message[]) => messages.map((m) => t(m.key, m.vars)).join(' ');

/**
 * Runs any flow: the reducer, the clock (TICK while the flow ticks), its effects, the live
 * region's milestones, and persistence (the account when it changes, the whole state for the
 * language switch). Nothing of this runs in figure mode, where the state must stay put.
 */
export function useFlowRunner<S extends FlowStateBase>(flow: AnyFlow, initial: S, figure: boolean, store: StorageLike | null, t: Translate) {
  const reducer = useCallback((state: S, action: Action<S>): S => (isReplace(action) ? action.state : flow.transition(state, action)), [flow]);
  const [state, dispatch] = useReducer(reducer, initial);
  const [announcement, setAnnouncement] = useState('');
  // A replayed state may end ahead of the wall clock (an expiry): simulator time keeps that lead.
  const skew = useRef(Math.max(0, initial.clock.now - Date.now()));
  const now = useCallback(() => Date.now() + skew.current, []);
  const send = useCallback((event: { type: string }) => dispatch(event), []);

  const announce = useCallback((text: string) => {
    // A repeated message is still announced: the text changes by an invisible trailing space.
    if (text) setAnnouncement((old) => (old === text ? `${text}\u00a0` : text));
  }, []);

  const previous = useRef(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before !== state) announce(say(t, flow.milestones(before, state)));
    if (figure) return;
    saveResume(store, { flow: flow.id, version: flow.version, state });
    if (before.account !== state.account) saveAccountChanges(store, before.account, state.account);
  }, [state, figure, store, t, flow, announce]);

  const ticking = !figure && flow.ticking(state);
  useEffect(() => {
    if (!ticking) return;
    const id = setInterval(() => dispatch({ type: 'TICK', now: now() } satisfies ClockEvent), TICK_MS);
    return () => clearInterval(id);
  }, [ticking, now]);

  const effects = useMemo(() => flow.effects(state), [flow, state]);
  useFlowEffects(effects, browserIO, send, !figure);

  const timer = useCallback((type: 'PAUSE' | 'RESUME' | 'EXTEND') => dispatch({ type, now: now() } satisfies ClockEvent), [now]);

  /** Start again on `platform` (and a start option), keeping the practice account; or from a new one. */
  const restart = useCallback(
    (platform: Platform, start: string | undefined, resetAccount: boolean) => {
      if (resetAccount) clearPractice(store);
      const account = resetAccount ? newPracticeAccount() : state.account;
      const fresh = freshState<S>(flow, account, platform, now(), start);
      dispatch({ type: 'REPLACE', state: fresh });
      if (resetAccount) announce(t('sim.common.resetDone'));
    },
    [flow, store, state.account, now, announce, t],
  );

  return { state, send, now, timer, restart, announcement };
}
