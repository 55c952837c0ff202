import { PhoneFrame } from '../../parts/PhoneFrame';
import type { ViewContext } from '../context';

/** Add User. Android: instructions, then SESSION ID. iOS: "Setup IB Key using QR code". */
export function AddUser({ state, send, t }: ViewContext) {
  const android = state.platform === 'android';
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.common.app.menu.addUser')} onBack={() => send({ type: 'BACK' })}>
      <div className="screen">
        {android ? (
          <ol className="screen__text">
            <li>{t('sim.enrollment.addUser.android.step1')}</li>
            <li>{t('sim.enrollment.addUser.android.step2')}</li>
            <li>{t('sim.enrollment.addUser.android.step3')}</li>
          </ol>
        ) : (
          <p className="screen__text">{t('sim.enrollment.addUser.ios.intro')}</p>
        )}
        <div className="screen__actions">
          <button
            type="button"
            className="app-btn"
            onClick={() => send({ type: 'TAP', target: android ? 'session-id' : 'setup-qr' })}
          >
            {android ? t('sim.enrollment.android.sessionIdButton') : t('sim.enrollment.ios.setupQr')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}
