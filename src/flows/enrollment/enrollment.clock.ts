/**
 * Time in the enrollment flow, on the kit's clock: the offer's expiry stands still while the
 * reader has paused (WCAG 2.2.1), and moves on by the pause when they resume. Time never
 * runs backwards: an event whose `now` is older than the clock changes nothing.
 */
import { advance, clockTime, movesForward, pauseAt, resumeAt } from '../kit/clock';
import { OFFER_TTL_MS } from '../services/activation-offers';
import { livePortalOffer, withPortalOffer } from './enrollment.portal-offer';
import type { EnrollmentState } from './enrollment.types';

export function tick(state: EnrollmentState, now: number): EnrollmentState {
  const clock = advance(state.clock, now);
  return clock === state.clock ? state : { ...state, clock };
}

/** Pausing only means something while a live offer is counting down. */
export function pause(state: EnrollmentState, now: number): EnrollmentState {
  if (livePortalOffer(state) === null) return state;
  const clock = pauseAt(state.clock, now);
  return clock === state.clock ? state : { ...state, clock };
}

export function resume(state: EnrollmentState, now: number): EnrollmentState {
  const offer = livePortalOffer(state);
  const { clock, pausedFor } = resumeAt(state.clock, now);
  if (clock === state.clock) return state;
  const resumed: EnrollmentState = { ...state, clock };
  return offer === null ? resumed : withPortalOffer(resumed, { ...offer, expiresAt: offer.expiresAt + pausedFor });
}

/** A full lifetime again from now, for a live offer only: a dead one needs a new login. */
export function extend(state: EnrollmentState, now: number): EnrollmentState {
  const offer = livePortalOffer(state);
  if (offer === null || !movesForward(state.clock, now)) return state;
  const clock = advance(state.clock, now);
  return withPortalOffer({ ...state, clock }, { ...offer, expiresAt: clockTime(clock) + OFFER_TTL_MS });
}
