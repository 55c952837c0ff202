import { useCallback, useEffect, useMemo, useRef } from 'react';
import { today } from '../../../flows/security-card/security-card.machine';
import type { SecurityCardEvent, SecurityCardState } from '../../../flows/security-card/security-card.types';
import { newCard, pickIndices } from '../../../flows/services/security-cards';
import { useFocusOnChange } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import { PortalFrame } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';
import { CardPage, Confirmation, Home, Login, Stopped, Values } from './PortalScreens';

/** The broker's website in a browser: nothing else to hold, so the portal has the whole stage. */
export function SecurityCardView({ state, send, now, io, t, lang, figure, setFigureReady }: FlowViewProps<SecurityCardState, SecurityCardEvent>) {
  useEffect(() => setFigureReady(true), [setFigureReady]);
  const dates = useMemo(() => new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }), [lang]);
  const draw = useCallback(() => ({ indices: pickIndices(io.randomBytes), newCard: newCard(io.randomBytes).values }), [io]);
  const ctx: ViewContext = { state, send, now, draw, t, lang, formatDate: (time) => dates.format(time) };

  const portalRef = useRef<HTMLDivElement | null>(null);
  useFocusOnChange(state.screen.screen, portalRef, '[data-portal-heading]', () => !figure);

  const { screen } = state;
  const loggedIn = screen.screen !== 'login' && screen.screen !== 'locked' && screen.screen !== 'expired';
  return (
    <div className="sim__stage sim__stage--single">
      <div className="sim__portal-wrap" ref={portalRef} data-figure="portal">
        <PortalFrame t={t} onLogOut={loggedIn ? () => send({ type: 'LOG_OUT' }) : undefined}>
          {state.daysAhead > 0 ? (
            <p className="portal__text practice-tip">
              <PracticeMark t={t} /> {t('sim.security-card.calendar', { date: dates.format(today(state)) })}
            </p>
          ) : null}
          {screen.screen === 'login' ? <Login {...ctx} /> : null}
          {screen.screen === 'card' ? <CardPage {...ctx} printed={screen.printed} /> : null}
          {screen.screen === 'values' ? <Values {...ctx} screen={screen} /> : null}
          {screen.screen === 'confirmation' ? <Confirmation {...ctx} expiresAt={screen.expiresAt} /> : null}
          {screen.screen === 'home' ? <Home {...ctx} /> : null}
          {screen.screen === 'locked' || screen.screen === 'expired' ? <Stopped {...ctx} reason={screen.screen} /> : null}
        </PortalFrame>
      </div>
    </div>
  );
}
