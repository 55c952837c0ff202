/**
 * Property tests of the challenge/response login: its fields (the portal's response, the
 * app's challenge and Android PIN) and its state machine on random events, on the iPhone,
 * Android and the DSC+ token.
 *
 * Invariants of every state:
 * - portal, phone and token screens are among the flow's; earlier challenges are at most
 *   REMEMBERED_CHALLENGES, 6 digits each;
 * - on a challenge: 6 digits, 0 ≤ wrong < MAX_WRONG_RESPONSES (the next wrong one locks), its
 *   countdown never shows more than CHALLENGE_TTL_MS; a response being checked is 8 digits;
 * - a lock never lasts more than LOCK_MS from now;
 * - the token: 0 ≤ wrong PINs ≤ MAX_WRONG_PINS, locked exactly when the limit is reached (off
 *   aside), and what it shows fits its prompt (4 PIN digits, 6 challenge digits); off and
 *   untouched on the phones, and the phone app untouched on the token;
 * - every problem shown has a reason whose string is in en.json and ja.json.
 * Invariants of every transition:
 * - a locked token stays locked (the limit stays reached) until the practice unlock;
 * - the portal's lock ends only at the login, once its time has come;
 * - the account only gains the device of the platform practised on.
 * Liveness: from any reached state, a lock lifts by itself once LOCK_MS has passed, and a live
 * challenge runs out CHALLENGE_TTL_MS after its countdown runs again (resumed if paused).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { challengeLoginFlow } from '../../../src/flows/challenge-login/challenge-login.flow';
import { transition } from '../../../src/flows/challenge-login/challenge-login.machine';
import { PRACTICE_PINS, SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE, SCENARIO_RESPONSES, SCENARIO_SECRET } from '../../../src/flows/challenge-login/challenge-login.practice';
import { CHALLENGE_REASONS } from '../../../src/flows/challenge-login/challenge-login.reasons';
import { liveChallenge } from '../../../src/flows/challenge-login/challenge-login.selectors';
import { MAX_WRONG_PINS, TOKEN_OFF } from '../../../src/flows/challenge-login/challenge-login.token';
import type { AppTarget, ChallengeState, TokenKey } from '../../../src/flows/challenge-login/challenge-login.types';
import { clockTime } from '../../../src/flows/kit/clock';
import { PIN_RULE } from '../../../src/flows/services/activation-offers';
import {
  CHALLENGE_RULE, CHALLENGE_TTL_MS, deviceOf, LOCK_MS, MAX_WRONG_RESPONSES, REMEMBERED_CHALLENGES, RESPONSE_RULE,
} from '../../../src/flows/services/challenges';
import { checkDigits } from '../../../src/flows/kit/digits';
import { newPracticeAccount, withIbKey, withToken } from '../../../src/flows/services/practice-account';
import { anyText, ensure, ensureIn, expectReason } from './arbitraries';
import { digitsFieldProperties } from './fields';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, offset, seq, SETTLE, startsOf, T0, type FlowSpec, type Start, type Step } from './harness';

// ---- Fields ----

digitsFieldProperties('the portal’s response field', (raw) => checkDigits(raw, RESPONSE_RULE), RESPONSE_RULE, (problem) =>
  expectReason(CHALLENGE_REASONS, `response.${problem}`),
);
digitsFieldProperties('the app’s challenge field', (raw) => checkDigits(raw, CHALLENGE_RULE), CHALLENGE_RULE, (problem) =>
  expectReason(CHALLENGE_REASONS, `challenge.${problem}`),
);
digitsFieldProperties('the app’s PIN field (Android)', (raw) => checkDigits(raw, PIN_RULE), PIN_RULE, (problem) => expectReason(CHALLENGE_REASONS, `pin.${problem}`));

// ---- The flow ----

const PORTAL_SCREENS = ['login', 'no-device', 'challenge', 'locked', 'done'];
const PHONE_SCREENS = ['home', 'login', 'portfolio', 'menu', 'challenge', 'unlock', 'generating', 'response', 'not-activated'];
const TOKEN_MODES = ['off', 'pin', 'pin-wrong', 'challenge', 'generating', 'response', 'locked'];
const TARGETS: AppTarget[] = ['authenticate', 'services', 'log-in', 'more', 'two-factor', 'generate', 'done'];
const KEYS: TokenKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'ok', 'clear'];

function reasons(state: ChallengeState): void {
  const { portal, phone, token } = state;
  if (portal.screen === 'challenge' && portal.problem !== undefined) expectReason(CHALLENGE_REASONS, `response.${portal.problem}`);
  if (portal.screen === 'locked') expectReason(CHALLENGE_REASONS, 'locked');
  if (phone.screen === 'challenge' && phone.challengeProblem !== undefined) expectReason(CHALLENGE_REASONS, `challenge.${phone.challengeProblem}`);
  if (phone.screen === 'challenge' && phone.pinProblem !== undefined) expectReason(CHALLENGE_REASONS, `pin.${phone.pinProblem}`);
  if (phone.screen === 'not-activated') expectReason(CHALLENGE_REASONS, 'notActivated');
  if (token.mode === 'pin-wrong') expectReason(CHALLENGE_REASONS, 'token.pinWrong');
  if (token.mode === 'locked') expectReason(CHALLENGE_REASONS, 'token.locked');
}

function invariant(state: ChallengeState): void {
  const { portal, phone, token } = state;
  ensureIn(PORTAL_SCREENS, portal.screen, 'portal screen');
  ensureIn(PHONE_SCREENS, phone.screen, 'phone screen');
  ensureIn(TOKEN_MODES, token.mode, 'token mode');
  ensure(state.earlier.length <= REMEMBERED_CHALLENGES && state.earlier.every((c) => /^[0-9]{6}$/.test(c)), () => `earlier ${state.earlier}`);
  if (portal.screen === 'challenge') {
    ensure(/^[0-9]{6}$/.test(portal.challenge), 'a 6-digit challenge');
    ensure(portal.wrong >= 0 && portal.wrong < MAX_WRONG_RESPONSES, () => `wrong ${portal.wrong}: the wrong response that reaches the limit locks`);
    ensure(portal.expiresAt - clockTime(state.clock) <= CHALLENGE_TTL_MS, 'a challenge lives at most CHALLENGE_TTL_MS');
    ensure(portal.checking === undefined || /^[0-9]{8}$/.test(portal.checking), 'an 8-digit response is checked');
  }
  if (portal.screen === 'locked') ensure(portal.until - state.clock.now <= LOCK_MS, 'a lock lasts at most LOCK_MS');
  const timer = challengeLoginFlow.timer(state);
  ensure(timer === null || timer.remainingMs <= CHALLENGE_TTL_MS, 'the countdown shows at most CHALLENGE_TTL_MS');

  ensure(token.wrongPins >= 0 && token.wrongPins <= MAX_WRONG_PINS, () => `wrong PINs ${token.wrongPins}`);
  if (token.mode === 'locked') ensure(token.wrongPins === MAX_WRONG_PINS, 'locked at the limit');
  if (token.mode !== 'off' && token.mode !== 'locked') ensure(token.wrongPins < MAX_WRONG_PINS, 'below the limit unless locked');
  const capacity = token.mode === 'pin' ? 4 : token.mode === 'challenge' || token.mode === 'generating' || token.mode === 'response' ? 6 : 0;
  ensure(token.entry.length <= capacity && /^[0-9]*$/.test(token.entry), () => `token shows ${token.entry} on ${token.mode}`);
  if (token.mode === 'response') ensure(/^[0-9]{8}$/.test(token.response ?? ''), 'the token shows an 8-digit response');
  if (phone.screen === 'response') ensure(/^[0-9]{8}$/.test(phone.response), 'the app shows an 8-digit response');
  if (state.platform === 'token') ensure(state.history.length === 0, 'the phone app is untouched on the token');
  else ensure(isDeepStrictEqual(token, TOKEN_OFF), 'the token is untouched on a phone');
  reasons(state);
}

function stepInvariant(prev: ChallengeState, event: Step, next: ChallengeState): void {
  if (prev.token.wrongPins >= MAX_WRONG_PINS && event.type !== 'TOKEN_UNLOCK') ensure(next.token.wrongPins >= MAX_WRONG_PINS, 'a locked token stays locked');
  if (prev.portal.screen === 'locked' && next.portal.screen !== 'locked') {
    ensure(next.portal.screen === 'login', 'a lock ends at the login');
    ensure(next.clock.now >= prev.portal.until, 'the lock ends only when its time has come');
  }
  if (prev.account !== next.account) ensure(deviceOf(next.account, next.platform) !== null, 'the account gains the device practised on');
}

/** A lock lifts by itself: a tick LOCK_MS later finds the portal at its login. */
function lockLifts(state: ChallengeState): void {
  if (state.portal.screen !== 'locked') return;
  const later = transition(state, { type: 'TICK', now: state.clock.now + LOCK_MS });
  ensure(later.portal.screen === 'login', () => `a lock lifts after LOCK_MS (clock ${JSON.stringify(state.clock)}, until ${(state.portal as { until: number }).until})`);
}

