import type { ReactNode } from 'react';
import { isCountdownPaused, offerRemainingMs, offerStatus } from '../../../flows/enrollment/enrollment.selectors';
import { DemoCredentials } from '../parts/DemoCredentials';
import type { ViewContext } from './context';
import { OfferBanner } from './OfferBanner';
import { portalShowsOffer } from './view-model';

/** Client Portal (practice copy): login with the demo credentials, then the activation offer. */
export function PortalPanel(ctx: ViewContext) {
  const { state, dispatch, t } = ctx;
  const { portal } = state;
  const logOut = (
    <button type="button" className="btn btn--small" onClick={() => dispatch({ type: 'PORTAL_LOG_OUT' })}>
      {t('sim.enrollment.portal.logOut')}
    </button>
  );
  let body: ReactNode;
  if (portal.screen === 'login') {
    body = <PortalLogin {...ctx} />;
  } else if (portal.screen === 'push-sent') {
    body = (
      <>
        <h3 className="portal__heading" tabIndex={-1} data-portal-heading="">{t('sim.enrollment.portal.pushTitle')}</h3>
        <p className="notice">{t('sim.enrollment.portal.pushBody')}</p>
      </>
    );
  } else {
    body = (
      <>
        <h3 className="portal__heading" tabIndex={-1} data-portal-heading="">{t('sim.enrollment.portal.welcome', { user: state.account.username })}</h3>
        {portalShowsOffer(state) ? (
          <OfferBanner {...ctx} offer={portal.offer} status={offerStatus(state)} remainingMs={offerRemainingMs(state) ?? 0} paused={isCountdownPaused(state)} />
        ) : (
          <p className="notice notice--ok">
            {t(portal.confirmedEnrolled ? 'sim.enrollment.portal.confirmedEnrolled' : 'sim.enrollment.portal.activeNow')}
          </p>
        )}
      </>
    );
  }
  return (
    <section className="portal" aria-labelledby="sim-portal-name">
      <div className="portal__bar">
        <h2 className="portal__name" id="sim-portal-name">
          {t('sim.enrollment.portal.name')} <span className="portal__badge">{t('sim.common.practiceBadge')}</span>
        </h2>
        {portal.screen === 'login' ? null : logOut}
      </div>
      <div className="portal__body">{body}</div>
    </section>
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
      <h3 className="portal__heading" tabIndex={-1} data-portal-heading="">{t('sim.enrollment.portal.loginTitle')}</h3>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-portal" username={state.account.username} t={t} />
      <button type="submit" className="btn btn--primary">
        {t('sim.enrollment.portal.logIn')}
      </button>
    </form>
  );
}
