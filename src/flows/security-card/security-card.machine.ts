/**
 * The security-card machine: pure and total; an event that does not apply returns the same
 * state object. "Today" is the clock plus the practice calendar's days ahead.
 */
import { advance } from '../kit/clock';
import type { InitialContext } from '../kit/flow';
import { typed } from '../kit/digits';
import {
  activated, cardStatus, checkCardValues, checkTempPasscode, DAY_MS, MAX_WRONG_CARD_TRIES, type SecurityCard,
} from '../services/security-cards';
import type { SecurityCardEvent, SecurityCardState, ValuesScreen } from './security-card.types';

const MAX_INPUT = 64;
/** The practice calendar moves at most this far ahead (a year is plenty to see any expiry). */
const MAX_DAYS_AHEAD = 400;

export const today = (state: SecurityCardState): number => state.clock.now + state.daysAhead * DAY_MS;

export function createSecurityCard({ account, now }: InitialContext<never, 'computer'>): SecurityCardState {
  return { platform: 'computer', account, clock: { now }, daysAhead: 0, screen: { screen: 'login', passcode: '' } };
}

const isCard = (values: readonly string[]) => values.length === 40 && values.every((v) => /^[0-9]{3}$/.test(v));
const validIndices = ([a, b]: [number, number]) => a !== b && [a, b].every((i) => Number.isInteger(i) && i >= 1 && i <= 40);

/**
 * Login. With an active card, the card is asked for (new index numbers each time). Without
 * one, the temporary passcode lets the reader in and the card is shown: the card they have,
 * or a new one when it expired or there is none.
 */
function logIn(state: SecurityCardState, now: number, indices: [number, number], newCard: string[]): SecurityCardState {
  const { screen } = state;
  if (screen.screen !== 'login' || !validIndices(indices) || !isCard(newCard)) return state;
  const clock = advance(state.clock, now);
  const moved = { ...state, clock };
  const card = state.account.card;
  const status = cardStatus(card, today(moved));
  if (status === 'active') return { ...moved, screen: { screen: 'values', purpose: 'login', indices, input: '', wrong: 0 } };
  // An expired card and no temporary passcode yet: say why the card no longer works.
  if (status === 'expired' && screen.passcode === '') return { ...moved, screen: { screen: 'expired' } };
  const problem = checkTempPasscode(screen.passcode);
  if (problem !== null) return { ...state, screen: { ...screen, problem } };
  const keep = card !== undefined && status === 'printed-not-activated';
  const account = keep ? state.account : { ...state.account, card: { values: [...newCard] } };
  return { ...moved, account, screen: { screen: 'card', printed: false } };
}

function submitValues(state: SecurityCardState, screen: ValuesScreen): SecurityCardState {
  const card: SecurityCard | undefined = state.account.card;
  if (card === undefined) return state;
  const problem = checkCardValues(card, screen.indices, screen.input);
  if (problem === null && screen.purpose === 'activate') {
    const done = activated(card, today(state));
    return { ...state, account: { ...state.account, card: done }, screen: { screen: 'confirmation', expiresAt: done.expiresAt ?? 0 } };
  }
  if (problem === null) return { ...state, screen: { screen: 'home' } };
  // Only a real mismatch counts as a wrong try; a form problem (a space, one value) is explained, not counted.
  const counts = problem.startsWith('wrong');
  const wrong = screen.wrong + (counts ? 1 : 0);
  if (wrong >= MAX_WRONG_CARD_TRIES) return { ...state, screen: { screen: 'locked' } };
  return { ...state, screen: { ...screen, wrong, problem } };
}

/**
 * Logged in with a card, or logging in with it, when the card has just run out (the clock or the
 * practice calendar moved): the portal says so at once, on every screen that relies on the card.
 */
function expireIfRunOut(state: SecurityCardState): SecurityCardState {
  const { screen } = state;
  const onCard = screen.screen === 'home' || screen.screen === 'confirmation' || (screen.screen === 'values' && screen.purpose === 'login');
  return onCard && cardStatus(state.account.card, today(state)) === 'expired' ? { ...state, screen: { screen: 'expired' } } : state;
}

export function transition(state: SecurityCardState, event: SecurityCardEvent): SecurityCardState {
  const { screen } = state;
  switch (event.type) {
    case 'TICK': {
      const clock = advance(state.clock, event.now);
      return clock === state.clock ? state : expireIfRunOut({ ...state, clock });
    }
    case 'TYPE_PASSCODE': {
      if (screen.screen !== 'login') return state;
      const next = typed(screen.passcode, event.value, MAX_INPUT);
      return { ...state, screen: next.tooLong ? { ...screen, problem: 'tooLong' } : { screen: 'login', passcode: next.value } };
    }
    case 'LOG_IN':
      return logIn(state, event.now, event.indices, event.newCard);
    case 'PRINT':
      return screen.screen === 'card' && !screen.printed ? { ...state, screen: { screen: 'card', printed: true } } : state;
    case 'CONTINUE':
      if (screen.screen !== 'card' || !validIndices(event.indices)) return state;
      return { ...state, screen: { screen: 'values', purpose: 'activate', indices: event.indices, input: '', wrong: 0 } };
    case 'TYPE_VALUES': {
      if (screen.screen !== 'values') return state;
      const next = typed(screen.input, event.value, MAX_INPUT);
      const { problem: _dropped, ...rest } = screen;
      return { ...state, screen: next.tooLong ? { ...screen, problem: 'tooLong' } : { ...rest, input: next.value } };
    }
    case 'SUBMIT_VALUES':
      return screen.screen === 'values' ? submitValues(state, screen) : state;
    case 'OK':
      return screen.screen === 'confirmation' ? { ...state, screen: { screen: 'home' } } : state;
    case 'START_AGAIN':
      return screen.screen === 'locked' || screen.screen === 'expired' ? { ...state, screen: { screen: 'login', passcode: '' } } : state;
    case 'LOG_OUT':
      return screen.screen === 'login' ? state : { ...state, screen: { screen: 'login', passcode: '' } };
    case 'ADVANCE_DAYS': {
      const daysAhead = Math.min(MAX_DAYS_AHEAD, state.daysAhead + Math.max(0, Math.floor(event.days)));
      if (!Number.isFinite(daysAhead) || daysAhead === state.daysAhead) return state;
      return expireIfRunOut({ ...state, daysAhead });
    }
    default:
      return state;
  }
}

