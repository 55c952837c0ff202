import type { SiteTarget } from '../../../flows/smart-otp/smart-otp.types';
import { newSetupNumber } from '../../../flows/services/otp-registrations';
import { DemoCredentials } from '../parts/DemoCredentials';
import { PortalFrame, PortalHeading } from '../parts/PortalFrame';
import type { ViewContext } from './context';
import { SetupNumberScreen } from './SetupNumberScreen';
import { NoRegistration, OtpEntry, Withdrawal, WithdrawalDone } from './WithdrawalScreens';

/**
 * The broker's website (a practice copy): after login a menu (top, withdrawal, registration
 * and procedures) and the screen the reader is on. Labels are the site's Japanese ones; the
 * English simulator adds their meaning beside them, as the English guide does.
 */
export function SitePanel(ctx: ViewContext) {
  const { state, send, t } = ctx;
  const { site } = state;
  const loggedIn = site.screen !== 'login';
  return (
    <PortalFrame t={t} name={t('sim.smart-otp.site.name')} onLogOut={loggedIn ? () => send({ type: 'SITE_LOG_OUT' }) : undefined}>
      {loggedIn ? <SiteMenu {...ctx} /> : null}
      <SiteScreen {...ctx} />
    </PortalFrame>
  );
}

const go = (ctx: ViewContext, to: SiteTarget) => () => ctx.send({ type: 'SITE_GO', to });

function SiteMenu(ctx: ViewContext) {
  const { t, state } = ctx;
  const current = state.site.screen;
  const items: { to: SiteTarget; label: Parameters<typeof t>[0]; here: boolean }[] = [
    { to: 'top', label: 'sim.smart-otp.site.menu.top', here: current === 'top' },
    { to: 'withdrawal', label: 'sim.smart-otp.site.menu.withdrawal', here: current === 'withdrawal' || current === 'otp-entry' || current === 'withdrawal-done' },
    { to: 'procedures', label: 'sim.smart-otp.site.menu.procedures', here: current === 'procedures' },
  ];
  return (
    <nav className="site-menu" aria-label={t('sim.smart-otp.site.menu.label')}>
      {items.map((item) => (
        <button key={item.to} type="button" className="site-menu__item" aria-current={item.here ? 'page' : undefined} onClick={go(ctx, item.to)}>
          {t(item.label)}
        </button>
      ))}
    </nav>
  );
}

function SiteScreen(ctx: ViewContext) {
  const { state, t } = ctx;
  const { site } = state;
  switch (site.screen) {
    case 'login':
      return <Login {...ctx} />;
    case 'top':
      return (
        <div className="portal__form">
          <PortalHeading>{t('sim.smart-otp.site.top.title')}</PortalHeading>
          <p className="portal__text">{t('sim.smart-otp.site.top.welcome', { user: state.account.username })}</p>
          <p className="portal__text">{t('sim.smart-otp.site.top.body')}</p>
        </div>
      );
    case 'procedures':
      return <Procedures {...ctx} />;
    case 'otp-choice':
      return <OtpChoice {...ctx} phoneNote={site.phoneNote} />;
    case 'pc-app':
      return <PcApp {...ctx} />;
    case 'download':
      return <Download {...ctx} downloaded={site.downloaded} />;
    case 'setup-number':
      return <SetupNumberScreen {...ctx} site={site} />;
    case 'withdrawal':
      return <Withdrawal {...ctx} />;
    case 'no-registration':
      return <NoRegistration {...ctx} />;
    case 'otp-entry':
      return <OtpEntry {...ctx} site={site} />;
    case 'withdrawal-done':
      return <WithdrawalDone {...ctx} />;
  }
}

function Login({ state, send, now, t }: ViewContext) {
  return (
    <form
      className="portal__form"
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'SITE_LOG_IN', now: now() });
      }}
    >
      <PortalHeading>{t('sim.smart-otp.site.login.title')}</PortalHeading>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-site" username={state.account.username} t={t} />
      <button type="submit" className="btn btn--primary">
        {t('sim.smart-otp.site.login.submit')}
      </button>
    </form>
  );
}

function Procedures(ctx: ViewContext) {
  const { t } = ctx;
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.smart-otp.site.procedures.title')}</PortalHeading>
      <ul className="site-list">
        <li className="site-list__inert">{t('sim.smart-otp.site.procedures.customer')}</li>
        <li className="site-list__inert">{t('sim.smart-otp.site.procedures.email')}</li>
        <li>
          <button type="button" className="site-link" onClick={go(ctx, 'otp-register')}>
            {t('sim.smart-otp.site.procedures.otp')}
          </button>
        </li>
      </ul>
      <p className="portal__text site-muted">{t('sim.smart-otp.site.procedures.inert')}</p>
    </div>
  );
}

function OtpChoice(ctx: ViewContext & { phoneNote: boolean }) {
  const { t, phoneNote } = ctx;
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.smart-otp.site.choice.title')}</PortalHeading>
      <p className="portal__text">{t('sim.smart-otp.site.choice.body')}</p>
      <button type="button" className="btn site-choice" onClick={go(ctx, 'phone-app')}>
        {t('sim.smart-otp.site.choice.phone')}
      </button>
      {phoneNote ? <p className="notice">{t('sim.smart-otp.site.choice.phoneNote')}</p> : null}
      <button type="button" className="btn site-choice" onClick={go(ctx, 'pc-app')}>
        {t('sim.smart-otp.site.choice.pc')}
      </button>
    </div>
  );
}

function PcApp(ctx: ViewContext) {
  const { send, now, io, t } = ctx;
  return (
    <div className="portal__form site-wide">
      <PortalHeading>{t('sim.smart-otp.site.pc.title')}</PortalHeading>
      <p className="notice">{t('sim.smart-otp.site.pc.windowsOnly')}</p>
      <ol className="site-steps">
        <li>
          <span className="site-steps__label">{t('sim.smart-otp.site.pc.step1')}</span>
          <button type="button" className="site-link" onClick={go(ctx, 'download')}>
            {t('sim.smart-otp.site.pc.downloadLink')}
          </button>
        </li>
        <li>
          <span className="site-steps__label">{t('sim.smart-otp.site.pc.step2')}</span>
        </li>
        <li>
          <span className="site-steps__label">{t('sim.smart-otp.site.pc.step3')}</span>
        </li>
      </ol>
      <button type="button" className="btn btn--primary" data-crop="issue" onClick={() => send({ type: 'ISSUE_SETUP_NUMBER', now: now(), number: newSetupNumber(io.randomBytes) })}>
        {t('sim.smart-otp.site.pc.issue')}
      </button>
    </div>
  );
}

function Download(ctx: ViewContext & { downloaded: boolean }) {
  const { send, t, downloaded } = ctx;
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.smart-otp.site.download.title')}</PortalHeading>
      <p className="notice notice--danger">{t('sim.smart-otp.site.download.onlyHere')}</p>
      <p className="portal__text">{t('sim.smart-otp.site.download.browser')}</p>
      <button type="button" className="btn btn--primary" onClick={() => send({ type: 'DOWNLOAD_APP' })}>
        {t('sim.smart-otp.site.download.button')}
      </button>
      {downloaded ? <p className="notice notice--ok">{t('sim.smart-otp.site.download.done')}</p> : null}
      <button type="button" className="site-link" onClick={go(ctx, 'pc-app')}>
        {t('sim.smart-otp.site.backToPc')}
      </button>
    </div>
  );
}
