/**
 * The Client Portal side: a task asks for verification, Continue shows a challenge (or, with
 * no device on this platform, the way to get one), and the typed response is checked by the
 * simulated server (an effect whose verdict comes back as RESPONSE_CHECKED).
 */
import { recordWrong } from '../kit/attempts';
import { clockTime, movesForward } from '../kit/clock';
import { checkDigits, typed } from '../kit/digits';
import {
  CHALLENGE_TTL_MS, deviceOf, LOCK_MS, MAX_WRONG_RESPONSES, REMEMBERED_CHALLENGES, RESPONSE_RULE,
  type Verdict,
} from '../services/challenges';
import { isDeviceSecret, withIbKey, withToken } from '../services/practice-account';
import { PRACTICE_PINS } from './challenge-login.practice';
import type { ChallengeState, PortalScreen } from './challenge-login.types';

const isChallenge = (value: string) => /^[0-9]{6}$/.test(value);
type ChallengeScreen = Extract<PortalScreen, { screen: 'challenge' }>;

function challengeScreen(state: ChallengeState, challenge: string, wrong = 0): ChallengeScreen {
  return { screen: 'challenge', challenge, expiresAt: clockTime(state.clock) + CHALLENGE_TTL_MS, input: '', wrong };
}

/** The challenge on screen goes to the remembered ones. */
function remembered(state: ChallengeState): string[] {
  const current = state.portal.screen === 'challenge' ? [state.portal.challenge] : [];
  return [...current, ...state.earlier].slice(0, REMEMBERED_CHALLENGES);
}

export function portalContinue(state: ChallengeState, now: number, challenge: string): ChallengeState {
  if (state.portal.screen !== 'login' || !isChallenge(challenge) || !movesForward(state.clock, now)) return state;
  const clock = { now };
  if (deviceOf(state.account, state.platform) === null) return { ...state, clock, portal: { screen: 'no-device', preparing: false } };
  return { ...state, clock, portal: challengeScreen({ ...state, clock }, challenge) };
}

/** A new challenge for the same login (the old one expired); wrong tries still count. */
export function newChallenge(state: ChallengeState, now: number, challenge: string): ChallengeState {
  const { portal } = state;
  if (portal.screen !== 'challenge' || !isChallenge(challenge) || !movesForward(state.clock, now)) return state;
  const moved: ChallengeState = { ...state, clock: { now }, earlier: remembered(state) };
  return { ...moved, portal: challengeScreen(moved, challenge, portal.wrong) };
}

export function portalLogOut(state: ChallengeState): ChallengeState {
  if (state.portal.screen === 'login' || state.portal.screen === 'locked') return state;
  return { ...state, earlier: remembered(state), portal: { screen: 'login' }, clock: { now: state.clock.now } };
}

export function typeResponse(state: ChallengeState, value: string): ChallengeState {
  const { portal } = state;
  if (portal.screen !== 'challenge' || portal.checking !== undefined) return state;
  const next = typed(portal.input, value, RESPONSE_RULE.maxInput);
  const { problem: _dropped, ...rest } = portal;
  return { ...state, portal: next.tooLong ? { ...portal, problem: 'tooLong' } : { ...rest, input: next.value } };
}

/** Continue with the response: the field's rules first, then the server (unless the challenge has run out). */
export function submitResponse(state: ChallengeState): ChallengeState {
  const { portal } = state;
  if (portal.screen !== 'challenge' || portal.checking !== undefined) return state;
  if (clockTime(state.clock) >= portal.expiresAt) return { ...state, portal: { ...portal, problem: 'expired' } };
  const checked = checkDigits(portal.input, RESPONSE_RULE);
  if (!checked.ok) return { ...state, portal: { ...portal, problem: checked.problem } };
  const { problem: _dropped, ...rest } = portal;
  return { ...state, portal: { ...rest, checking: checked.value, spaced: /\s/.test(portal.input) } };
}

export function responseChecked(state: ChallengeState, verdict: Verdict): ChallengeState {
  const { portal } = state;
  if (portal.screen !== 'challenge' || portal.checking === undefined) return state;
  const { checking: _done, spaced, ...rest } = portal;
  if (verdict === 'current') return { ...state, portal: spaced === true ? { screen: 'done', spacesRemoved: true } : { screen: 'done' } };
  const { attempts, locked } = recordWrong({ wrong: portal.wrong }, MAX_WRONG_RESPONSES);
  if (locked) {
    // The lock runs in real time (as lockRemainingMs shows it): a pause of the challenge's countdown ends with the challenge.
    const clock = { now: state.clock.now };
    return { ...state, clock, earlier: remembered(state), portal: { screen: 'locked', until: clock.now + LOCK_MS } };
  }
  return { ...state, portal: { ...rest, wrong: attempts.wrong, problem: verdict === 'previous' ? 'oldChallenge' : 'wrongResponse' } };
}

/** The lock lifts by itself: the portal goes back to the login (time from TICK). */
export function liftLock(state: ChallengeState): ChallengeState {
  return state.portal.screen === 'locked' && clockTime(state.clock) >= state.portal.until ? { ...state, portal: { screen: 'login' } } : state;
}

export function getPracticeDevice(state: ChallengeState): ChallengeState {
  return state.portal.screen === 'no-device' && !state.portal.preparing ? { ...state, portal: { screen: 'no-device', preparing: true } } : state;
}

/** The practice device exists: the account has it (with the practice PIN), and the portal shows a challenge. */
export function practiceDeviceReady(state: ChallengeState, secret: string, challenge: string): ChallengeState {
  if (state.portal.screen !== 'no-device' || !state.portal.preparing || !isDeviceSecret(secret) || !isChallenge(challenge)) return state;
  const { platform } = state;
  const account =
    platform === 'token' ? withToken(state.account, secret, PRACTICE_PINS.token) : withIbKey(state.account, platform, secret, PRACTICE_PINS.android);
  return { ...state, account, portal: challengeScreen(state, challenge) };
}
