import { useEffect, useRef } from 'react';
import type { SmartOtpEvent, SmartOtpState } from '../../../flows/smart-otp/smart-otp.types';
import { useFocusOnChange, zoneOf } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import type { ViewContext } from './context';
import { DesktopPanel } from './DesktopPanel';
import { HowItWorks } from './HowItWorks';
import { SitePanel } from './SitePanel';

/**
 * The broker's website (in a browser) beside the reader's Windows desktop, stacked on narrow
 * screens, and "how this works" under them. Focus follows a new screen only on the side the
 * reader is using; when the app's window closes, focus goes back to its desktop icon.
 */
export function SmartOtpView({ state, send, now, io, t, lang, figure, setFigureReady }: FlowViewProps<SmartOtpState, SmartOtpEvent>) {
  const ctx: ViewContext = { state, send, now, io, t, lang, figure };
  useEffect(() => setFigureReady(true), [setFigureReady]);

  const zone = useRef<string | null>(null);
  const siteRef = useRef<HTMLDivElement | null>(null);
  const desktopRef = useRef<HTMLDivElement | null>(null);
  const appWindow = state.desktop.window;
  const siteKey = state.site.screen === 'setup-number' ? `setup-number:${state.site.number}` : state.site.screen;
  useFocusOnChange(siteKey, siteRef, '[data-portal-heading]', () => !figure && zone.current === 'site');
  useFocusOnChange(appWindow ? `app:${appWindow.screen}` : 'closed', desktopRef, appWindow ? '[data-app-heading]' : '[data-desktop-icon]', () => !figure && zone.current === 'desktop');

  return (
    <>
      <div
        className="sim__stage otp-stage"
        onFocus={(e) => {
          zone.current = zoneOf(e.target, { site: siteRef.current, desktop: desktopRef.current });
        }}
      >
        <div className="otp-stage__site" ref={siteRef} data-figure="site">
          <SitePanel {...ctx} />
        </div>
        <div className="otp-stage__desktop" ref={desktopRef} data-figure="desktop">
          <DesktopPanel {...ctx} />
        </div>
      </div>
      {figure ? null : <HowItWorks {...ctx} />}
    </>
  );
}
