import { ENROLLMENT_REASONS } from '../../../../flows/enrollment/enrollment.reasons';
import type { UnlockMethod } from '../../../../flows/enrollment/enrollment.types';
import type { UiKey } from '../../../../i18n/t';
import { PhoneFrame } from '../../parts/PhoneFrame';
import { ScreenHeading } from '../../parts/ScreenHeading';
import type { ViewContext } from '../context';

const UNLOCK_KEYS: Record<UnlockMethod, UiKey> = {
  face: 'sim.enrollment.unlock.face',
  fingerprint: 'sim.enrollment.unlock.fingerprint',
  passcode: 'sim.enrollment.unlock.passcode',
};

/** iOS and the banner path: the phone's own unlock (face, fingerprint or passcode) confirms. */
export function Unlock({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="unlock-art" aria-hidden="true" />
        <ScreenHeading>{t('sim.enrollment.unlock.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.enrollment.unlock.body', { user: state.account.username })}</p>
        <div className="screen__actions">
          {(Object.keys(UNLOCK_KEYS) as UnlockMethod[]).map((method) => (
            <button key={method} type="button" className="app-btn app-btn--secondary" onClick={() => send({ type: 'UNLOCK', method })}>
              {t(UNLOCK_KEYS[method])}
            </button>
          ))}
        </div>
      </div>
    </PhoneFrame>
  );
}

/** Waiting for the device secret from Web Crypto (a moment). */
export function Activating({ state, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="spinner" aria-hidden="true" />
        <ScreenHeading>{t('sim.enrollment.activating')}</ScreenHeading>
      </div>
    </PhoneFrame>
  );
}

function DoneButton({ state, send, t }: ViewContext) {
  return (
    <div className="screen__actions">
      <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'done' })}>
        {state.platform === 'android' ? t('sim.enrollment.android.done') : t('sim.enrollment.ios.done')}
      </button>
    </div>
  );
}

export function Success(ctx: ViewContext) {
  const { state, t } = ctx;
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="status-icon status-icon--ok" aria-hidden="true" />
        <ScreenHeading>{t('sim.enrollment.success.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.enrollment.success.body', { user: state.account.username })}</p>
        <DoneButton {...ctx} />
      </div>
    </PhoneFrame>
  );
}

/**
 * The app's ONE activation error: it looks the same whatever the server's cause, as the real
 * app does. A practice tip (marked as such) says how to find out which cause it was.
 */
export function ErrorScreen(ctx: ViewContext) {
  const { state, t } = ctx;
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="status-icon status-icon--error" aria-hidden="true" />
        <ScreenHeading>{t('sim.enrollment.error.title')}</ScreenHeading>
        <p className="screen__text">{t(ENROLLMENT_REASONS.activationFailed)}</p>
        <p className="screen__note practice-tip">
          <span className="practice-mark">{t('sim.common.practiceBadge')}</span> {t('sim.enrollment.error.practiceTip')}
        </p>
        <DoneButton {...ctx} />
      </div>
    </PhoneFrame>
  );
}
