import { PhoneFrame } from '../../parts/PhoneFrame';
import type { ViewContext } from '../context';

/** Settings › Camera with the "Scan QR Codes" switch (a real button with role switch). */
export function Settings({ state, send, t }: ViewContext) {
  const on = state.settings.scanQrCodes;
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.enrollment.settings.title')} onBack={() => send({ type: 'BACK' })}>
      <div className="setting-row">
        <span id="sim-scan-qr-label">{t('sim.enrollment.settings.scanQr')}</span>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={on}
          aria-labelledby="sim-scan-qr-label"
          onClick={() => send({ type: 'SET_SCAN_QR', on: !on })}
        />
      </div>
      <p className="screen__note setting-note">{t('sim.enrollment.settings.scanQrNote')}</p>
    </PhoneFrame>
  );
}
