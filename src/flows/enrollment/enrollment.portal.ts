/**
 * The Client Portal side. Logging in issues a fresh offer (the code comes in the event,
 * made by the view's randomness). An enrolled user is not let in directly: the broker sends
 * a notification to the phone, and tapping it completes the login; that is the guides' test
 * for "am I already enrolled?" after the app's one activation error.
 */
import { movesForward } from '../kit/clock';
import { newOffer, normaliseOfferCode } from '../services/activation-offers';
import { isEnrolled } from '../services/practice-account';
import { goTo, previous } from './enrollment.history';
import type { EnrollmentState } from './enrollment.types';

export function portalLogIn(state: EnrollmentState, now: number, offerCode: string): EnrollmentState {
  const checked = normaliseOfferCode(offerCode);
  if (state.portal.screen !== 'login' || !checked.ok || !movesForward(state.clock, now)) return state;
  // Logged out means nothing is paused (PORTAL_LOG_OUT clears it), so the clock is just `now`.
  const loggedIn: EnrollmentState = { ...state, clock: { now } };
  const offer = newOffer(checked.code, now);
  if (!isEnrolled(state.account)) return { ...loggedIn, portal: { screen: 'home', offer, confirmedEnrolled: false } };
  return goTo({ ...loggedIn, portal: { screen: 'push-sent', pendingOffer: offer } }, { screen: 'notification' });
}

/** Logging out discards the offer; the next login gets a new one. */
export function portalLogOut(state: EnrollmentState): EnrollmentState {
  if (state.portal.screen === 'login') return state;
  const loggedOut: EnrollmentState = { ...state, portal: { screen: 'login' }, clock: { now: state.clock.now } };
  return state.phone.screen === 'notification' ? previous(loggedOut, { screen: 'app-login' }) : loggedOut;
}

/** The tap on the login notification: the portal lets the enrolled user in, the phone goes back. */
export function tapNotification(state: EnrollmentState): EnrollmentState {
  if (state.phone.screen !== 'notification' || state.portal.screen !== 'push-sent') return state;
  const offer = state.portal.pendingOffer;
  if (offer === undefined) return state;
  return previous({ ...state, portal: { screen: 'home', offer, confirmedEnrolled: true } }, { screen: 'app-login' });
}
