import type { PinProblem } from '../../../../flows/enrollment/enrollment.types';
import { formatOfferCode, MAX_PIN_INPUT_LENGTH } from '../../../../flows/services/enrollment-offers';
import { PhoneFrame } from '../../parts/PhoneFrame';
import { PinInput } from '../../parts/PinInput';
import type { ViewContext } from '../context';
import { PIN_PROBLEM_KEYS } from '../messages';

interface PinEntryProps extends ViewContext {
  code: string;
  pin: string;
  problem?: PinProblem | undefined;
}

/** Android: choose a PIN of 4–6 digits, then ACTIVATE (Enter in the field does the same). */
export function PinEntry({ state, dispatch, t, code, pin, problem }: PinEntryProps) {
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.enrollment.pin.title')} onBack={() => dispatch({ type: 'BACK' })}>
      <form
        className="screen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: 'ACTIVATE' });
        }}
      >
        <p className="screen__note">
          {t('sim.enrollment.pin.forCode')}{' '}
          <span translate="no" lang="en">
            {formatOfferCode(code)}
          </span>
        </p>
        <p className="screen__text">{t('sim.enrollment.pin.intro')}</p>
        <PinInput
          id="sim-pin"
          label={t('sim.enrollment.pin.label')}
          value={pin}
          maxLength={MAX_PIN_INPUT_LENGTH}
          hint={t('sim.enrollment.pin.hint')}
          problem={problem ? t(PIN_PROBLEM_KEYS[problem]) : undefined}
          onChange={(value) => dispatch({ type: 'TYPE_PIN', value })}
        />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {t('sim.enrollment.android.activate')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}
