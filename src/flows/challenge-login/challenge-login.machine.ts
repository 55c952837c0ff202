/**
 * The challenge-login machine: `transition(state, event)` is pure and total; an event that
 * does not apply returns the very same state object.
 */
import { advance, movesForward, pauseAt, resumeAt, shifted } from '../kit/clock';
import type { InitialContext } from '../kit/flow';
import { CHALLENGE_TTL_MS } from '../services/challenges';
import { back, generate, openingScreen, responseReady, tap, typeChallenge, typePin, unlock } from './challenge-login.phone';
import {
  getPracticeDevice, liftLock, newChallenge, portalContinue, portalLogOut, practiceDeviceReady, responseChecked,
  submitResponse, typeResponse,
} from './challenge-login.portal';
import { liveChallenge } from './challenge-login.selectors';
import { key, power, TOKEN_OFF, tokenResponse, unlockToken } from './challenge-login.token';
import type { ChallengeDevice, ChallengeEvent, ChallengeSetup, ChallengeState } from './challenge-login.types';

/** The portal asks for verification; the phone's app opens where the setup says; the token is off. */
export function createChallengeLogin({ account, platform, now, setup }: InitialContext<ChallengeSetup, ChallengeDevice>): ChallengeState {
  return { platform, account, clock: { now }, portal: { screen: 'login' }, earlier: [], phone: openingScreen(setup?.opens), history: [], token: TOKEN_OFF };
}

function tick(state: ChallengeState, now: number): ChallengeState {
  const clock = advance(state.clock, now);
  return clock === state.clock ? state : liftLock({ ...state, clock });
}

/** Pause, resume and extend act on a live challenge only (WCAG 2.2.1: the reader gets the time back). */
function timer(state: ChallengeState, type: 'PAUSE' | 'RESUME' | 'EXTEND', now: number): ChallengeState {
  const live = liveChallenge(state);
  if (live === null || !movesForward(state.clock, now)) return state;
  if (type === 'PAUSE') return { ...state, clock: pauseAt(state.clock, now) };
  if (type === 'RESUME') {
    const { clock, pausedFor } = resumeAt(state.clock, now);
    return { ...state, clock, portal: shifted(live, pausedFor) };
  }
  const clock = advance(state.clock, now);
  return { ...state, clock, portal: { ...live, expiresAt: (clock.pausedAt ?? clock.now) + CHALLENGE_TTL_MS } };
}

export function transition(state: ChallengeState, event: ChallengeEvent): ChallengeState {
  switch (event.type) {
    case 'TICK':
      return tick(state, event.now);
    case 'PAUSE':
    case 'RESUME':
    case 'EXTEND':
      return timer(state, event.type, event.now);
    case 'PORTAL_CONTINUE':
      return portalContinue(state, event.now, event.challenge);
    case 'PORTAL_LOG_OUT':
      return portalLogOut(state);
    case 'NEW_CHALLENGE':
      return newChallenge(state, event.now, event.challenge);
    case 'TYPE_RESPONSE':
      return typeResponse(state, event.value);
    case 'SUBMIT_RESPONSE':
      return submitResponse(state);
    case 'RESPONSE_CHECKED':
      return responseChecked(state, event.verdict);
    case 'GET_PRACTICE_DEVICE':
      return getPracticeDevice(state);
    case 'PRACTICE_DEVICE_READY':
      return practiceDeviceReady(state, event.secret, event.challenge);
    case 'TAP':
      return tap(state, event.target);
    case 'BACK':
      return back(state);
    case 'TYPE_CHALLENGE':
      return typeChallenge(state, event.value);
    case 'TYPE_PIN':
      return typePin(state, event.value);
    case 'GENERATE_PASSCODE':
      return generate(state);
    case 'UNLOCK':
      return unlock(state);
    case 'RESPONSE_READY':
      return responseReady(state, event.response);
    case 'TOKEN_POWER':
      return power(state);
    case 'TOKEN_KEY':
      return key(state, event.key);
    case 'TOKEN_RESPONSE':
      return tokenResponse(state, event.response);
    case 'TOKEN_UNLOCK':
      return unlockToken(state);
    default:
      // Events from outside (storage, an older view) may be anything: ignore what is unknown.
      return state;
  }
}