/** A live challenge runs out CHALLENGE_TTL_MS after its countdown runs again (resumed if paused). */
function challengeRunsOut(state: ChallengeState): void {
  if (liveChallenge(state) === null) return;
  const now = state.clock.now;
  const later = transition(transition(state, { type: 'RESUME', now }), { type: 'TICK', now: now + CHALLENGE_TTL_MS });
  ensure(liveChallenge(later) === null, 'a challenge runs out CHALLENGE_TTL_MS after the countdown runs again');
}

const RESPONSES = Object.values(SCENARIO_RESPONSES).flatMap((r) => Object.values(r));
const challengeText = fc.oneof(fc.constantFrom(SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE, '$challenge'), fc.stringMatching(/^[0-9]{6}$/), anyText);
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: clockEvents },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('PORTAL_CONTINUE', 'NEW_CHALLENGE'), now: offset, challenge: fc.oneof(fc.constantFrom(SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE), challengeText) }) },
  { weight: 1, arbitrary: fc.constantFrom<Step>({ type: 'PORTAL_LOG_OUT' }, { type: 'GET_PRACTICE_DEVICE' }, { type: 'BACK' }, { type: 'TOKEN_UNLOCK' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_RESPONSE'), value: fc.oneof(fc.constantFrom(...RESPONSES, '12345678'), fc.stringMatching(/^[0-9]{8}$/), anyText) }) },
  { weight: 2, arbitrary: fc.constantFrom<Step>({ type: 'SUBMIT_RESPONSE' }, { type: 'GENERATE_PASSCODE' }, { type: 'TOKEN_POWER' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('RESPONSE_CHECKED'), verdict: fc.constantFrom('current', 'previous', 'none') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('PRACTICE_DEVICE_READY'), secret: fc.oneof(fc.constant(SCENARIO_SECRET), anyText), challenge: challengeText }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('TAP'), target: fc.constantFrom(...TARGETS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_CHALLENGE'), value: challengeText }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('TYPE_PIN'), value: fc.oneof(fc.constantFrom(PRACTICE_PINS.android, '１３５７', '12'), anyText) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('UNLOCK'), method: fc.constantFrom('face', 'fingerprint', 'passcode') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('RESPONSE_READY', 'TOKEN_RESPONSE'), response: fc.oneof(fc.constantFrom(...RESPONSES), anyText) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('TOKEN_KEY'), key: fc.constantFrom(...KEYS, ...PRACTICE_PINS.token.split(''), 'ok') }) },
  { weight: 3, arbitrary: fc.constant(SETTLE) },
  // A wrong response typed, sent and judged; and pausing the countdown (both matter to the lock).
  { weight: 2, arbitrary: fc.constant(seq({ type: 'TYPE_RESPONSE', value: '12345678' }, { type: 'SUBMIT_RESPONSE' }, { type: 'RESPONSE_CHECKED', verdict: 'none' })) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('PAUSE'), now: offset }) },
);

/** '$challenge' stands for the challenge the portal shows now. */
function resolveStep(step: Step, state: ChallengeState): Step {
  const shown = state.portal.screen === 'challenge' ? state.portal.challenge : SCENARIO_CHALLENGE;
  const fill = (v: unknown) => (v === '$challenge' ? shown : v);
  if (step.type === 'TYPE_CHALLENGE') return { ...step, value: fill(step.value) };
  if ('challenge' in step) return { ...step, challenge: fill(step.challenge) };
  return step;
}

const spec: FlowSpec<ChallengeState> = {
  flow: challengeLoginFlow,
  accounts: [
    newPracticeAccount(),
    withToken(withIbKey(newPracticeAccount(), 'android', SCENARIO_SECRET, PRACTICE_PINS.android), SCENARIO_SECRET, PRACTICE_PINS.token),
    withToken(withIbKey(newPracticeAccount(), 'ios', SCENARIO_SECRET), SCENARIO_SECRET, PRACTICE_PINS.token),
  ],
  steps,
  invariant,
  stepInvariant,
  resolve: resolveStep,
};

describe('the challenge login on random events', () => {
  let starts: Start<ChallengeState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options and reasons', () => {
    expectFlowStrings(challengeLoginFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, lifts every lock in time, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        lockLifts(next);
        challengeRunsOut(next);
        // Logging out of the portal (not possible while locked) leaves it at the login with the clock running.
        const out = transition(next, { type: 'PORTAL_LOG_OUT' });
        if (next.portal.screen !== 'locked') ensure(out.portal.screen === 'login' && out.clock.pausedAt === undefined, 'logged out, the clock running');
      },
    });
  }, FLOW_TIMEOUT_MS);
});

describe('counterexamples found by the properties', () => {
  it('a lock reached while the countdown is paused still lifts after LOCK_MS', () => {
    const account = withIbKey(newPracticeAccount(), 'ios', SCENARIO_SECRET);
    let state = challengeLoginFlow.initial({ account, platform: 'ios', now: T0 });
    const events: Step[] = [
      { type: 'PORTAL_CONTINUE', now: T0, challenge: SCENARIO_CHALLENGE },
      { type: 'PAUSE', now: T0 + 1000 },
      ...[1, 2, 3].flatMap(() => [{ type: 'TYPE_RESPONSE', value: '12345678' }, { type: 'SUBMIT_RESPONSE' }, { type: 'RESPONSE_CHECKED', verdict: 'none' }]),
    ];
    for (const event of events) state = transition(state, event as never);
    expect(state.portal.screen).toBe('locked');
    state = transition(state, { type: 'TICK', now: state.clock.now + LOCK_MS });
    expect(state.portal.screen).toBe('login');
  });
});
