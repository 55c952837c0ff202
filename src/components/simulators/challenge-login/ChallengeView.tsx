import { useEffect, useRef } from 'react';
import type { ChallengeEvent, ChallengeState } from '../../../flows/challenge-login/challenge-login.types';
import { useFocusOnChange, zoneOf } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import type { ViewContext } from './context';
import { HowItWorks } from './HowItWorks';
import { PhoneScreen } from './PhoneScreens';
import { PortalPanel } from './PortalPanel';
import { TokenPanel } from './TokenPanel';

/**
 * The reader's device (a phone with IBKR Mobile, or the DSC+ token) beside the portal, and
 * "how this works" under them. Focus follows a new screen only on the side the reader uses.
 */
export function ChallengeView({ state, send, now, io, t, lang, pageLang, figure, setFigureReady }: FlowViewProps<ChallengeState, ChallengeEvent>) {
  const ctx: ViewContext = { state, send, now, io, t, lang, pageLang };
  useEffect(() => setFigureReady(true), [setFigureReady]);

  const zone = useRef<string | null>(null);
  const deviceRef = useRef<HTMLDivElement | null>(null);
  const portalRef = useRef<HTMLDivElement | null>(null);
  const phoneKey = state.phone.screen === 'menu' ? `menu:${state.phone.menu}` : state.phone.screen;
  const portalKey = state.portal.screen === 'challenge' ? `challenge:${state.portal.challenge}` : state.portal.screen;
  useFocusOnChange(phoneKey, deviceRef, '[data-phone-heading]', () => !figure && zone.current === 'device');
  useFocusOnChange(portalKey, portalRef, '[data-portal-heading]', () => !figure && zone.current === 'portal');

  const platform = state.platform;
  return (
    <>
      <div
        className="sim__stage"
        onFocus={(e) => {
          zone.current = zoneOf(e.target, { device: deviceRef.current, portal: portalRef.current });
        }}
      >
        {platform === 'token' ? (
          <div className="sim__phone-wrap" ref={deviceRef}>
            <TokenPanel {...ctx} />
          </div>
        ) : (
          <div className="sim__phone-wrap" ref={deviceRef} data-figure="phone">
            <section className="sim__phone" aria-label={t('sim.common.phoneLabel')}>
              <PhoneScreen {...ctx} platform={platform} />
            </section>
          </div>
        )}
        <div className="sim__portal-wrap" ref={portalRef} data-figure="portal">
          <PortalPanel {...ctx} />
        </div>
      </div>
      {figure ? null : <HowItWorks {...ctx} />}
    </>
  );
}
