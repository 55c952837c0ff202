import type { CodeProblem } from '../../../../flows/enrollment/enrollment.types';
import { MAX_CODE_INPUT_LENGTH } from '../../../../flows/services/enrollment-offers';
import { CodeInput } from '../../parts/CodeInput';
import { PhoneFrame } from '../../parts/PhoneFrame';
import type { ViewContext } from '../context';
import { CODE_PROBLEM_KEYS } from '../messages';

/**
 * Android: the Session ID field, a button to go on to the PIN and QR CODE for the scanner.
 * iOS: the Activation Code field, "Activate IB Key" and "Launch Camera".
 * Enter in the field submits.
 */
export function CodeEntry({ state, dispatch, t, input, problem }: ViewContext & { input: string; problem?: CodeProblem | undefined }) {
  const android = state.platform === 'android';
  return (
    <PhoneFrame
      platform={state.platform}
      chrome="inner"
      t={t}
      title={android ? t('sim.enrollment.android.sessionIdTitle') : t('sim.enrollment.ios.setupQr')}
      onBack={() => dispatch({ type: 'BACK' })}
    >
      <form
        className="screen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: 'SUBMIT_CODE' });
        }}
      >
        <p className="screen__text">{t(android ? 'sim.enrollment.code.android.intro' : 'sim.enrollment.code.ios.intro')}</p>
        <CodeInput
          id="sim-code"
          label={android ? t('sim.enrollment.android.sessionIdLabel') : t('sim.enrollment.ios.activationCode')}
          value={input}
          maxLength={MAX_CODE_INPUT_LENGTH}
          hint={t('sim.enrollment.code.hint')}
          problem={problem ? t(CODE_PROBLEM_KEYS[problem]) : undefined}
          onChange={(value) => dispatch({ type: 'TYPE_CODE', value })}
        />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {android ? t('sim.enrollment.android.continue') : t('sim.enrollment.ios.activate')}
          </button>
          <button
            type="button"
            className="app-btn app-btn--secondary"
            onClick={() => dispatch({ type: 'TAP', target: android ? 'qr-code' : 'launch-camera' })}
          >
            {android ? t('sim.enrollment.android.qrCode') : t('sim.enrollment.ios.launchCamera')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}
