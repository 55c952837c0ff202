/**
 * Typing on the phone: the Session ID / Activation Code field and the Android PIN field.
 * Typing only records what the reader typed (bounded); the rules are applied on submit, the
 * way a real form does, so a half-typed code is not flagged while the reader is typing.
 */
import { MAX_CODE_INPUT_LENGTH, normaliseOfferCode, normalisePin, PIN_RULE } from '../services/activation-offers';
import { fitsLength } from '../kit/normalise';
import { attemptActivation } from './enrollment.activation';
import { goTo, replaceWith } from './enrollment.history';
import type { EnrollmentState } from './enrollment.types';

/** Over-long input is refused whole (the old input stays) rather than cut to fit. */
export function typeCode(state: EnrollmentState, value: string): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'code-entry') return state;
  if (!fitsLength(value, MAX_CODE_INPUT_LENGTH)) return replaceWith(state, { ...phone, problem: 'tooLong' });
  return replaceWith(state, { screen: 'code-entry', input: value });
}

/** Android asks for the PIN next; iOS sends the code straight away ("Activate IB Key"). */
export function submitCode(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'code-entry') return state;
  const checked = normaliseOfferCode(phone.input);
  if (!checked.ok) return replaceWith(state, { ...phone, problem: checked.problem });
  if (state.platform === 'ios') return attemptActivation(state, checked.code);
  return goTo(state, { screen: 'pin-entry', code: checked.code, pin: '' });
}

export function typePin(state: EnrollmentState, value: string): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'pin-entry') return state;
  if (!fitsLength(value, PIN_RULE.maxInput)) return replaceWith(state, { ...phone, problem: 'tooLong' });
  return replaceWith(state, { screen: 'pin-entry', code: phone.code, pin: value });
}

/** ACTIVATE: the PIN must be 4–6 digits before anything is sent. */
export function activate(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'pin-entry') return state;
  const checked = normalisePin(phone.pin);
  if (!checked.ok) return replaceWith(state, { ...phone, problem: checked.problem });
  return attemptActivation(state, phone.code, checked.pin);
}
