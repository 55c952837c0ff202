import { PhoneFrame } from '../../parts/PhoneFrame';
import { ScreenHeading } from '../../parts/ScreenHeading';
import type { ViewContext } from '../context';

/** A login notification on the lock screen (an enrolled user logging in to the portal). */
export function Notification({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="screen lock-screen">
        <p className="lock-screen__time" aria-hidden="true">
          {state.platform === 'ios' ? '9:41' : '10:00'}
        </p>
        <ScreenHeading className="lock-screen__heading">{t('sim.enrollment.notification.heading')}</ScreenHeading>
        <button type="button" className="notification-card" onClick={() => send({ type: 'TAP_NOTIFICATION' })}>
          <span className="notification-card__app">{t('sim.common.app.name')}</span>
          <span className="notification-card__title">{t('sim.enrollment.notification.title')}</span>
          <span>{t('sim.enrollment.notification.body')}</span>
        </button>
      </div>
    </PhoneFrame>
  );
}
