/**
 * IB Key in IBKR Mobile: three ways in (the app's home screen → Authenticate; the login
 * screen → Services → Authenticate; the portfolio → More → Two-Factor Authentication →
 * Generate Code / Generate Response), the challenge (Android: with the PIN), the iPhone's
 * Face ID / Touch ID / passcode, and the response, computed by an effect.
 */
import { checkDigits, typed } from '../kit/digits';
import { pop, push, replace, restart, type Nav } from '../kit/nav-stack';
import { CHALLENGE_RULE, deviceOf } from '../services/challenges';
import { PIN_RULE } from '../services/activation-offers';
import type { AppTarget, ChallengeSetup, ChallengeState, PhoneScreen } from './challenge-login.types';

export const openingScreen = (opens: ChallengeSetup['opens'] = 'login'): PhoneScreen => ({ screen: opens });

const EMPTY_CHALLENGE: PhoneScreen = { screen: 'challenge', challenge: '', pin: '' };

/** The screen as it looks when the reader comes back to it: no complaint showing. */
function settled(screen: PhoneScreen): PhoneScreen {
  return screen.screen === 'challenge' ? { screen: 'challenge', challenge: screen.challenge, pin: screen.pin } : screen;
}

const navOf = (state: ChallengeState): Nav<PhoneScreen> => ({ screen: state.phone, history: state.history });
const withNav = (state: ChallengeState, nav: Nav<PhoneScreen>): ChallengeState => ({ ...state, phone: nav.screen, history: [...nav.history] });
const goTo = (state: ChallengeState, next: PhoneScreen) => withNav(state, push(navOf(state), next, settled));

/** Where each button leads, by the screen it is on. */
const MOVES: Readonly<Record<string, PhoneScreen>> = {
  'home:authenticate': EMPTY_CHALLENGE,
  'login:services': { screen: 'menu', menu: 'services' },
  'login:log-in': { screen: 'portfolio' },
  'menu-services:authenticate': EMPTY_CHALLENGE,
  'portfolio:more': { screen: 'menu', menu: 'more' },
  'menu-more:two-factor': { screen: 'menu', menu: 'two-factor' },
  'menu-two-factor:generate': EMPTY_CHALLENGE,
};

const screenKey = (phone: PhoneScreen) => (phone.screen === 'menu' ? `menu-${phone.menu}` : phone.screen);

export function tap(state: ChallengeState, target: AppTarget): ChallengeState {
  if (state.platform === 'token') return state;
  // Done: back to the screen the app opened on, ready for the next challenge.
  if (target === 'done' && (state.phone.screen === 'response' || state.phone.screen === 'not-activated')) {
    return withNav(state, restart(state.history[0] ?? { screen: 'home' }));
  }
  const move = MOVES[`${screenKey(state.phone)}:${target}`];
  if (move === undefined) return state;
  // Logging in replaces the login screen (the app has no way back to it).
  return target === 'log-in' ? withNav(state, restart(move)) : goTo(state, move);
}

export function back(state: ChallengeState): ChallengeState {
  if (state.phone.screen === 'generating' || state.phone.screen === 'response') return state;
  const nav = pop(navOf(state));
  return nav === null ? state : withNav(state, nav);
}

export function typeChallenge(state: ChallengeState, value: string): ChallengeState {
  const { phone } = state;
  if (phone.screen !== 'challenge') return state;
  const next = typed(phone.challenge, value, CHALLENGE_RULE.maxInput);
  const { challengeProblem: _dropped, ...rest } = phone;
  return { ...state, phone: next.tooLong ? { ...phone, challengeProblem: 'tooLong' } : { ...rest, challenge: next.value } };
}

export function typePin(state: ChallengeState, value: string): ChallengeState {
  const { phone } = state;
  if (phone.screen !== 'challenge' || state.platform !== 'android') return state;
  const next = typed(phone.pin, value, PIN_RULE.maxInput);
  const { pinProblem: _dropped, ...rest } = phone;
  return { ...state, phone: next.tooLong ? { ...phone, pinProblem: 'tooLong' } : { ...rest, pin: next.value } };
}

/**
 * Generate Passcode. The app checks the form of what was typed; it cannot know the PIN is
 * wrong (the PIN goes into the response, and the portal refuses that response).
 */
export function generate(state: ChallengeState): ChallengeState {
  const { phone } = state;
  if (phone.screen !== 'challenge') return state;
  if (deviceOf(state.account, state.platform) === null) return withNav(state, replace(navOf(state), { screen: 'not-activated' }));
  const challenge = checkDigits(phone.challenge, CHALLENGE_RULE);
  const pin = state.platform === 'android' ? checkDigits(phone.pin, PIN_RULE) : null;
  if (!challenge.ok || (pin !== null && !pin.ok)) {
    const problems = { ...(challenge.ok ? {} : { challengeProblem: challenge.problem }), ...(pin === null || pin.ok ? {} : { pinProblem: pin.problem }) };
    return { ...state, phone: { ...settled(phone), ...problems } };
  }
  if (pin !== null && pin.ok) return goTo(state, { screen: 'generating', challenge: challenge.value, pin: pin.value });
  return goTo(state, { screen: 'unlock', challenge: challenge.value });
}

/** iPhone: Face ID, Touch ID or the passcode confirms; any of them lets the app compute the response. */
export function unlock(state: ChallengeState): ChallengeState {
  const { phone } = state;
  return phone.screen === 'unlock' ? withNav(state, replace(navOf(state), { screen: 'generating', challenge: phone.challenge })) : state;
}

export function responseReady(state: ChallengeState, response: string): ChallengeState {
  const { phone } = state;
  if (phone.screen !== 'generating' || !/^[0-9]{8}$/.test(response)) return state;
  return withNav(state, replace(navOf(state), { screen: 'response', challenge: phone.challenge, response }));
}
