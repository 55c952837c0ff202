import { ENROLLMENT_REASONS } from '../../../../flows/enrollment/enrollment.reasons';
import { formatOfferCode, PIN_RULE, type PinProblem } from '../../../../flows/services/activation-offers';
import { PhoneFrame } from '../../parts/PhoneFrame';
import { PinInput } from '../../parts/PinInput';
import type { ViewContext } from '../context';

interface PinEntryProps extends ViewContext {
  code: string;
  pin: string;
  problem?: PinProblem | undefined;
}

/** Android: choose a PIN of 4–6 digits, then ACTIVATE (Enter in the field does the same). */
export function PinEntry({ state, send, t, code, pin, problem }: PinEntryProps) {
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.enrollment.pin.title')} onBack={() => send({ type: 'BACK' })}>
      <form
        className="screen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'ACTIVATE' });
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
          maxLength={PIN_RULE.maxInput}
          hint={t('sim.enrollment.pin.hint')}
          problem={problem ? t(ENROLLMENT_REASONS[`pin.${problem}`]) : undefined}
          onChange={(value) => send({ type: 'TYPE_PIN', value })}
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
