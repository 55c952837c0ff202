/**
 * Building blocks of the named states and scenarios. Times are offsets from 0; the kit's
 * replay adds the start. Device values (PIN, response) come from the account or platform.
 */
import { CHALLENGE_TTL_MS } from '../services/challenges';
import type { PracticeAccount } from '../services/practice-account';
import { PRACTICE_PINS, SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE, SCENARIO_RESPONSES } from './challenge-login.practice';
import type { AppTarget, ChallengeDevice, ChallengeEvent, TokenKey } from './challenge-login.types';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** The first moment the scenario challenge (issued at 0) counts as expired. */
export const EXPIRY = CHALLENGE_TTL_MS;

export const logIn = (now = 0, challenge = SCENARIO_CHALLENGE): ChallengeEvent => ({ type: 'PORTAL_CONTINUE', now, challenge });
export const at = (type: 'TICK' | 'PAUSE' | 'RESUME' | 'EXTEND', now: number): ChallengeEvent => ({ type, now });
export const tapOn = (target: AppTarget): ChallengeEvent => ({ type: 'TAP', target });
export const typeChallenge = (value = SCENARIO_CHALLENGE): ChallengeEvent => ({ type: 'TYPE_CHALLENGE', value });
export const typePin = (value: string): ChallengeEvent => ({ type: 'TYPE_PIN', value });
export const typeResponse = (value: string): ChallengeEvent => ({ type: 'TYPE_RESPONSE', value });
export const keys = (text: string): ChallengeEvent[] => [...text].map((key) => ({ type: 'TOKEN_KEY', key: key as TokenKey }));

export const GENERATE: ChallengeEvent = { type: 'GENERATE_PASSCODE' };
export const SUBMIT: ChallengeEvent = { type: 'SUBMIT_RESPONSE' };
export const LOG_OUT: ChallengeEvent = { type: 'PORTAL_LOG_OUT' };
export const FACE_ID: ChallengeEvent = { type: 'UNLOCK', method: 'face' };
export const POWER: ChallengeEvent = { type: 'TOKEN_POWER' };
export const OK: ChallengeEvent = { type: 'TOKEN_KEY', key: 'ok' };
export const newChallengeAt = (now: number, challenge = SCENARIO_NEXT_CHALLENGE): ChallengeEvent => ({ type: 'NEW_CHALLENGE', now, challenge });

/** The PIN the account's device was given (the scenario's or the reader's own). */
export const ibKeyPin = (account: PracticeAccount) => account.ibKey?.pin ?? PRACTICE_PINS.android;
export const tokenPin = (account: PracticeAccount) => account.token?.pin ?? PRACTICE_PINS.token;

/** What the scenario device shows for `challenge`. */
export const scenarioResponse = (platform: ChallengeDevice, challenge: keyof typeof SCENARIO_RESPONSES = SCENARIO_CHALLENGE) => SCENARIO_RESPONSES[challenge][platform];

/** Into the code screen, the three ways the guides describe. */
export const FROM_HOME = [tapOn('authenticate')];
export const FROM_LOGIN = [tapOn('services'), tapOn('authenticate')];
export const FROM_PORTFOLIO = [tapOn('more'), tapOn('two-factor'), tapOn('generate')];

/** The challenge typed and Generate Passcode pressed, up to the response, on a phone. */
export const phoneResponse = (account: PracticeAccount, platform: ChallengeDevice): ChallengeEvent[] =>
  platform === 'android' ? [typePin(ibKeyPin(account)), typeChallenge(), GENERATE] : [typeChallenge(), GENERATE, FACE_ID];

/** The token turned on, PIN, challenge, response. */
export const tokenPath = (account: PracticeAccount): ChallengeEvent[] => [POWER, ...keys(tokenPin(account)), OK, ...keys(SCENARIO_CHALLENGE), OK];
