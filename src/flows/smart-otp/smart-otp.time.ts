/**
 * Practice time: the broker and the PC share one clock, the kit's clock minus `lagMs`. A code
 * the app shows lives until the end of its 60-second step; while the reader has paused
 * (WCAG 2.2.1) that clock stands still, and "full time again" moves it back to the start of
 * the step, so the code shown gets its whole 60 seconds again. Either way it only ever runs
 * behind event time, never ahead, and the kit's clock itself only moves forward.
 */
import { advance, clockTime, isPaused, movesForward, pauseAt, resumeAt } from '../kit/clock';
import { msLeftInStep, otpStepAt, OTP_PERIOD_MS } from '../services/otp-registrations';
import type { SmartOtpState } from './smart-otp.types';

/** The broker's and the PC's time now (stands still while paused). */
export const practiceNow = (state: SmartOtpState): number => clockTime(state.clock) - state.lagMs;

/** The code the app shows while its step lasts, or null (none shown, or it ran out). */
export function liveOtp(state: SmartOtpState): { code: string; step: number } | null {
  const window = state.desktop.window;
  if (window?.screen !== 'menu' || window.otp === undefined) return null;
  return window.otp.step === otpStepAt(practiceNow(state)) ? window.otp : null;
}

/** A code is shown but its step has passed. */
export function otpExpired(state: SmartOtpState): boolean {
  const window = state.desktop.window;
  return window?.screen === 'menu' && window.otp !== undefined && liveOtp(state) === null;
}

export function otpRemainingMs(state: SmartOtpState): number | null {
  return liveOtp(state) === null ? null : msLeftInStep(practiceNow(state));
}

export const isOtpPaused = (state: SmartOtpState): boolean => isPaused(state.clock);

/** The clock at `now` (same state when `now` is not later). */
export function atTime(state: SmartOtpState, now: number): SmartOtpState {
  const clock = advance(state.clock, now);
  return clock === state.clock ? state : { ...state, clock };
}

/** Pausing only means something while a code is counting down. */
export function pause(state: SmartOtpState, now: number): SmartOtpState {
  if (liveOtp(state) === null) return state;
  const clock = pauseAt(state.clock, now);
  return clock === state.clock ? state : { ...state, clock };
}

export function resume(state: SmartOtpState, now: number): SmartOtpState {
  const { clock, pausedFor } = resumeAt(state.clock, now);
  return clock === state.clock ? state : { ...state, clock, lagMs: state.lagMs + pausedFor };
}

/** Full time again for the code shown: practice time goes back to the start of its step. */
export function extend(state: SmartOtpState, now: number): SmartOtpState {
  if (liveOtp(state) === null || !movesForward(state.clock, now)) return state;
  const moved = atTime(state, now);
  return { ...moved, lagMs: moved.lagMs + (practiceNow(moved) % OTP_PERIOD_MS) };
}

/** A pause ends by itself when there is no code left to count down (the app was closed, a withdrawal was done). */
export function endStrayPause(state: SmartOtpState): SmartOtpState {
  return isPaused(state.clock) && liveOtp(state) === null ? resume(state, state.clock.now) : state;
}
