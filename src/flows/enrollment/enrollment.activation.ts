/**
 * Sending a code to the simulated server and what follows: the 'activating' wait for the
 * device secret (an effect), success, and the ONE error screen with its way back.
 */
import { clockTime } from '../kit/clock';
import { checkActivation } from '../services/activation-offers';
import { isDeviceSecret, withIbKey } from '../services/practice-account';
import { goTo, startAt } from './enrollment.history';
import { portalOffer, withPortalOffer } from './enrollment.portal-offer';
import type { EnrollmentState } from './enrollment.types';

/** The server checks `code` against the portal's offer; the phone shows the wait or the error. */
export function attemptActivation(state: EnrollmentState, code: string, pin?: string): EnrollmentState {
  const offer = portalOffer(state);
  const result = checkActivation(state.account, offer, code, clockTime(state.clock));
  const checked = result.offer === null || result.offer === offer ? state : withPortalOffer(state, result.offer);
  if (!result.ok) return goTo(checked, { screen: 'error', cause: result.failure });
  return goTo(checked, pin === undefined ? { screen: 'activating', code } : { screen: 'activating', code, pin });
}

/** iOS and the banner path: Face ID, fingerprint or passcode confirms, then the code is sent. */
export function unlock(state: EnrollmentState): EnrollmentState {
  return state.phone.screen === 'unlock' ? attemptActivation(state, state.phone.code) : state;
}

/** The device secret arrived: the account has IB Key on this phone. */
export function secretCreated(state: EnrollmentState, secret: string): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'activating' || !isDeviceSecret(secret)) return state;
  const account = withIbKey(state.account, state.platform, secret, phone.pin);
  const offer = portalOffer(state);
  // Already spent when the server accepted the code; marked again in case of a re-login since.
  const spent = offer !== null && offer.code === phone.code ? withPortalOffer(state, { ...offer, used: true }) : state;
  return startAt({ ...spent, account }, { screen: 'success' });
}

/**
 * DONE on a result screen. Success ends at the app's home. The error returns to the code
 * field (emptied), so the reader can type a fresh code after logging out and in on the
 * portal; the banner path has no code field, so it ends at the app's home as well.
 */
export function tapDone(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen === 'success') return startAt(state, { screen: 'app-home' });
  if (phone.screen !== 'error') return state;
  const codeEntry = state.history.findLastIndex((screen) => screen.screen === 'code-entry');
  if (codeEntry < 0) return startAt(state, { screen: 'app-home' });
  return { ...state, phone: { screen: 'code-entry', input: '' }, history: state.history.slice(0, codeEntry) };
}
