/**
 * Sending a code to the simulated server and what follows: the 'activating' wait for the
 * device secret (made with Web Crypto by the view, returned as SECRET_CREATED), success,
 * and the error screens with their way back.
 */
import { checkActivation } from '../services/enrollment-offers';
import { enrolledAccount, isDeviceSecret } from '../services/practice-account';
import { goTo, startAt } from './enrollment.history';
import { offerTime, portalOffer, withPortalOffer } from './enrollment.portal-offer';
import type { EnrollmentState } from './enrollment.types';

/** The server checks `code` against the portal's offer; the phone shows the wait or the error. */
export function attemptActivation(state: EnrollmentState, code: string, pin?: string): EnrollmentState {
  const offer = portalOffer(state);
  const result = checkActivation(state.account, offer, code, offerTime(state.clock));
  const checked = result.offer === null || result.offer === offer ? state : withPortalOffer(state, result.offer);
  if (!result.ok) return goTo(checked, { screen: 'error', reason: result.error });
  return goTo(checked, pin === undefined ? { screen: 'activating', code } : { screen: 'activating', code, pin });
}

/** iOS and the banner path: Face ID, fingerprint or passcode confirms, then the code is sent. */
export function unlock(state: EnrollmentState): EnrollmentState {
  return state.phone.screen === 'unlock' ? attemptActivation(state, state.phone.code) : state;
}

/** The device secret arrived: the account is enrolled on this platform. */
export function secretCreated(state: EnrollmentState, secret: string): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'activating' || !isDeviceSecret(secret)) return state;
  const account = enrolledAccount(state.account, secret, state.platform, phone.pin);
  const offer = portalOffer(state);
  // Already spent when the server accepted the code; marked again in case of a re-login since.
  const enrolled = offer !== null && offer.code === phone.code ? withPortalOffer(state, { ...offer, used: true }) : state;
  return startAt({ ...enrolled, account }, { screen: 'success' });
}

/**
 * DONE on a result screen. Success and "already enrolled" end at the app's home. Other errors
 * return to the code field (emptied) so the reader can type a new code, after logging out
 * and in on the portal when the old one is spent; the banner path has no code field, so it
 * ends at the app's home as well.
 */
export function tapDone(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen === 'success') return startAt(state, { screen: 'app-home' });
  if (phone.screen !== 'error') return state;
  const codeEntry = state.history.findLastIndex((screen) => screen.screen === 'code-entry');
  if (phone.reason === 'alreadyEnrolled' || codeEntry < 0) return startAt(state, { screen: 'app-home' });
  return { ...state, phone: { screen: 'code-entry', input: '' }, history: state.history.slice(0, codeEntry) };
}
