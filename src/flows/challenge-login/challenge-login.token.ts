/**
 * The DSC+ hardware token: "press" turns it on at PIN>; the 4-digit PIN and OK lead to
 * CHALLNG>; the 6-digit challenge and OK give the 8-digit response (an effect). The token
 * checks the PIN itself: how it says a PIN is wrong, and that 3 wrong PINs lock it, are the
 * simulator's choices (the UI marks them "practice"); the real token's behaviour is not public.
 */
import type { ChallengeState, TokenKey, TokenState } from './challenge-login.types';

export const TOKEN_PIN_DIGITS = 4;
export const TOKEN_CHALLENGE_DIGITS = 6;
export const MAX_WRONG_PINS = 3;

export const TOKEN_OFF: TokenState = { mode: 'off', entry: '', wrongPins: 0 };

const withToken = (state: ChallengeState, token: TokenState): ChallengeState => (state.platform === 'token' ? { ...state, token } : state);

/** The power button: on at PIN> (a locked token stays locked), off from any screen. */
export function power(state: ChallengeState): ChallengeState {
  const { token } = state;
  if (token.mode === 'off') return withToken(state, { mode: token.wrongPins >= MAX_WRONG_PINS ? 'locked' : 'pin', entry: '', wrongPins: token.wrongPins });
  return withToken(state, { mode: 'off', entry: '', wrongPins: token.wrongPins });
}

/** How many digits the current prompt takes; more are ignored, as on the device. */
const capacity = (mode: TokenState['mode']) => (mode === 'pin' ? TOKEN_PIN_DIGITS : mode === 'challenge' ? TOKEN_CHALLENGE_DIGITS : 0);

export function key(state: ChallengeState, pressed: TokenKey): ChallengeState {
  const { token } = state;
  if (token.mode === 'pin-wrong') return withToken(state, { mode: 'pin', entry: '', wrongPins: token.wrongPins });
  if (token.mode !== 'pin' && token.mode !== 'challenge') return state;
  if (pressed === 'clear') return withToken(state, { ...token, entry: token.entry.slice(0, -1) });
  if (pressed !== 'ok') return token.entry.length < capacity(token.mode) ? withToken(state, { ...token, entry: token.entry + pressed }) : state;
  if (token.entry.length < capacity(token.mode)) return state;
  return token.mode === 'pin' ? checkPin(state, token) : withToken(state, { ...token, mode: 'generating' });
}

function checkPin(state: ChallengeState, token: TokenState): ChallengeState {
  if (token.entry === state.account.token?.pin) return withToken(state, { mode: 'challenge', entry: '', wrongPins: 0 });
  const wrongPins = token.wrongPins + 1;
  return withToken(state, { mode: wrongPins >= MAX_WRONG_PINS ? 'locked' : 'pin-wrong', entry: '', wrongPins });
}

export function tokenResponse(state: ChallengeState, response: string): ChallengeState {
  const { token } = state;
  if (token.mode !== 'generating' || !/^[0-9]{8}$/.test(response)) return state;
  return withToken(state, { mode: 'response', entry: token.entry, response, wrongPins: 0 });
}

/** Practice only: the simulator unlocks a locked token (the real one needs the broker). */
export function unlockToken(state: ChallengeState): ChallengeState {
  return state.token.mode === 'locked' ? withToken(state, TOKEN_OFF) : state;
}
