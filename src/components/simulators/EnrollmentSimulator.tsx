import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { transition } from '../../flows/enrollment/enrollment.machine';
import { isCountdownPaused, offerStatus } from '../../flows/enrollment/enrollment.selectors';
import type { EnrollmentEvent, EnrollmentState, Platform } from '../../flows/enrollment/enrollment.types';
import { newOfferCode } from '../../flows/services/enrollment-offers';
import { newPracticeAccount } from '../../flows/services/practice-account';
import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/t';
import { decodeQrCanvas, newDeviceSecret, randomBytes } from './enrollment/browser-io';
import { freshState, initialState } from './enrollment/initial-state';
import { milestones } from './enrollment/milestones';
import { SimulatorHeader } from './enrollment/SimulatorHeader';
import { EnrollmentView } from './EnrollmentView';
import { clearPractice, saveAccount, saveSimState, sessionStore } from './practice-storage';

type Action = EnrollmentEvent | { type: 'REPLACE'; state: EnrollmentState };

const reducer = (state: EnrollmentState, action: Action): EnrollmentState =>
  action.type === 'REPLACE' ? action.state : transition(state, action);

/** How long the simulated app store takes to install the app. */
const INSTALL_MS = 1500;

export interface EnrollmentSimulatorProps {
  lang: Locale;
  /** A named state, 'resume', or null for a fresh start from the practice account. */
  start: string | null;
  figure: boolean;
}

/**
 * Wiring only: state, clock, randomness, Web Crypto, the camera's QR decoding and
 * sessionStorage. Everything the reader sees is EnrollmentView's.
 */
export function EnrollmentSimulator({ lang, start, figure }: EnrollmentSimulatorProps) {
  const t = useMemo(() => translator(lang), [lang]);
  const store = useMemo(sessionStore, []);
  const [init] = useState(() => initialState(start, store));
  const [state, dispatch] = useReducer(reducer, init.state);
  const [announcement, setAnnouncement] = useState('');
  // Named states may end ahead of the real clock (an expiry replayed): simulator time keeps that lead.
  const skew = useRef(Math.max(0, init.state.clock.now - Date.now()));
  const now = useCallback(() => Date.now() + skew.current, []);

  // Persistence: the whole state for 'resume'; the account only when the reader changed it.
  const prev = useRef(state);
  useEffect(() => {
    const before = prev.current;
    prev.current = state;
    if (before !== state) {
      const said = milestones(before, state).map((m) => t(m.key, m.vars)).join(' ');
      // A repeated message is still announced: the text changes by an invisible trailing space.
      if (said) setAnnouncement((old) => (old === said ? `${said}\u00a0` : said));
    }
    if (figure) return;
    saveSimState(store, state);
    if (before.account !== state.account) saveAccount(store, state.account);
  }, [state, figure, store, t]);

  // The clock: only while a live offer is counting down; never in figure mode.
  const ticking = !figure && offerStatus(state) === 'live' && !isCountdownPaused(state);
  useEffect(() => {
    if (!ticking) return;
    const id = setInterval(() => dispatch({ type: 'TICK', now: now() }), 1000);
    return () => clearInterval(id);
  }, [ticking, now]);

  // Activation: a fresh 20-byte device secret from Web Crypto, back as an event.
  const activating = state.phone.screen === 'activating' ? state.phone.code : null;
  useEffect(() => {
    if (activating === null) return;
    let cancelled = false;
    void newDeviceSecret().then((secret) => {
      if (!cancelled) dispatch({ type: 'SECRET_CREATED', secret });
    });
    return () => {
      cancelled = true;
    };
  }, [activating]);

  const installing = state.phone.screen === 'app-store' && state.phone.installing;
  useEffect(() => {
    if (!installing || figure) return;
    const id = setTimeout(() => dispatch({ type: 'INSTALL_FINISHED' }), INSTALL_MS);
    return () => clearTimeout(id);
  }, [installing, figure]);

  const portalQrRef = useRef<HTMLCanvasElement | null>(null);
  const pointCamera = useCallback(() => {
    void decodeQrCanvas(portalQrRef.current).then((decoded) => dispatch({ type: 'POINT_CAMERA', decoded }));
  }, []);
  const portalLogIn = useCallback(() => {
    dispatch({ type: 'PORTAL_LOG_IN', now: now(), offerCode: newOfferCode(randomBytes) });
  }, [now]);
  const timer = useCallback((type: 'PAUSE' | 'RESUME' | 'EXTEND') => dispatch({ type, now: now() }), [now]);

  const restart = (platform: Platform, appInstalled: boolean, reset: boolean) => {
    if (reset) clearPractice(store);
    const account = reset ? newPracticeAccount() : state.account;
    dispatch({ type: 'REPLACE', state: freshState(platform, account, appInstalled, now()) });
    if (reset) setAnnouncement(t('sim.common.resetDone'));
  };

  const header = figure ? null : (
    <SimulatorHeader
      t={t}
      platform={state.platform}
      onPlatform={(platform) => restart(platform, true, false)}
      onWithoutApp={() => restart(state.platform, false, false)}
      onReset={() => restart(state.platform, true, true)}
    />
  );
  return (
    <EnrollmentView
      state={state}
      dispatch={dispatch}
      t={t}
      figure={figure}
      announcement={announcement}
      header={header}
      status={init.notFound ? t('sim.common.stateNotFound') : undefined}
      portalLogIn={portalLogIn}
      timer={timer}
      pointCamera={pointCamera}
      portalQrRef={portalQrRef}
    />
  );
}
