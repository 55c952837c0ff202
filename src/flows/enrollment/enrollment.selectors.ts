/**
 * Read-only questions the view asks of a state, answered here so the view never repeats
 * the machine's rules (what counts as expired, how a pause freezes the countdown).
 */
import { offerTime, portalOffer } from './enrollment.portal-offer';
import type { EnrollmentState } from './enrollment.types';

export type OfferStatus = 'none' | 'live' | 'expired' | 'used';

/** What the portal's activation banner shows: no offer, a live code, or "log out and in again". */
export function offerStatus(state: EnrollmentState): OfferStatus {
  const offer = portalOffer(state);
  if (offer === null) return 'none';
  if (offer.used) return 'used';
  return offerTime(state.clock) >= offer.expiresAt ? 'expired' : 'live';
}

/** Milliseconds left on the countdown (frozen while paused), or null when there is nothing to count. */
export function offerRemainingMs(state: EnrollmentState): number | null {
  const offer = portalOffer(state);
  if (offer === null || offerStatus(state) !== 'live') return null;
  return offer.expiresAt - offerTime(state.clock);
}

export function isCountdownPaused(state: EnrollmentState): boolean {
  return state.clock.pausedAt !== undefined;
}
