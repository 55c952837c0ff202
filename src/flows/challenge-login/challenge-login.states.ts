/**
 * The named states of docs/challenge-login-states.md: one figure and one "Try this step"
 * each. Portal states have no platform: they open on the guide's device. In "Try this step"
 * the reader's own practice device is used where it fits (their secret and PIN), except
 * where a state types a scenario response into the portal.
 */
import type { NamedState } from '../kit/flow';
import { deviceOf } from '../services/challenges';
import type { PracticeAccount } from '../services/practice-account';
import {
  at, EXPIRY, FROM_HOME, FROM_LOGIN, FROM_PORTFOLIO, GENERATE, ibKeyPin, keys, logIn, newChallengeAt, OK, POWER,
  scenarioResponse, SUBMIT, tokenPin, typeChallenge, typePin, typeResponse,
} from './challenge-login.scenario-steps';
import { SCENARIO_CHALLENGE } from './challenge-login.practice';
import type { ChallengeDevice, ChallengeEvent, ChallengeSetup } from './challenge-login.types';

type Named = NamedState<ChallengeEvent, ChallengeSetup, ChallengeDevice>;
type Events = Named['events'];

const hasDevice = (account: PracticeAccount, platform: ChallengeDevice) => deviceOf(account, platform) !== null;
const WRONG = '12345678';

/** A portal state; `scenarioOnly` when it types a scenario value the reader's own device would not match. */
const portal = (events: Events, { crop, scenarioOnly = false }: { crop?: string; scenarioOnly?: boolean } = {}): Named => ({
  events,
  shows: 'portal',
  ...(crop === undefined ? {} : { crop }),
  ...(scenarioOnly ? {} : { fits: hasDevice }),
});
const phone = (platform: 'ios' | 'android', events: Events, opens: ChallengeSetup['opens'] = 'login'): Named => ({
  platform,
  events,
  setup: { opens },
  shows: 'phone',
  fits: hasDevice,
});
const token = (events: Events): Named => ({ platform: 'token', events, shows: 'token', fits: hasDevice });

/** The portal with the scenario response typed: a scenario value, so never the reader's account. */
const typedResponse = (_account: PracticeAccount, platform: ChallengeDevice) => [logIn(), typeResponse(scenarioResponse(platform))];

const portalStates: Record<string, Named> = {
  'portal-login': portal([]),
  'portal-challenge': portal([logIn()], { crop: '[data-crop="challenge"]' }),
  'portal-response-typed': portal(typedResponse, { crop: '[data-crop="challenge"]', scenarioOnly: true }),
  'portal-done': portal((account, platform) => [...typedResponse(account, platform), SUBMIT], { scenarioOnly: true }),
  'portal-wrong-response': portal([logIn(), typeResponse(WRONG), SUBMIT], { crop: '[data-crop="challenge"]' }),
  'portal-old-challenge': portal((_account, platform) => [logIn(), at('TICK', EXPIRY), newChallengeAt(EXPIRY), typeResponse(scenarioResponse(platform)), SUBMIT], {
    crop: '[data-crop="challenge"]',
    scenarioOnly: true,
  }),
  'portal-expired': portal([logIn(), at('TICK', EXPIRY)], { crop: '[data-crop="challenge"]' }),
  'portal-locked': portal([logIn(), ...[1, 2, 3].flatMap(() => [typeResponse(WRONG), SUBMIT])]),
  'portal-no-device': { events: [logIn()], setup: { noDevice: true }, shows: 'portal' },
};

/** The same app screens on both phones (where "More" sits differs; Android ends in Generate Response). */
const appStates = (p: 'ios' | 'android'): Record<string, Named> => ({
  [`${p}-home`]: phone(p, [logIn()], 'home'),
  [`${p}-login`]: phone(p, [logIn()]),
  [`${p}-services`]: phone(p, [logIn(), ...FROM_LOGIN.slice(0, 1)]),
  [`${p}-portfolio`]: phone(p, [logIn()], 'portfolio'),
  [`${p}-more`]: phone(p, [logIn(), ...FROM_PORTFOLIO.slice(0, 1)], 'portfolio'),
  [`${p}-two-factor`]: phone(p, [logIn(), ...FROM_PORTFOLIO.slice(0, 2)], 'portfolio'),
});

const iosStates: Record<string, Named> = {
  ...appStates('ios'),
  'ios-challenge': phone('ios', [logIn(), ...FROM_HOME, typeChallenge()], 'home'),
  'ios-unlock': phone('ios', [logIn(), ...FROM_HOME, typeChallenge(), GENERATE], 'home'),
  'ios-response': phone('ios', [logIn(), ...FROM_HOME, typeChallenge(), GENERATE, { type: 'UNLOCK', method: 'face' }], 'home'),
};

const androidStates: Record<string, Named> = {
  ...appStates('android'),
  'android-challenge': phone('android', (account) => [logIn(), ...FROM_HOME, typePin(ibKeyPin(account)), typeChallenge()], 'home'),
  'android-response': phone('android', (account) => [logIn(), ...FROM_HOME, typePin(ibKeyPin(account)), typeChallenge(), GENERATE], 'home'),
};

const tokenStates: Record<string, Named> = {
  'token-off': token([logIn()]),
  'token-pin': token((account) => [logIn(), POWER, ...keys(tokenPin(account))]),
  'token-challenge': token((account) => [logIn(), POWER, ...keys(tokenPin(account)), OK, ...keys(SCENARIO_CHALLENGE)]),
  'token-response': token((account) => [logIn(), POWER, ...keys(tokenPin(account)), OK, ...keys(SCENARIO_CHALLENGE), OK]),
  'token-pin-wrong': token([logIn(), POWER, ...keys('0000'), OK]),
  'token-locked': token([logIn(), POWER, ...[1, 2, 3].flatMap(() => [...keys('0000'), OK, ...keys('0')])]),
};

/** Every named state, in the order of docs/challenge-login-states.md. */
export const challengeStates: Readonly<Record<string, Named>> = { ...portalStates, ...iosStates, ...androidStates, ...tokenStates };
