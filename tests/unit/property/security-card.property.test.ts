/**
 * Property tests of temporary access with the online security code card: its fields (the
 * temporary passcode, the two card values) and its state machine on random events.
 *
 * Invariants of every state:
 * - the screen is among the flow's; the practice calendar is a whole number of days, 0–400;
 * - on the values screen: two different index numbers 1–40, 0 ≤ wrong < MAX_WRONG_CARD_TRIES
 *   (the try that reaches the limit locks); activation asks for a printed card not yet
 *   activated, a login for an active card;
 * - the card screen shows a card not yet activated; logged in (home, the confirmation) means
 *   an active card: a card that runs out while the reader is logged in or logging in with it
 *   sends them to the "expired" screen;
 * - an activated card works CARD_DAYS days;
 * - every problem shown has a reason whose string is in en.json and ja.json.
 * Invariants of every transition:
 * - a lock stays until the reader starts again (or logs out); logging out from anywhere leads
 *   to an empty login.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { securityCardFlow } from '../../../src/flows/security-card/security-card.flow';
import { today, transition } from '../../../src/flows/security-card/security-card.machine';
import { CARD_REASONS } from '../../../src/flows/security-card/security-card.reasons';
import { ACTIVATION_INDICES, LOGIN_INDICES, SCENARIO_CARD } from '../../../src/flows/security-card/security-card.scenario-steps';
import type { SecurityCardState } from '../../../src/flows/security-card/security-card.types';
import { newPracticeAccount } from '../../../src/flows/services/practice-account';
import {
  activated, CARD_DAYS, CARD_SIZE, cardStatus, checkCardValues, checkTempPasscode, DAY_MS, MAX_WRONG_CARD_TRIES, PRACTICE_TEMP_PASSCODE,
} from '../../../src/flows/services/security-cards';
import { anyText, decorated, ensure, ensureIn, expectReason, fullWidthAlnum, fullWidthDigits, RUNS, SPACES } from './arbitraries';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, offset, seq, SETTLE, startsOf, T0, type FlowSpec, type Start, type Step } from './harness';

const cardArb = fc.array(fc.stringMatching(/^[0-9]{3}$/), { minLength: CARD_SIZE, maxLength: CARD_SIZE });
const indicesArb = fc.uniqueArray(fc.integer({ min: 1, max: CARD_SIZE }), { minLength: 2, maxLength: 2 }) as fc.Arbitrary<[number, number]>;
/** Spaces a reader may leave around a value (trimmed), not inside it. */
const around = fc.array(fc.constantFrom(...SPACES.filter((s) => s.trim() === '' || s === '\u3000')), { maxLength: 3 }).map((a) => a.join(''));

// ---- Fields ----

