/** Reading and replacing the offer the portal shows, for the clock and the activation check. */
import { clockTime } from '../kit/clock';
import { isOfferDead, type Offer } from '../services/activation-offers';
import type { EnrollmentState } from './enrollment.types';

/** The offer on the portal's home screen, or null when nobody is logged in. */
export function portalOffer(state: EnrollmentState): Offer | null {
  return state.portal.screen === 'home' ? state.portal.offer : null;
}

/** The portal's offer if it can still be used (not spent, not expired; time stands still while paused). */
export function livePortalOffer(state: EnrollmentState): Offer | null {
  const offer = portalOffer(state);
  return offer !== null && !isOfferDead(offer, clockTime(state.clock)) ? offer : null;
}

/** The state with the portal's offer replaced (no change when the portal has none). */
export function withPortalOffer(state: EnrollmentState, offer: Offer): EnrollmentState {
  if (state.portal.screen !== 'home') return state;
  return { ...state, portal: { ...state.portal, offer } };
}
