import { useEffect, useRef } from 'react';
import type { MessageCenterEvent, MessageCenterState } from '../../../flows/message-center/message-center.types';
import { useFocusOnChange, zoneOf } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import { DemoCredentials } from '../parts/DemoCredentials';
import { PortalFrame, PortalHeading } from '../parts/PortalFrame';
import type { ViewContext } from './context';
import { InboxPage } from './InboxPage';
import { NoticePreview } from './NoticePreview';
import { PortalNav } from './PortalNav';
import { SettingsPage } from './SettingsPage';

/** Where focus goes when the page changes: the page's heading, or the warning's. */
function focusKey(state: MessageCenterState): string {
  const { page } = state;
  return page.screen === 'settings' && page.leaving !== undefined ? `settings:leaving:${page.leaving}` : page.screen;
}

/**
 * Client Portal (practice copy) with its user menu, the Secure Message Center and its message
 * settings; beside it, the practice preview of what an e-mail or SMS notice contains. Focus
 * follows a new page only when the reader is working in the portal.
 */
export function MessageCenterView({ state, send, t, figure, setFigureReady }: FlowViewProps<MessageCenterState, MessageCenterEvent>) {
  const ctx: ViewContext = { state, send, t };
  useEffect(() => setFigureReady(true), [setFigureReady]);
  const zone = useRef<string | null>(null);
  const portalRef = useRef<HTMLDivElement | null>(null);
  const leaving = state.page.screen === 'settings' && state.page.leaving !== undefined;
  useFocusOnChange(focusKey(state), portalRef, leaving ? '[data-dialog-heading]' : '[data-portal-heading]', () => !figure && zone.current === 'portal');
  return (
    <div
      className="mc-stage"
      onFocus={(e) => {
        zone.current = zoneOf(e.target, { portal: portalRef.current });
      }}
    >
      <div className="mc-stage__portal" ref={portalRef} data-figure="portal">
        <PortalFrame t={t}>
          {state.page.screen === 'login' ? <LoginPage {...ctx} /> : <PortalNav {...ctx} />}
          {state.page.screen === 'home' ? <HomePage {...ctx} /> : null}
          {state.page.screen === 'inbox' ? <InboxPage {...ctx} /> : null}
          {state.page.screen === 'settings' ? <SettingsPage {...ctx} page={state.page} /> : null}
        </PortalFrame>
      </div>
      <NoticePreview {...ctx} figure={figure} />
    </div>
  );
}

function LoginPage({ state, send, t }: ViewContext) {
  return (
    <form
      className="portal__form"
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'LOG_IN' });
      }}
    >
      <PortalHeading>{t('sim.common.portal.loginTitle')}</PortalHeading>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-mc" username={state.account.username} t={t} />
      <button type="submit" className="btn btn--primary">
        {t('sim.common.portal.logIn')}
      </button>
    </form>
  );
}

function HomePage({ state, t }: ViewContext) {
  return (
    <div className="mc-page">
      <PortalHeading>{t('sim.message-center.home.title')}</PortalHeading>
      <p className="portal__text">{t('sim.common.portal.welcome', { user: state.account.username })}</p>
      <p className="portal__text">{t('sim.message-center.home.body')}</p>
    </div>
  );
}
