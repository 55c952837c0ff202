/**
 * Time in the enrollment flow. The view sends TICK about once a second; the offer's expiry
 * is checked against "offer time", which stands still while the reader has paused the
 * countdown (WCAG 2.2.1, timing adjustable). Time never runs backwards: an event whose
 * `now` is older than the clock (or not a number) changes nothing.
 */
import { OFFER_TTL_MS } from '../services/enrollment-offers';
import { livePortalOffer, offerTime, withPortalOffer } from './enrollment.portal-offer';
import type { Clock, EnrollmentState } from './enrollment.types';

const movesForward = (clock: Clock, now: number) => Number.isFinite(now) && now >= clock.now;

export function tick(state: EnrollmentState, now: number): EnrollmentState {
  if (!movesForward(state.clock, now) || now === state.clock.now) return state;
  return { ...state, clock: { ...state.clock, now } };
}

/** Pausing only means something while a live offer is counting down. */
export function pause(state: EnrollmentState, now: number): EnrollmentState {
  if (!movesForward(state.clock, now) || state.clock.pausedAt !== undefined) return state;
  if (livePortalOffer(state) === null) return state;
  return { ...state, clock: { now, pausedAt: now } };
}

/** The expiry moves on by the time spent paused, so the reader gets back what was left. */
export function resume(state: EnrollmentState, now: number): EnrollmentState {
  const { pausedAt } = state.clock;
  if (!movesForward(state.clock, now) || pausedAt === undefined) return state;
  const resumed: EnrollmentState = { ...state, clock: { now } };
  const offer = livePortalOffer(state);
  if (offer === null) return resumed;
  return withPortalOffer(resumed, { ...offer, expiresAt: offer.expiresAt + (now - pausedAt) });
}

/** A full TTL again from (offer) time now, for a live offer only: a dead one needs a new login. */
export function extend(state: EnrollmentState, now: number): EnrollmentState {
  if (!movesForward(state.clock, now)) return state;
  const offer = livePortalOffer(state);
  if (offer === null) return state;
  const clock: Clock = state.clock.pausedAt === undefined ? { now } : { now, pausedAt: state.clock.pausedAt };
  return withPortalOffer({ ...state, clock }, { ...offer, expiresAt: offerTime(clock) + OFFER_TTL_MS });
}
