import type { ReactNode } from 'react';
import { SETUP_NUMBER_RULE } from '../../../flows/services/otp-registrations';
import { NAME_MAX_INPUT } from '../../../flows/smart-otp/smart-otp.app';
import { SMART_OTP_REASONS } from '../../../flows/smart-otp/smart-otp.reasons';
import { isOtpPaused, listedName, liveOtp, otpExpired, otpRemainingMs } from '../../../flows/smart-otp/smart-otp.selectors';
import type { AppWindow } from '../../../flows/smart-otp/smart-otp.types';
import { writeClipboard } from '../parts/clipboard';
import { CodeInput } from '../parts/CodeInput';
import { CopyFallback } from '../parts/CopyFallback';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

type AppProps = ViewContext & { window: AppWindow };

/** A screen's heading inside the app's window: it takes focus when the window changes screen. */
function AppHeading({ children }: { children: ReactNode }) {
  return (
    <h4 className="otp-app__heading" tabIndex={-1} data-app-heading="">
      {children}
    </h4>
  );
}

/** The Smart OTP app inside its window (a practice copy: labels as the app shows them, in Japanese). */
export function AppScreen(props: AppProps) {
  const { t, window } = props;
  switch (window.screen) {
    case 'menu':
      return <Menu {...props} window={window} />;
    case 'add':
      return <AddAccount {...props} window={window} />;
    case 'registering':
      return (
        <div className="otp-app">
          <AppHeading>{t('sim.smart-otp.app.registering')}</AppHeading>
        </div>
      );
    case 'added':
      return (
        <div className="otp-app">
          <AppHeading>{t('sim.smart-otp.app.addedTitle')}</AppHeading>
          <p className="otp-app__text">{t('sim.smart-otp.app.addedBody', { name: window.name })}</p>
        </div>
      );
  }
}

type MenuWindow = Extract<AppWindow, { screen: 'menu' }>;

function Menu(props: ViewContext & { window: MenuWindow }) {
  const { state, send, now, t, window } = props;
  const name = listedName(state);
  return (
    <div className="otp-app">
      <AppHeading>{t('sim.smart-otp.app.menuTitle')}</AppHeading>
      {name === null ? (
        <p className="otp-app__empty">{t('sim.smart-otp.app.noAccounts')}</p>
      ) : (
        <ul className="otp-app__accounts" aria-label={t('sim.smart-otp.app.accounts')}>
          <li>
            <button
              type="button"
              className={`otp-app__account${window.selected ? ' otp-app__account--selected' : ''}`}
              aria-pressed={window.selected}
              onClick={() => send({ type: 'SELECT_ACCOUNT' })}
            >
              {name}
            </button>
          </li>
        </ul>
      )}
      {window.problem === 'noSelection' ? <p className="field__problem">{t(SMART_OTP_REASONS['app.noSelection'])}</p> : null}
      <div className="otp-app__buttons">
        <button type="button" className="otp-app__btn" onClick={() => send({ type: 'ADD_ACCOUNT' })}>
          {t('sim.smart-otp.app.add')}
        </button>
        {name === null ? null : (
          <button type="button" className="otp-app__btn otp-app__btn--primary" onClick={() => send({ type: 'SHOW_OTP', now: now() })}>
            {t('sim.smart-otp.app.show')}
          </button>
        )}
      </div>
      <OtpOutput {...props} />
    </div>
  );
}

/** The code, the seconds left in its step, Copy OTP to clipboard; or why there is none to copy. */
function OtpOutput({ state, send, t, figure, window }: ViewContext & { window: MenuWindow }) {
  const live = liveOtp(state);
  if (window.generating !== undefined) return <p className="otp-app__otp otp-app__otp--waiting">…</p>;
  if (otpExpired(state)) return <p className="notice notice--danger otp-app__expired">{t('sim.smart-otp.app.expired')}</p>;
  if (live === null) return null;
  const seconds = Math.ceil((otpRemainingMs(state) ?? 0) / 1000);
  const copy = async () => send({ type: 'COPY_OTP', result: (await writeClipboard(live.code)) ? 'copied' : 'denied' });
  return (
    <div className="otp-app__output" data-crop="otp">
      <p className="otp-app__otp">
        <span className="otp-app__otp-label">{t('sim.smart-otp.app.otpLabel')}</span>
        <span className="otp-app__otp-value" translate="no">
          {live.code}
        </span>
        <PracticeMark t={t} />
      </p>
      <p className="otp-app__left">
        {t('sim.smart-otp.app.left', { seconds })}
        {isOtpPaused(state) ? ` ${t('sim.common.countdown.paused')}` : ''}
      </p>
      <button type="button" className="otp-app__btn" onClick={() => void copy()}>
        {t('sim.smart-otp.app.copy')}
      </button>
      {window.copy === 'copied' ? <p className="copy-status">{t('sim.smart-otp.app.copied')}</p> : null}
      {window.copy === 'denied' ? (
        <CopyFallback id="sim-app-otp-copy" label={t('sim.smart-otp.app.otpLabel')} value={live.code} note={t('sim.smart-otp.copy.denied')} focus={!figure} />
      ) : null}
    </div>
  );
}

type AddWindow = Extract<AppWindow, { screen: 'add' }>;

/** Account management: the display name and the setup number, then Register (Enter in a field does the same). */
function AddAccount({ send, t, window }: ViewContext & { window: AddWindow }) {
  return (
    <form
      className="otp-app"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'REGISTER' });
      }}
    >
      <AppHeading>{t('sim.smart-otp.app.addTitle')}</AppHeading>
      <CodeInput
        id="sim-app-name"
        label={t('sim.smart-otp.app.nameLabel')}
        value={window.name}
        maxLength={NAME_MAX_INPUT}
        hint={t('sim.smart-otp.app.nameHint')}
        problem={window.nameProblem === undefined ? undefined : t(SMART_OTP_REASONS[`name.${window.nameProblem}`])}
        onChange={(value) => send({ type: 'TYPE_NAME', value })}
      />
      <CodeInput
        id="sim-app-number"
        label={t('sim.smart-otp.app.numberLabel')}
        value={window.number}
        maxLength={SETUP_NUMBER_RULE.maxInput}
        inputMode="numeric"
        hint={t('sim.smart-otp.app.numberHint')}
        problem={window.numberProblem === undefined ? undefined : t(SMART_OTP_REASONS[`number.${window.numberProblem}`])}
        onChange={(value) => send({ type: 'TYPE_SETUP_NUMBER', value })}
      />
      <div className="otp-app__buttons">
        <button type="submit" className="otp-app__btn otp-app__btn--primary">
          {t('sim.smart-otp.app.register')}
        </button>
      </div>
    </form>
  );
}
