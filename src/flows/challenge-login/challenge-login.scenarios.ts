/**
 * End-to-end scenarios: plain event lists with what they must end on, replayed by the unit
 * tests through the machine (responses computed by the effects, as live).
 */
import { PRACTICE_PINS, SCENARIO_NEXT_CHALLENGE } from './challenge-login.practice';
import {
  at, EXPIRY, FACE_ID, FROM_HOME, FROM_LOGIN, FROM_PORTFOLIO, GENERATE, keys, LOG_OUT, logIn, MINUTE, newChallengeAt, OK,
  POWER, scenarioResponse, SUBMIT, tokenPath, typeChallenge, typePin, typeResponse,
} from './challenge-login.scenario-steps';
import type { ChallengeDevice, ChallengeEvent, ChallengeSetup, PhoneScreen, PortalScreen, TokenState } from './challenge-login.types';

export interface ChallengeScenario {
  name: string;
  platform: ChallengeDevice;
  events: ChallengeEvent[];
  setup?: ChallengeSetup;
  expect: { portal: PortalScreen['screen']; problem?: string; phone?: PhoneScreen['screen']; token?: TokenState['mode'] };
}

const DONE = { portal: 'done' } as const;
const PIN = PRACTICE_PINS.android;
const respond = (platform: ChallengeDevice, challenge?: typeof SCENARIO_NEXT_CHALLENGE) => [typeResponse(scenarioResponse(platform, challenge)), SUBMIT];
const wrongTimes = (n: number) => Array.from({ length: n }, () => [typeResponse('12345678'), SUBMIT]).flat();

const scenario = (name: string, platform: ChallengeDevice, events: ChallengeEvent[], expect: ChallengeScenario['expect'], setup?: ChallengeSetup): ChallengeScenario =>
  setup === undefined ? { name, platform, events, expect } : { name, platform, events, expect, setup };

export const challengeScenarios: ChallengeScenario[] = [
  // iPhone: the three ways in, then Face ID, Touch ID or the passcode.
  scenario('ios-from-home', 'ios', [logIn(), ...FROM_HOME, typeChallenge(), GENERATE, FACE_ID, ...respond('ios')], DONE, { opens: 'home' }),
  scenario('ios-from-login-touch-id', 'ios', [logIn(), ...FROM_LOGIN, typeChallenge(), GENERATE, { type: 'UNLOCK', method: 'fingerprint' }, ...respond('ios')], DONE),
  scenario('ios-from-portfolio-passcode', 'ios', [logIn(), ...FROM_PORTFOLIO, typeChallenge(), GENERATE, { type: 'UNLOCK', method: 'passcode' }, ...respond('ios')], DONE, { opens: 'portfolio' }),
  // Android: the PIN chosen at activation goes into the response.
  scenario('android-from-home', 'android', [logIn(), ...FROM_HOME, typePin(PIN), typeChallenge(), GENERATE, ...respond('android')], DONE, { opens: 'home' }),
  scenario('android-from-portfolio', 'android', [logIn(), ...FROM_PORTFOLIO, typePin(PIN), typeChallenge(), GENERATE, ...respond('android')], DONE, { opens: 'portfolio' }),
  scenario(
    'android-wrong-pin-is-refused-by-the-portal',
    'android',
    [logIn(), ...FROM_HOME, typePin('1111'), typeChallenge(), GENERATE, typeResponse('59642193'), SUBMIT],
    { portal: 'challenge', problem: 'wrongResponse', phone: 'response' },
    { opens: 'home' },
  ),
  scenario('token', 'token', [logIn(), ...tokenPath({ username: 'practice.user' }), ...respond('token')], DONE),
  // Typing mistakes, each with its reason; normalised input is accepted.
  scenario('response-too-short', 'ios', [logIn(), typeResponse('1234'), SUBMIT], { portal: 'challenge', problem: 'tooShort' }),
  scenario('response-with-letters', 'ios', [logIn(), typeResponse('1234abcd'), SUBMIT], { portal: 'challenge', problem: 'notDigits' }),
  scenario('response-empty', 'ios', [logIn(), SUBMIT], { portal: 'challenge', problem: 'empty' }),
  scenario('response-full-width-with-spaces', 'ios', [logIn(), typeResponse('００３２ ２５０９'), SUBMIT], DONE),
  scenario('wrong-response-then-right', 'token', [logIn(), ...wrongTimes(1), ...respond('token')], DONE),
  // An older challenge's response is recognised and explained.
  scenario('old-challenge', 'ios', [logIn(), at('TICK', EXPIRY), newChallengeAt(EXPIRY), ...respond('ios')], { portal: 'challenge', problem: 'oldChallenge' }),
  scenario('old-challenge-after-new-login', 'android', [logIn(), LOG_OUT, logIn(MINUTE, SCENARIO_NEXT_CHALLENGE), ...respond('android')], {
    portal: 'challenge',
    problem: 'oldChallenge',
  }),
  scenario('new-challenge-then-right', 'ios', [logIn(), at('TICK', EXPIRY), newChallengeAt(EXPIRY), ...respond('ios', SCENARIO_NEXT_CHALLENGE)], DONE),
  // Expiry, and the practice timer's pause and extension.
  scenario('expired', 'ios', [logIn(), at('TICK', EXPIRY), ...respond('ios')], { portal: 'challenge', problem: 'expired' }),
  scenario('paused-then-answered', 'ios', [logIn(), at('PAUSE', MINUTE), at('TICK', 10 * MINUTE), at('RESUME', 10 * MINUTE), ...respond('ios')], DONE),
  scenario('extended-then-answered', 'ios', [logIn(), at('TICK', 2 * MINUTE), at('EXTEND', 2 * MINUTE), at('TICK', 4 * MINUTE), ...respond('ios')], DONE),
  // Too many wrong responses: locked, then the lock lifts and a new login works.
  scenario('locked', 'ios', [logIn(), ...wrongTimes(3)], { portal: 'locked' }),
  scenario('lock-lifts', 'ios', [logIn(), ...wrongTimes(3), at('TICK', 2 * MINUTE + 1), logIn(3 * MINUTE, SCENARIO_NEXT_CHALLENGE), ...respond('ios', SCENARIO_NEXT_CHALLENGE)], DONE),
  // No device on this platform: one click gives a practice one, and the login goes on.
  scenario('no-device-one-click', 'android', [logIn(), { type: 'GET_PRACTICE_DEVICE' }], { portal: 'challenge' }, { noDevice: true }),
  // The token: a wrong PIN is said so; three lock it (practice); the practice unlock.
  scenario('token-wrong-pin', 'token', [logIn(), POWER, ...keys('0000'), OK], { portal: 'challenge', token: 'pin-wrong' }),
  scenario('token-locked', 'token', [logIn(), POWER, ...[1, 2, 3].flatMap(() => [...keys('0000'), OK, ...keys('1')])], { portal: 'challenge', token: 'locked' }),
  scenario(
    'token-unlocked-then-used',
    'token',
    [logIn(), POWER, ...[1, 2, 3].flatMap(() => [...keys('0000'), OK, ...keys('1')]), { type: 'TOKEN_UNLOCK' }, ...tokenPath({ username: 'practice.user' }), ...respond('token')],
    DONE,
  ),
];
