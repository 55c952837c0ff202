/**
 * Temporary access with the online security code card, in a browser: log in with the
 * temporary passcode from Client Services, print the card, activate it with the values at
 * two index numbers, then log in with the card for 21 days. The zod schemas are the single
 * source of the types and of what a stored state must look like to be resumed.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { practiceAccountSchema } from '../services/practice-account';

const typed = z.string().check(z.maxLength(64));
const indices = z.tuple([z.number(), z.number()]);
const valuesProblem = z.optional(
  z.enum(['empty', 'space', 'notDigits', 'oneValue', 'tooShort', 'tooLong', 'wrongOrder', 'wrongFirst', 'wrongSecond', 'wrongBoth']),
);

export const cardScreenSchema = z.discriminatedUnion('screen', [
  /** Logging in: with the temporary passcode, or (once a card is active) the card is asked next. */
  z.object({ screen: z.literal('login'), passcode: typed, problem: z.optional(z.enum(['empty', 'tooLong', 'space', 'lowerCase', 'wrong'])) }),
  /** The card, to print and check before going on. */
  z.object({ screen: z.literal('card'), printed: z.boolean() }),
  /** The values at two index numbers: to activate the card, or at a later login. */
  z.object({ screen: z.literal('values'), purpose: z.enum(['activate', 'login']), indices, input: typed, wrong: z.number(), problem: valuesProblem }),
  z.object({ screen: z.literal('confirmation'), expiresAt: z.number() }),
  z.object({ screen: z.literal('home') }),
  /** Too many wrong tries (practice): start again with new index numbers. */
  z.object({ screen: z.literal('locked') }),
  /** The card's 21 days are over. */
  z.object({ screen: z.literal('expired') }),
]);
export type CardScreen = z.infer<typeof cardScreenSchema>;
export type ValuesScreen = Extract<CardScreen, { screen: 'values' }>;

export const securityCardStateSchema = z.object({
  platform: z.literal('computer'),
  account: practiceAccountSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  /** How far the practice calendar was moved forward, in days. */
  daysAhead: z.number().check(z.nonnegative(), z.maximum(400)),
  screen: cardScreenSchema,
});
export type SecurityCardState = z.infer<typeof securityCardStateSchema>;

export type SecurityCardEvent =
  | ClockEvent
  | { type: 'TYPE_PASSCODE'; value: string }
  /** Log in. The view draws what a login may need: index numbers, and a new card's values. */
  | { type: 'LOG_IN'; now: number; indices: [number, number]; newCard: string[] }
  | { type: 'PRINT' }
  /** Continue after printing; the portal names two index numbers (drawn by the view). */
  | { type: 'CONTINUE'; indices: [number, number] }
  | { type: 'TYPE_VALUES'; value: string }
  | { type: 'SUBMIT_VALUES' }
  | { type: 'OK' }
  | { type: 'LOG_OUT' }
  /** From the lock or the expired card, back to the login. */
  | { type: 'START_AGAIN' }
  /** Practice: move the calendar forward, to see the card expire. */
  | { type: 'ADVANCE_DAYS'; days: number };
