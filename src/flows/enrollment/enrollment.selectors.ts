/**
 * Read-only questions the view asks of a state, answered here so the view never repeats
 * the machine's rules (what counts as expired, how a pause freezes the countdown).
 */
import { clockTime, isPaused } from '../kit/clock';
import { portalOffer } from './enrollment.portal-offer';
import type { EnrollmentState } from './enrollment.types';

export type OfferStatus = 'none' | 'live' | 'expired' | 'used';

/** What the portal's activation banner shows: no offer, a live code, or "log out and in again". */
export function offerStatus(state: EnrollmentState): OfferStatus {
  const offer = portalOffer(state);
  if (offer === null) return 'none';
  if (offer.used) return 'used';
  return clockTime(state.clock) >= offer.expiresAt ? 'expired' : 'live';
}

/** Milliseconds left on the countdown (frozen while paused), or null when there is nothing to count. */
export function offerRemainingMs(state: EnrollmentState): number | null {
  const offer = portalOffer(state);
  if (offer === null || offerStatus(state) !== 'live') return null;
  return offer.expiresAt - clockTime(state.clock);
}

export const isCountdownPaused = (state: EnrollmentState): boolean => isPaused(state.clock);

/**
 * The portal shows the activation banner (QR, code, countdown) when logged in, unless the
 * user is known to be enrolled: confirmed by the phone, or just activated (then the banner
 * gives way to "IB Key is active").
 */
export function portalShowsOffer(state: EnrollmentState): boolean {
  const { portal } = state;
  if (portal.screen !== 'home' || portal.confirmedEnrolled) return false;
  return !(state.account.ibKey !== undefined && offerStatus(state) !== 'live');
}

/** The phone's camera sees the portal's QR: a camera screen, rear lens, and a QR on the portal. */
export function viewfinderShowsQr(state: EnrollmentState): boolean {
  const screen = state.phone.screen;
  return (screen === 'camera' || screen === 'qr-banner') && state.settings.lens === 'rear' && portalOffer(state) !== null;
}
