/**
 * End-to-end scenarios: plain event lists with what they must end on, replayed by the unit
 * tests through the machine (secrets and codes computed by the effects, as live).
 */
import { MISTYPED_NUMBER, SCENARIO_NEXT_NUMBER, SCENARIO_NUMBER } from './smart-otp.practice';
import {
  ADD_ACCOUNT, at, CLOSE_APP, codeCopied, COPY_NUMBER, DOWNLOADED, goTo, issue, NAME_TYPED, NUMBER_PASTED, OPEN_APP, PASTE_NUMBER, PASTE_OTP, PERIOD,
  REGISTER, REGISTERED_AND_REOPENED, SECOND, SELECT_ACCOUNT, showOtp, submitOtp, TO_OTP_ENTRY, typeName, typeNumber, typeOtp,
} from './smart-otp.scenario-steps';
import type { AppWindow, SiteScreen, SmartOtpEvent } from './smart-otp.types';

export interface SmartOtpScenario {
  name: string;
  events: SmartOtpEvent[];
  expect: { site: SiteScreen['screen']; app?: AppWindow['screen'] | 'closed'; problem?: string; registered?: boolean };
}

const PASTED = [...TO_OTP_ENTRY, ...codeCopied(), PASTE_OTP];
const USED = [...REGISTERED_AND_REOPENED, ...PASTED];
const scenario = (name: string, events: SmartOtpEvent[], expect: SmartOtpScenario['expect']): SmartOtpScenario => ({ name, events, expect });

export const smartOtpScenarios: SmartOtpScenario[] = [
  // The guide's five steps, then a withdrawal.
  scenario('setup', REGISTERED_AND_REOPENED, { site: 'setup-number', app: 'menu', registered: true }),
  scenario('withdrawal', [...USED, submitOtp()], { site: 'withdrawal-done', app: 'menu' }),
  // The number fetched before the app was opened works as well.
  scenario('number-first', [...DOWNLOADED, issue(), COPY_NUMBER, OPEN_APP, ADD_ACCOUNT, typeName(), PASTE_NUMBER, REGISTER], { site: 'setup-number', app: 'added', registered: true }),
  // Setup-number mistakes: mistyped, superseded by a newer one, registered twice; each recovers.
  scenario('mistyped', [...NAME_TYPED, issue(), typeNumber(MISTYPED_NUMBER), REGISTER], { site: 'setup-number', app: 'add', problem: 'unknown' }),
  scenario('mistyped-then-pasted', [...NAME_TYPED, issue(), typeNumber(MISTYPED_NUMBER), REGISTER, COPY_NUMBER, PASTE_NUMBER, REGISTER], { site: 'setup-number', app: 'added', registered: true }),
  scenario('stale', [...NAME_TYPED, issue(), COPY_NUMBER, goTo('pc-app'), issue(SCENARIO_NEXT_NUMBER), PASTE_NUMBER, REGISTER], { site: 'setup-number', app: 'add', problem: 'stale' }),
  scenario('stale-then-newest', [...NAME_TYPED, issue(), COPY_NUMBER, goTo('pc-app'), issue(SCENARIO_NEXT_NUMBER), PASTE_NUMBER, REGISTER, COPY_NUMBER, PASTE_NUMBER, REGISTER], {
    site: 'setup-number',
    app: 'added',
    registered: true,
  }),
  scenario('used-twice', [...NUMBER_PASTED, REGISTER, CLOSE_APP, OPEN_APP, ADD_ACCOUNT, typeName(), PASTE_NUMBER, REGISTER], { site: 'setup-number', app: 'add', problem: 'used' }),
  scenario('used-twice-then-new-number', [
    ...NUMBER_PASTED, REGISTER, CLOSE_APP, OPEN_APP, ADD_ACCOUNT, typeName(), PASTE_NUMBER, REGISTER, goTo('pc-app'), issue(SCENARIO_NEXT_NUMBER), COPY_NUMBER, PASTE_NUMBER, REGISTER,
  ], { site: 'setup-number', app: 'added', registered: true }),
  // Typing rules of the app: full-width digits and spaces are fine; junk and a missing name are refused.
  scenario('number-full-width-with-spaces', [...NAME_TYPED, issue(), typeNumber('４１８２ ７０３５\u3000９１６４'), REGISTER], { site: 'setup-number', app: 'added', registered: true }),
  scenario('number-with-letters', [...NAME_TYPED, issue(), typeNumber('4182-7035-91b4'), REGISTER], { site: 'setup-number', app: 'add', problem: 'notDigits' }),
  scenario('no-name', [...DOWNLOADED, OPEN_APP, ADD_ACCOUNT, issue(), typeNumber(SCENARIO_NUMBER), REGISTER], { site: 'setup-number', app: 'add', problem: 'empty' }),
  // The app closed before registering: what was typed is gone; the number still works.
  scenario('closed-early', [...NAME_TYPED, CLOSE_APP, issue(), COPY_NUMBER, OPEN_APP], { site: 'setup-number', app: 'menu', registered: false }),
  scenario('closed-early-recovered', [...NAME_TYPED, CLOSE_APP, issue(), COPY_NUMBER, OPEN_APP, ADD_ACCOUNT, typeName(), PASTE_NUMBER, REGISTER], {
    site: 'setup-number',
    app: 'added',
    registered: true,
  }),
  // Codes: pasted with spaces or in full width; expired; used twice; one step of drift; pause and full time.
  scenario('otp-expired', [...USED, at('TICK', 2 * PERIOD), submitOtp(2 * PERIOD)], { site: 'otp-entry', problem: 'expired' }),
  scenario('otp-drift-accepted', [...USED, at('TICK', PERIOD + 5 * SECOND), submitOtp(PERIOD + 5 * SECOND)], { site: 'withdrawal-done' }),
  scenario('otp-reused', [...USED, submitOtp(), goTo('withdrawal'), goTo('withdrawal-next'), PASTE_OTP, submitOtp()], { site: 'otp-entry', problem: 'reused' }),
  scenario('otp-next-code-after-reuse', [
    ...USED, submitOtp(), goTo('withdrawal'), goTo('withdrawal-next'), PASTE_OTP, submitOtp(), at('TICK', PERIOD), showOtp(PERIOD), { type: 'COPY_OTP', result: 'copied' }, PASTE_OTP, submitOtp(PERIOD),
  ], { site: 'withdrawal-done' }),
  scenario('otp-wrong', [...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, typeOtp('12a456'), submitOtp()], { site: 'otp-entry', problem: 'notDigits' }),
  scenario('otp-paused', [...USED, at('PAUSE', 10 * SECOND), at('TICK', 10 * PERIOD), at('RESUME', 10 * PERIOD), submitOtp(10 * PERIOD)], { site: 'withdrawal-done' }),
  // Full time again at once: practice time goes back to the start of the step, so the code lasts to the end of the next one.
  scenario('otp-full-time', [...USED, at('EXTEND', 0), at('TICK', 2 * PERIOD - SECOND), submitOtp(2 * PERIOD - SECOND)], { site: 'withdrawal-done' }),
  scenario('select-first', [...REGISTERED_AND_REOPENED, showOtp()], { site: 'setup-number', app: 'menu', problem: 'noSelection' }),
  scenario('no-registration', [{ type: 'SITE_LOG_IN', now: 0 }, goTo('withdrawal')], { site: 'no-registration', app: 'closed' }),
  scenario('select-then-show', [...REGISTERED_AND_REOPENED, SELECT_ACCOUNT, showOtp()], { site: 'setup-number', app: 'menu' }),
];
