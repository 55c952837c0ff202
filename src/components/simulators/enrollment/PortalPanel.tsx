import type { ReactNode } from 'react';
import { isCountdownPaused, offerRemainingMs, offerStatus, portalShowsOffer } from '../../../flows/enrollment/enrollment.selectors';
import { DemoCredentials } from '../parts/DemoCredentials';
import { PortalFrame, PortalHeading } from '../parts/PortalFrame';
import type { ViewContext } from './context';
import { OfferBanner } from './OfferBanner';

/** Client Portal (practice copy): login with the demo credentials, then the activation offer. */
export function PortalPanel(ctx: ViewContext) {
  const { state, send, t } = ctx;
  const { portal } = state;
  let body: ReactNode;
  if (portal.screen === 'login') {
    body = <PortalLogin {...ctx} />;
  } else if (portal.screen === 'push-sent') {
    body = (
      <>
        <PortalHeading>{t('sim.enrollment.portal.pushTitle')}</PortalHeading>
        <p className="notice">{t('sim.enrollment.portal.pushBody')}</p>
      </>
    );
  } else {
    body = (
      <>
        <PortalHeading>{t('sim.common.portal.welcome', { user: state.account.username })}</PortalHeading>
        {portalShowsOffer(state) ? (
          <OfferBanner {...ctx} offer={portal.offer} status={offerStatus(state)} remainingMs={offerRemainingMs(state) ?? 0} paused={isCountdownPaused(state)} />
        ) : (
          <p className="notice notice--ok">{t(portal.confirmedEnrolled ? 'sim.enrollment.portal.confirmedEnrolled' : 'sim.enrollment.portal.activeNow')}</p>
        )}
      </>
    );
  }
  return (
    <PortalFrame t={t} onLogOut={portal.screen === 'login' ? undefined : () => send({ type: 'PORTAL_LOG_OUT' })}>
      {body}
    </PortalFrame>
  );
}

function PortalLogin({ state, portalLogIn, t }: ViewContext) {
  return (
    <form
      className="portal__form"
      onSubmit={(e) => {
        e.preventDefault();
        portalLogIn();
      }}
    >
      <PortalHeading>{t('sim.common.portal.loginTitle')}</PortalHeading>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-portal" username={state.account.username} t={t} />
      <button type="submit" className="btn btn--primary">
        {t('sim.common.portal.logIn')}
      </button>
    </form>
  );
}