describe('the temporary passcode field (checkTempPasscode)', () => {
  const text = fc.oneof(anyText, decorated(PRACTICE_TEMP_PASSCODE), fc.constantFrom(PRACTICE_TEMP_PASSCODE, 'tk7p4qmx', 'TK7P 4QMX', fullWidthAlnum(PRACTICE_TEMP_PASSCODE)));

  it('never throws: accepted, or a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const problem = checkTempPasscode(raw);
        if (problem !== null) expectReason(CARD_REASONS, `passcode.${problem}`);
        else expect(raw.normalize('NFKC').trim()).toBe(PRACTICE_TEMP_PASSCODE);
        if (raw.length > 64) expect(problem).toBe('tooLong');
      }),
      { numRuns: RUNS },
    );
  });

  it('treats full-width letters and digits exactly like ASCII ones', () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(checkTempPasscode(fullWidthAlnum(raw))).toBe(checkTempPasscode(raw));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts the passcode with spaces of any kind around it, refuses lower case with its reason', () => {
    fc.assert(
      fc.property(around, around, fc.boolean(), (before, after, wide) => {
        const code = wide ? fullWidthAlnum(PRACTICE_TEMP_PASSCODE) : PRACTICE_TEMP_PASSCODE;
        expect(checkTempPasscode(before + code + after)).toBeNull();
        expect(checkTempPasscode(before + code.toLowerCase() + after)).toBe('lowerCase');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the card values field (checkCardValues)', () => {
  const typed = (card: string[], [a, b]: [number, number]) =>
    fc.oneof(anyText, fc.constant(card[a - 1]! + card[b - 1]!), fc.constant(card[b - 1]! + card[a - 1]!), fc.stringMatching(/^[0-9]{1,8}$/), fc.constant(`${card[a - 1]} ${card[b - 1]}`));
  const cases = fc.tuple(cardArb, indicesArb).chain(([card, idx]) => fc.tuple(fc.constant(card), fc.constant(idx), typed(card, idx)));

  it('never throws: accepted exactly for the two values in order, else a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(cases, ([card, idx, raw]) => {
        const problem = checkCardValues({ values: card }, idx, raw);
        if (problem !== null) expectReason(CARD_REASONS, `values.${problem}`);
        else expect(raw.normalize('NFKC').trim()).toBe(card[idx[0] - 1]! + card[idx[1] - 1]!);
        if (raw.length > 64) expect(problem).toBe('tooLong');
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts full-width digits exactly like ASCII digits, and spaces of any kind around the values', () => {
    fc.assert(
      fc.property(cases, around, around, ([card, idx, raw], before, after) => {
        const problem = checkCardValues({ values: card }, idx, raw);
        expect(checkCardValues({ values: card }, idx, fullWidthDigits(raw))).toBe(problem);
        const right = card[idx[0] - 1]! + card[idx[1] - 1]!;
        expect(checkCardValues({ values: card }, idx, before + fullWidthDigits(right) + after)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- The flow ----

const SCREENS = ['login', 'card', 'values', 'confirmation', 'home', 'locked', 'expired'];

function invariant(state: SecurityCardState): void {
  const { screen } = state;
  const card = state.account.card;
  const status = cardStatus(card, today(state));
  ensureIn(SCREENS, screen.screen, 'screen');
  ensure(Number.isInteger(state.daysAhead) && state.daysAhead >= 0 && state.daysAhead <= 400, () => `days ahead ${state.daysAhead}`);
  if (card !== undefined) {
    ensure((card.activatedAt === undefined) === (card.expiresAt === undefined), 'activated and expiry go together');
    if (card.activatedAt !== undefined) ensure(card.expiresAt! - card.activatedAt === CARD_DAYS * DAY_MS, 'a card works CARD_DAYS days');
  }
  switch (screen.screen) {
    case 'login':
      if (screen.problem !== undefined) expectReason(CARD_REASONS, `passcode.${screen.problem}`);
      break;
    case 'card':
      ensure(status === 'printed-not-activated', () => `the card shown is not activated yet: ${status}`);
      break;
    case 'values': {
      const [a, b] = screen.indices;
      ensure(a !== b && [a, b].every((i) => Number.isInteger(i) && i >= 1 && i <= CARD_SIZE), () => `indices ${a}, ${b}`);
      ensure(screen.wrong >= 0 && screen.wrong < MAX_WRONG_CARD_TRIES, () => `wrong ${screen.wrong}: the try that reaches the limit locks`);
      const expected = screen.purpose === 'activate' ? 'printed-not-activated' : 'active';
      ensure(status === expected, () => `values for ${screen.purpose} with a card ${status}`);
      if (screen.problem !== undefined) expectReason(CARD_REASONS, `values.${screen.problem}`);
      break;
    }
    case 'confirmation':
    case 'home':
      ensure(status === 'active', () => `logged in (${screen.screen}) with an active card, not ${status}`);
      break;
    case 'locked':
    case 'expired':
      expectReason(CARD_REASONS, screen.screen);
      break;
  }
}

function stepInvariant(prev: SecurityCardState, event: Step, next: SecurityCardState): void {
  if (prev.screen.screen === 'locked' && next.screen.screen !== 'locked') ensure(event.type === 'START_AGAIN' || event.type === 'LOG_OUT', () => `a lock stays until starting again, not ${event.type}`);
}

/** '$right' and '$swapped' stand for the two values the screen asks for, in order or swapped. */
function resolveStep(step: Step, state: SecurityCardState): Step {
  if (step.type !== 'TYPE_VALUES' || typeof step.value !== 'string' || !step.value.startsWith('$')) return step;
  const values = state.account.card?.values ?? SCENARIO_CARD;
  const [a, b] = state.screen.screen === 'values' ? state.screen.indices : ACTIVATION_INDICES;
  const [x, y] = [values[a - 1] ?? '', values[b - 1] ?? ''];
  return { ...step, value: step.value === '$right' ? x + y : y + x };
}

const days = fc.oneof(fc.constantFrom(1, 7, 21, 0, -3, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), fc.integer({ min: 0, max: 500 }));
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: clockEvents },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_PASSCODE'), value: fc.oneof(fc.constantFrom(PRACTICE_TEMP_PASSCODE, 'tk7p4qmx', 'TK7P 4QMX', ''), anyText) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('LOG_IN'),
      now: offset,
      indices: fc.oneof(indicesArb, fc.constant(LOGIN_INDICES), fc.constantFrom<[number, number]>([3, 3], [0, 5], [1, 41], [Number.NaN, 2], [1.5, 2])),
      newCard: fc.oneof(fc.constant(SCENARIO_CARD), cardArb, fc.constant(['1', '2'])),
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom<Step>({ type: 'PRINT' }, { type: 'OK' }, { type: 'LOG_OUT' }, { type: 'START_AGAIN' }, { type: 'SUBMIT_VALUES' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('CONTINUE'), indices: fc.oneof(indicesArb, fc.constant(ACTIVATION_INDICES), fc.constant<[number, number]>([7, 7])) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_VALUES'), value: fc.oneof(fc.constantFrom('$right', '$swapped', '123'), fc.stringMatching(/^[0-9]{6}$/), anyText) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ADVANCE_DAYS'), days }) },
  { weight: 1, arbitrary: fc.constant(SETTLE) },
  // Typing the right (or swapped) values and sending them, as one step.
  { weight: 3, arbitrary: fc.constantFrom('$right', '$swapped').map((value) => seq({ type: 'TYPE_VALUES', value }, { type: 'SUBMIT_VALUES' })) },
);

const spec: FlowSpec<SecurityCardState> = {
  flow: securityCardFlow,
  accounts: [
    newPracticeAccount(),
    { ...newPracticeAccount(), card: { values: [...SCENARIO_CARD] } },
    { ...newPracticeAccount(), card: activated({ values: [...SCENARIO_CARD] }, T0) },
    { ...newPracticeAccount(), card: activated({ values: [...SCENARIO_CARD] }, T0 - 20 * DAY_MS) },
  ],
  steps,
  invariant,
  stepInvariant,
  resolve: resolveStep,
};

describe('the security card on random events', () => {
  let starts: Start<SecurityCardState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options, reasons and actions', () => {
    expectFlowStrings(securityCardFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        // Logging out, from anywhere logged in or locked, leads to an empty login.
        const out = transition(next, { type: 'LOG_OUT' }).screen;
        ensure(next.screen.screen === 'login' ? out === next.screen : isDeepStrictEqual(out, { screen: 'login', passcode: '' }), () => `logged out: ${JSON.stringify(out)}`);
      },
    });
  }, FLOW_TIMEOUT_MS);
});

describe('counterexamples found by the properties', () => {
  const run = (state: SecurityCardState, events: readonly Step[]) => events.reduce((s, e) => transition(s, e as never), state);
  const fresh = () => securityCardFlow.initial({ account: newPracticeAccount(), platform: 'computer', now: T0 });

  it('moving the calendar to the card’s expiry on the activation confirmation says the card expired (OK no longer logs in)', () => {
    // Found from the named state "confirmation": [ADVANCE_DAYS 21] left the confirmation, and OK then led home, with an expired card.
    const confirmation = run(fresh(), [...activateSteps(), { type: 'ADVANCE_DAYS', days: 21 }]);
    expect(confirmation.screen.screen).toBe('expired');
    expect(run(confirmation, [{ type: 'OK' }]).screen.screen).not.toBe('home');
  });

  it('a card that runs out while its values are being typed at login is not accepted', () => {
    const atLogin = run(fresh(), [...activateSteps(), { type: 'OK' }, { type: 'LOG_OUT' }, { type: 'LOG_IN', now: T0, indices: LOGIN_INDICES, newCard: SCENARIO_CARD }]);
    expect(atLogin.screen.screen).toBe('values');
    const later = run(atLogin, [{ type: 'ADVANCE_DAYS', days: 21 }, { type: 'TYPE_VALUES', value: SCENARIO_CARD[6]! + SCENARIO_CARD[25]! }, { type: 'SUBMIT_VALUES' }]);
    expect(later.screen.screen).toBe('expired');
  });
});

/** Passcode, login, print, continue, the right values: the card activated, on its confirmation. */
function activateSteps(): Step[] {
  const [a, b] = ACTIVATION_INDICES;
  return [
    { type: 'TYPE_PASSCODE', value: PRACTICE_TEMP_PASSCODE },
    { type: 'LOG_IN', now: T0, indices: LOGIN_INDICES, newCard: SCENARIO_CARD },
    { type: 'PRINT' },
    { type: 'CONTINUE', indices: ACTIVATION_INDICES },
    { type: 'TYPE_VALUES', value: SCENARIO_CARD[a - 1]! + SCENARIO_CARD[b - 1]! },
    { type: 'SUBMIT_VALUES' },
  ];
}
