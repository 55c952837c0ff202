/** Building blocks of the named states and scenarios: the practice card and the reader's typing. */
import { seededIO } from '../kit/replay';
import { newCard, PRACTICE_TEMP_PASSCODE } from '../services/security-cards';
import type { PracticeAccount } from '../services/practice-account';
import type { SecurityCardEvent } from './security-card.types';

/** The card on every figure: fixed, drawn once from a fixed seed. */
export const SCENARIO_CARD = newCard(seededIO(21).randomBytes).values;
/** The index numbers the activation screen names in the figures, and those of a later login. */
export const ACTIVATION_INDICES: [number, number] = [12, 31];
export const LOGIN_INDICES: [number, number] = [7, 26];

export const passcode = (value = PRACTICE_TEMP_PASSCODE): SecurityCardEvent => ({ type: 'TYPE_PASSCODE', value });
export const logIn = (indices = LOGIN_INDICES, now = 0): SecurityCardEvent => ({ type: 'LOG_IN', now, indices, newCard: SCENARIO_CARD });
export const CONTINUE: SecurityCardEvent = { type: 'CONTINUE', indices: ACTIVATION_INDICES };
export const values = (value: string): SecurityCardEvent => ({ type: 'TYPE_VALUES', value });
export const SUBMIT: SecurityCardEvent = { type: 'SUBMIT_VALUES' };
export const OK: SecurityCardEvent = { type: 'OK' };
export const LOG_OUT: SecurityCardEvent = { type: 'LOG_OUT' };
export const daysLater = (days: number): SecurityCardEvent => ({ type: 'ADVANCE_DAYS', days });

/** The values of `account`'s card (or the scenario card, which a scenario login hands out). */
export const cardOf = (account: PracticeAccount) => account.card?.values ?? SCENARIO_CARD;
export const valueAt = (card: readonly string[], index: number) => card[index - 1] ?? '';
export const joined = (card: readonly string[], [a, b]: [number, number]) => valueAt(card, a) + valueAt(card, b);

/** Logged in with the temporary passcode, the card shown. */
export const TO_CARD = [passcode(), logIn()];
/** ... printed, Continue: the activation screen. */
export const TO_ACTIVATION = [...TO_CARD, { type: 'PRINT' } as SecurityCardEvent, CONTINUE];
/** ... and activated. */
export const activate = (card: readonly string[]) => [...TO_ACTIVATION, values(joined(card, ACTIVATION_INDICES)), SUBMIT];
