import { ENROLLMENT_REASONS } from '../../../../flows/enrollment/enrollment.reasons';
import type { CodeProblem } from '../../../../flows/services/activation-offers';
import { MAX_CODE_INPUT_LENGTH } from '../../../../flows/services/activation-offers';
import { CodeInput } from '../../parts/CodeInput';
import { PhoneFrame } from '../../parts/PhoneFrame';
import type { ViewContext } from '../context';

/**
 * Android: the Session ID field, a button to go on to the PIN and QR CODE for the scanner.
 * iOS: the Activation Code field, "Activate IB Key" and "Launch Camera".
 * Enter in the field submits.
 */
export function CodeEntry({ state, send, t, input, problem }: ViewContext & { input: string; problem?: CodeProblem | undefined }) {
  const android = state.platform === 'android';
  return (
    <PhoneFrame
      platform={state.platform}
      chrome="inner"
      t={t}
      title={android ? t('sim.enrollment.android.sessionIdTitle') : t('sim.enrollment.ios.setupQr')}
      onBack={() => send({ type: 'BACK' })}
    >
      <form
        className="screen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'SUBMIT_CODE' });
        }}
      >
        <p className="screen__text">{t(android ? 'sim.enrollment.code.android.intro' : 'sim.enrollment.code.ios.intro')}</p>
        <CodeInput
          id="sim-code"
          label={android ? t('sim.enrollment.android.sessionIdLabel') : t('sim.enrollment.ios.activationCode')}
          value={input}
          maxLength={MAX_CODE_INPUT_LENGTH}
          hint={t('sim.enrollment.code.hint')}
          problem={problem ? t(ENROLLMENT_REASONS[`code.${problem}`]) : undefined}
          onChange={(value) => send({ type: 'TYPE_CODE', value })}
        />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {android ? t('sim.enrollment.android.continue') : t('sim.enrollment.ios.activate')}
          </button>
          <button
            type="button"
            className="app-btn app-btn--secondary"
            onClick={() => send({ type: 'TAP', target: android ? 'qr-code' : 'launch-camera' })}
          >
            {android ? t('sim.enrollment.android.qrCode') : t('sim.enrollment.ios.launchCamera')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}
