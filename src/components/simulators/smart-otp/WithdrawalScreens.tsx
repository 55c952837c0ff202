import { OTP_RULE } from '../../../flows/services/otp-registrations';
import { SMART_OTP_REASONS } from '../../../flows/smart-otp/smart-otp.reasons';
import type { SiteScreen } from '../../../flows/smart-otp/smart-otp.types';
import { DEMO_PASSWORD } from '../../../flows/services/practice-account';
import { CodeInput } from '../parts/CodeInput';
import { PortalHeading } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

/** The withdrawal form: a practice amount and the trading password, pre-filled (never the reader's own). */
export function Withdrawal({ send, t }: ViewContext) {
  return (
    <form
      className="portal__form"
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'SITE_GO', to: 'withdrawal-next' });
      }}
    >
      <PortalHeading>{t('sim.smart-otp.site.withdrawal.title')}</PortalHeading>
      <p className="portal__text">
        {t('sim.smart-otp.site.withdrawal.amount')} <PracticeMark t={t} />
      </p>
      <p className="notice">{t('sim.smart-otp.site.withdrawal.demo')}</p>
      <div className="field">
        <label className="field__label" htmlFor="sim-site-trading-password">
          {t('sim.smart-otp.site.withdrawal.password')}
        </label>
        <input id="sim-site-trading-password" className="field__input" type="password" value={DEMO_PASSWORD} readOnly autoComplete="off" />
      </div>
      <button type="submit" className="btn btn--primary">
        {t('sim.smart-otp.site.withdrawal.next')}
      </button>
    </form>
  );
}

export function NoRegistration({ send, t }: ViewContext) {
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.smart-otp.site.noRegistration.title')}</PortalHeading>
      <p className="notice notice--danger">{t(SMART_OTP_REASONS['otp.notRegistered'])}</p>
      <button type="button" className="btn btn--primary" onClick={() => send({ type: 'SITE_GO', to: 'otp-register' })}>
        {t('sim.smart-otp.site.procedures.otp')}
      </button>
    </div>
  );
}

type Entry = Extract<SiteScreen, { screen: 'otp-entry' }>;

/** The one-time password screen: paste (or type) the app's code, then Execute. */
export function OtpEntry({ send, now, t, site }: ViewContext & { site: Entry }) {
  const checking = site.checking !== undefined;
  return (
    <form
      className="portal__form"
      data-crop="otp"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'SUBMIT_OTP', now: now() });
      }}
    >
      <PortalHeading>{t('sim.smart-otp.site.otp.title')}</PortalHeading>
      <p className="portal__text">{t('sim.smart-otp.site.otp.body')}</p>
      <CodeInput
        id="sim-site-otp"
        label={t('sim.smart-otp.site.otp.label')}
        value={site.input}
        maxLength={OTP_RULE.maxInput}
        inputMode="numeric"
        hint={t('sim.smart-otp.site.otp.hint')}
        problem={site.problem === undefined ? undefined : t(SMART_OTP_REASONS[`otp.${site.problem}`])}
        onChange={(value) => send({ type: 'TYPE_OTP', value })}
      />
      <button type="submit" className="btn btn--primary" disabled={checking}>
        {t(checking ? 'sim.smart-otp.site.otp.checking' : 'sim.smart-otp.site.otp.submit')}
      </button>
    </form>
  );
}

export function WithdrawalDone({ send, t }: ViewContext) {
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.smart-otp.site.done.title')}</PortalHeading>
      <p className="notice notice--ok">{t('sim.smart-otp.site.done.body')}</p>
      <button type="button" className="btn" onClick={() => send({ type: 'SITE_GO', to: 'top' })}>
        {t('sim.smart-otp.site.menu.top')}
      </button>
    </div>
  );
}
