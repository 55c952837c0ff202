/**
 * Property tests of the PC one-time-password app beside the broker's website: its fields (the
 * display name, the setup number, the one-time password) and its state machine on random events.
 *
 * Invariants of every state:
 * - site and app screens are among the flow's; the app's window is open only when installed,
 *   and a registered account means an installed app;
 * - practice time never runs ahead of event time (lag ≥ 0), a pause only stands while a code
 *   counts down, and the countdown never shows more than one period;
 * - the setup numbers remembered are 12 digits, at most 5 earlier and 5 used ones; the
 *   clipboard holds a code or a setup number; a code shown or checked is 6 digits;
 * - every problem shown has a reason whose string is in en.json and ja.json.
 * Liveness: a code shown runs out within one period once its countdown runs again.
 * Invariants of every transition:
 * - the step of the last accepted code never goes back while the registration stays (a code
 *   is single use).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDigits } from '../../../src/flows/kit/digits';
import { isPaused } from '../../../src/flows/kit/clock';
import {
  checkDisplayName, checkSetupNumber, formatSetupNumber, OTP_PERIOD_MS, OTP_RULE, PC_OTP_NAME_MAX, SETUP_NUMBER_RULE,
} from '../../../src/flows/services/otp-registrations';
import { newPracticeAccount, parseAccount, withPcOtp } from '../../../src/flows/services/practice-account';
import { smartOtpFlow } from '../../../src/flows/smart-otp/smart-otp.flow';
import { transition } from '../../../src/flows/smart-otp/smart-otp.machine';
import { MISTYPED_NUMBER, SCENARIO_NAME, SCENARIO_NEXT_NUMBER, SCENARIO_NUMBER } from '../../../src/flows/smart-otp/smart-otp.practice';
import { SMART_OTP_REASONS } from '../../../src/flows/smart-otp/smart-otp.reasons';
import { liveOtp, practiceNow } from '../../../src/flows/smart-otp/smart-otp.time';
import type { SiteTarget, SmartOtpState } from '../../../src/flows/smart-otp/smart-otp.types';
import { anyText, EMOJI, ensure, ensureIn, expectReason, RUNS } from './arbitraries';
import { digitsFieldProperties } from './fields';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, offset, SETTLE, startsOf, T0, type FlowSpec, type Start, type Step } from './harness';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

// ---- Fields ----

digitsFieldProperties('the app’s setup number field (checkSetupNumber)', checkSetupNumber, SETUP_NUMBER_RULE, (problem) => expectReason(SMART_OTP_REASONS, `number.${problem}`));
digitsFieldProperties('the website’s one-time password field', (raw) => checkDigits(raw, OTP_RULE), OTP_RULE, (problem) => expectReason(SMART_OTP_REASONS, `otp.${problem}`));

describe('the app’s display name field (checkDisplayName)', () => {
  /** Names of every kind: any text, and names of emoji or other characters outside the BMP around the length limit. */
  const nameText = fc.oneof(
    anyText,
    fc.tuple(fc.constantFrom(...EMOJI.slice(0, 4), '𠮷', 'a', 'あ'), fc.integer({ min: 1, max: PC_OTP_NAME_MAX + 2 })).map(([c, n]) => c.repeat(n)),
  );

  it('never throws: a trimmed name of 1–20 characters, or a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(nameText, (raw) => {
        const result = checkDisplayName(raw);
        if (!result.ok) {
          expectReason(SMART_OTP_REASONS, `name.${result.problem}`);
          return;
        }
        expect(result.value).toBe(result.value.trim());
        expect([...result.value].length).toBeGreaterThanOrEqual(1);
        expect([...result.value].length, 'never longer than the field allows').toBeLessThanOrEqual(PC_OTP_NAME_MAX);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a name the practice account can store and read back', () => {
    fc.assert(
      fc.property(nameText, (raw) => {
        const result = checkDisplayName(raw);
        if (!result.ok) return;
        const account = withPcOtp(newPracticeAccount(), result.value, SECRET);
        expect(parseAccount(JSON.parse(JSON.stringify(account))), `the account with the name ${JSON.stringify(result.value)} is stored`).toEqual(account);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(nameText, (raw) => {
        const result = checkDisplayName(raw);
        if (result.ok) expect(checkDisplayName(result.value)).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- The flow ----

const SITE_SCREENS = ['login', 'top', 'procedures', 'otp-choice', 'pc-app', 'download', 'setup-number', 'withdrawal', 'no-registration', 'otp-entry', 'withdrawal-done'];
const APP_SCREENS = ['menu', 'add', 'registering', 'added'];
const TARGETS: SiteTarget[] = ['top', 'procedures', 'otp-register', 'phone-app', 'pc-app', 'download', 'withdrawal', 'withdrawal-next'];

const isCode = (value: string | undefined) => value !== undefined && /^[0-9]{6}$/.test(value);

function invariant(state: SmartOtpState): void {
  const { site, desktop, setupNumbers } = state;
  const window = desktop.window;
  ensureIn(SITE_SCREENS, site.screen, 'site screen');
  if (window !== undefined) {
    ensureIn(APP_SCREENS, window.screen, 'app screen');
    ensure(desktop.installed, 'a window only of an installed app');
  }
  ensure(state.account.pcOtp === undefined || desktop.installed, 'a registered app is installed');
  ensure(state.lagMs >= 0 && practiceNow(state) <= state.clock.now, 'practice time never runs ahead');
  ensure(!isPaused(state.clock) || liveOtp(state) !== null, 'a pause stands only while a code counts down');
  const timer = smartOtpFlow.timer(state);
  ensure(timer === null || (timer.remainingMs > 0 && timer.remainingMs <= OTP_PERIOD_MS), () => `countdown ${timer?.remainingMs}`);
  const numbers = [setupNumbers.current, ...setupNumbers.earlier, ...setupNumbers.used].filter((n) => n !== undefined);
  ensure(numbers.every((n) => /^[0-9]{12}$/.test(n)), () => `setup numbers ${numbers}`);
  ensure(setupNumbers.earlier.length <= 5 && setupNumbers.used.length <= 5, 'at most 5 earlier and 5 used numbers');
  ensure(state.clipboard === undefined || /^([0-9]{6}|[0-9]{12})$/.test(state.clipboard), () => `clipboard ${state.clipboard}`);

  if (site.screen === 'setup-number') ensure(/^[0-9]{12}$/.test(site.number), 'a 12-digit setup number');
  if (site.screen === 'otp-entry') {
    if (site.problem !== undefined) expectReason(SMART_OTP_REASONS, `otp.${site.problem}`);
    if (site.checking !== undefined) ensure(isCode(site.checking.code), 'a 6-digit code is checked');
  }
  if (window?.screen === 'add') {
    if (window.nameProblem !== undefined) expectReason(SMART_OTP_REASONS, `name.${window.nameProblem}`);
    if (window.numberProblem !== undefined) expectReason(SMART_OTP_REASONS, `number.${window.numberProblem}`);
  }
  if (window?.screen === 'menu') {
    if (window.problem !== undefined) expectReason(SMART_OTP_REASONS, `app.${window.problem}`);
    if (window.otp !== undefined) ensure(isCode(window.otp.code), 'the app shows a 6-digit code');
    if (window.selected) ensure(state.account.pcOtp !== undefined, 'only a registered name is selected');
    if (window.copy === 'denied') expectReason(SMART_OTP_REASONS, 'copy.denied');
  }
  if (window?.screen === 'registering' || window?.screen === 'added') {
    const name = window.name;
    ensure(isDeepStrictEqual(checkDisplayName(name), { ok: true, value: name }), () => `a valid display name: ${JSON.stringify(name)}`);
  }
  if (desktop.lostForm) expectReason(SMART_OTP_REASONS, 'app.closedEarly');
}

function stepInvariant(prev: SmartOtpState, event: Step, next: SmartOtpState): void {
  const before = prev.account.pcOtp;
  const after = next.account.pcOtp;
  // A new registration (REGISTERED) replaces the old one and its used codes: its secret is new.
  if (event.type !== 'REGISTERED' && before?.lastUsedStep !== undefined) ensure(after?.lastUsedStep !== undefined && after.lastUsedStep >= before.lastUsedStep, 'a used code stays used');
}

/** '$number' and '$otp' stand for the setup number the website shows and the code the app shows. */
function resolveStep(step: Step, state: SmartOtpState): Step {
  const window = state.desktop.window;
  const shownNumber = state.site.screen === 'setup-number' ? state.site.number : (state.setupNumbers.current ?? SCENARIO_NUMBER);
  const shownOtp = window?.screen === 'menu' && window.otp !== undefined ? window.otp.code : '000000';
  if (step.type === 'TYPE_SETUP_NUMBER' && step.value === '$number') return { ...step, value: formatSetupNumber(shownNumber) };
  if (step.type === 'TYPE_OTP' && step.value === '$otp') return { ...step, value: shownOtp };
  return step;
}

const numberText = fc.oneof(fc.constantFrom(SCENARIO_NUMBER, SCENARIO_NEXT_NUMBER, MISTYPED_NUMBER), fc.stringMatching(/^[0-9]{12}$/), anyText);
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: clockEvents },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SITE_LOG_IN'), now: offset }) },
  { weight: 1, arbitrary: fc.constantFrom<Step>({ type: 'SITE_LOG_OUT' }, { type: 'DOWNLOAD_APP' }, { type: 'PASTE_OTP' }, { type: 'PASTE_SETUP_NUMBER' }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('SITE_GO'), to: fc.constantFrom(...TARGETS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ISSUE_SETUP_NUMBER'), now: offset, number: numberText }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('COPY_SETUP_NUMBER', 'COPY_OTP'), result: fc.constantFrom('copied', 'denied') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_OTP'), value: fc.oneof(fc.constant('$otp'), fc.stringMatching(/^[0-9]{6}$/), anyText) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SUBMIT_OTP'), now: offset }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { type: fc.constant('OTP_CHECKED'), verdict: fc.constantFrom('accepted', 'wrong', 'reused', 'expired', 'notRegistered'), step: fc.integer({ min: 0, max: 2 ** 31 }) },
      { requiredKeys: ['type', 'verdict'] },
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom<Step>({ type: 'SELECT_ICON' }, { type: 'OPEN_APP' }, { type: 'CLOSE_APP' }, { type: 'ADD_ACCOUNT' }, { type: 'REGISTER' }, { type: 'SELECT_ACCOUNT' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_NAME'), value: fc.oneof(fc.constantFrom(SCENARIO_NAME, '  ', '😀'.repeat(15)), anyText) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_SETUP_NUMBER'), value: fc.oneof(fc.constant('$number'), numberText) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('REGISTERED'), secret: fc.oneof(fc.constant(SECRET), anyText) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('SHOW_OTP'), now: offset }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('OTP_SHOWN'), code: fc.oneof(fc.stringMatching(/^[0-9]{6}$/), anyText), step: fc.integer({ min: 0, max: 2 ** 31 }) }) },
  { weight: 3, arbitrary: fc.constant(SETTLE) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('PAUSE'), now: offset }) },
);

const spec: FlowSpec<SmartOtpState> = {
  flow: smartOtpFlow,
  accounts: [newPracticeAccount(), withPcOtp(newPracticeAccount(), SCENARIO_NAME, SECRET), { ...withPcOtp(newPracticeAccount(), SCENARIO_NAME, SECRET), pcOtp: { displayName: SCENARIO_NAME, secret: SECRET, lastUsedStep: Math.floor(T0 / OTP_PERIOD_MS) } }],
  steps,
  invariant,
  stepInvariant,
  resolve: resolveStep,
};

describe('Smart OTP on random events', () => {
  let starts: Start<SmartOtpState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options and reasons', () => {
    expectFlowStrings(smartOtpFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        // Logging out of the website, from anywhere: its login.
        ensure(transition(next, { type: 'SITE_LOG_OUT' }).site.screen === 'login', 'logged out');
        // A code shown runs out within one period once the countdown runs again (resumed if paused).
        if (liveOtp(next) !== null) {
          const now = next.clock.now;
          const later = transition(transition(next, { type: 'RESUME', now }), { type: 'TICK', now: now + OTP_PERIOD_MS });
          ensure(liveOtp(later) === null, 'a code runs out within a period after the countdown runs again');
        }
      },
    });
  }, FLOW_TIMEOUT_MS);
});
