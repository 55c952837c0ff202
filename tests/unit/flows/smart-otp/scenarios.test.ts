import { describe, expect, it } from 'vitest';
import { msLeftInStep, OTP_PERIOD_MS } from '../../../../src/flows/services/otp-registrations';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';
import { SCENARIO_NUMBER } from '../../../../src/flows/smart-otp/smart-otp.practice';
import { smartOtpScenarios } from '../../../../src/flows/smart-otp/smart-otp.scenarios';
import {
  at as tickAt, codeCopied, PERIOD, REGISTERED_AND_REOPENED, SECOND, submitOtp, TO_OTP_ENTRY, typeOtp,
} from '../../../../src/flows/smart-otp/smart-otp.scenario-steps';
import { liveOtp, otpExpired, practiceNow } from '../../../../src/flows/smart-otp/smart-otp.time';
import type { SmartOtpEvent } from '../../../../src/flows/smart-otp/smart-otp.types';
import { flow, fresh, problemOf, run, scenario, shownCode, T0 } from './helpers';

const wide = (digits: string) => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');

describe('smart-otp scenarios', () => {
  it.each(smartOtpScenarios.map((s) => [s.name, s] as const))('%s', async (_name, { events, expect: wanted }) => {
    const state = await scenario(events);
    expect(state.site.screen).toBe(wanted.site);
    if (wanted.app !== undefined) expect(state.desktop.window?.screen ?? 'closed').toBe(wanted.app);
    if (wanted.problem !== undefined) expect(problemOf(state)).toBe(wanted.problem);
    if (wanted.registered !== undefined) expect(state.account.pcOtp !== undefined).toBe(wanted.registered);
  });

  it('T0 is 20 seconds into a step, so the drift, pause and full-time scenarios mean what they say', () => {
    expect(msLeftInStep(T0)).toBe(40 * SECOND);
  });
});

describe('a code pasted with spaces or in full width', () => {
  const atEntry = () => scenario([...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, ...codeCopied()]);
  it.each([
    ['spaces', (c: string) => ` ${c.slice(0, 3)} ${c.slice(3)} `],
    ['full-width digits and an ideographic space', (c: string) => `${wide(c.slice(0, 3))}\u3000${wide(c.slice(3))}`],
    ['a hyphen', (c: string) => `${c.slice(0, 3)}-${c.slice(3)}`],
  ])('is accepted: %s', async (_label, form) => {
    const state = await atEntry();
    const done = await run(state, typeOtp(form(shownCode(state))), { type: 'SUBMIT_OTP', now: state.clock.now });
    expect(done.site.screen).toBe('withdrawal-done');
  });

  it.each([
    ['12345', 'tooShort'],
    ['1234567', 'tooLong'],
    ['12a456', 'notDigits'],
    ['', 'empty'],
  ])('refuses %j as %s, before asking the server', async (input, problem) => {
    const state = await atEntry();
    const refused = await run(state, typeOtp(input), { type: 'SUBMIT_OTP', now: state.clock.now });
    expect(problemOf(refused)).toBe(problem);
    expect(refused.site.screen === 'otp-entry' && refused.site.checking).toBeFalsy();
  });

  it('refuses a paste of junk longer than the field allows, keeping what was there', async () => {
    const state = await atEntry();
    const junk = await run(state, typeOtp('9'.repeat(200)));
    expect(junk.site.screen === 'otp-entry' && junk.site.input).toBe('');
    expect(problemOf(junk)).toBe('tooLong');
  });
});

describe('the 60-second boundary', () => {
  // Start exactly at the start of a step, so the code shown at 0 ends at 60 s.
  const start = Math.ceil(T0 / OTP_PERIOD_MS) * OTP_PERIOD_MS;
  const shown = (more: SmartOtpEvent[] = []) => scenario([...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, ...codeCopied(), { type: 'PASTE_OTP' }, ...more], start);

  it('the app shows the code until 59.999 s and calls it expired at 60 s', async () => {
    const before = await shown([tickAt('TICK', PERIOD - 1)]);
    expect(liveOtp(before)).not.toBeNull();
    expect(flow.timer(before)?.remainingMs).toBe(1);
    const after = await run(before, tickAt('TICK', start + PERIOD));
    expect(otpExpired(after)).toBe(true);
    expect(flow.timer(after)).toBeNull();
    expect(flow.ticking(after)).toBe(false);
    expect(flow.milestones(before, after).map((m) => m.key)).toContain('sim.smart-otp.live.otpExpired');
  });

  it('the server takes the code one step late (drift), not two', async () => {
    expect((await shown([tickAt('TICK', 2 * PERIOD - 1), submitOtp(2 * PERIOD - 1)])).site.screen).toBe('withdrawal-done');
    expect(problemOf(await shown([tickAt('TICK', 2 * PERIOD), submitOtp(2 * PERIOD)]))).toBe('expired');
  });

  it('a code used once is refused for the rest of its steps, and the next step’s code works', async () => {
    const used = await shown([submitOtp(), { type: 'SITE_GO', to: 'withdrawal' }, { type: 'SITE_GO', to: 'withdrawal-next' }, { type: 'PASTE_OTP' }]);
    const refused = await run(used, { type: 'SUBMIT_OTP', now: start + 30 * SECOND });
    expect(problemOf(refused)).toBe('reused');
    // Show OTP again in the same step: the same code, still refused.
    const again = await run(refused, { type: 'SHOW_OTP', now: start + 40 * SECOND }, { type: 'COPY_OTP', result: 'copied' }, { type: 'PASTE_OTP' }, { type: 'SUBMIT_OTP', now: start + 40 * SECOND });
    expect(problemOf(again)).toBe('reused');
    const next = await run(again, tickAt('TICK', start + PERIOD), { type: 'SHOW_OTP', now: start + PERIOD }, { type: 'COPY_OTP', result: 'copied' }, { type: 'PASTE_OTP' }, { type: 'SUBMIT_OTP', now: start + PERIOD });
    expect(next.site.screen).toBe('withdrawal-done');
    expect(next.account.pcOtp?.lastUsedStep).toBe(Math.floor((start + PERIOD) / PERIOD));
  });
});

describe('pausing and full time (WCAG 2.2.1)', () => {
  const shownAt0 = () => scenario([...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, ...codeCopied(), { type: 'PASTE_OTP' }]);

  it('a pause stops the code’s clock; resuming moves practice time on by the time spent paused', async () => {
    const state = await shownAt0();
    const paused = await run(state, tickAt('PAUSE', T0 + 5 * SECOND));
    expect(flow.timer(paused)).toMatchObject({ paused: true, remainingMs: 35 * SECOND });
    expect(flow.ticking(paused)).toBe(false);
    const later = await run(paused, tickAt('TICK', T0 + 10 * PERIOD));
    expect(flow.timer(later)?.remainingMs).toBe(35 * SECOND);
    const resumed = await run(later, tickAt('RESUME', T0 + 10 * PERIOD));
    expect(resumed.lagMs).toBe(10 * PERIOD - 5 * SECOND);
    expect(practiceNow(resumed)).toBe(T0 + 5 * SECOND);
  });

  it('full time gives the code shown its whole 60 seconds again', async () => {
    const state = await shownAt0();
    const extended = await run(state, tickAt('EXTEND', T0 + 30 * SECOND));
    expect(flow.timer(extended)?.remainingMs).toBe(PERIOD);
    expect(liveOtp(extended)?.code).toBe(shownCode(state));
  });

  it('without full time, the same wait runs the code out', async () => {
    const waited = await scenario([...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, ...codeCopied(), { type: 'PASTE_OTP' }, tickAt('TICK', 2 * PERIOD - SECOND), submitOtp(2 * PERIOD - SECOND)]);
    expect(problemOf(waited)).toBe('expired');
  });

  it('a pause ends by itself when the app is closed, so no timer is left standing', async () => {
    const state = await shownAt0();
    const closed = await run(state, tickAt('PAUSE', T0 + SECOND), { type: 'CLOSE_APP' });
    expect(closed.clock.pausedAt).toBeUndefined();
    expect(flow.timer(closed)).toBeNull();
  });

  it('pausing means nothing while no code counts down', async () => {
    const state = fresh();
    expect(flow.transition(state, tickAt('PAUSE', T0 + SECOND))).toBe(state);
    expect(flow.transition(state, tickAt('EXTEND', T0 + SECOND))).toBe(state);
  });
});

describe('the machine is total and pure', () => {
  const state = fresh();
  it.each<SmartOtpEvent>([
    { type: 'OPEN_APP' }, // nothing installed yet
    { type: 'REGISTER' },
    { type: 'SHOW_OTP', now: T0 },
    { type: 'SUBMIT_OTP', now: T0 },
    { type: 'SITE_GO', to: 'download' },
    { type: 'ISSUE_SETUP_NUMBER', now: T0, number: SCENARIO_NUMBER },
    { type: 'OTP_SHOWN', code: '123456', step: 1 },
    { type: 'REGISTERED', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
    { type: 'PASTE_OTP' },
    { type: 'SITE_LOG_IN', now: T0 - 1 }, // time never runs backwards
    { type: 'NOT_AN_EVENT' } as unknown as SmartOtpEvent,
  ])('ignores %j where it does not apply', (event) => {
    expect(flow.transition(state, event)).toBe(state);
  });

  it('refuses a setup number that is not 12 digits, and a secret that is not base32', async () => {
    const atPcApp = await scenario([{ type: 'SITE_LOG_IN', now: 0 }, { type: 'SITE_GO', to: 'procedures' }, { type: 'SITE_GO', to: 'otp-register' }, { type: 'SITE_GO', to: 'pc-app' }]);
    expect(flow.transition(atPcApp, { type: 'ISSUE_SETUP_NUMBER', now: T0, number: '12345' })).toBe(atPcApp);
  });

  it('a fresh start has the app on the desktop only when the account has it registered', () => {
    expect(fresh(newPracticeAccount()).desktop.installed).toBe(false);
    expect(fresh({ ...newPracticeAccount(), pcOtp: { displayName: 'Home PC', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' } }).desktop.installed).toBe(true);
  });
});

describe('milestones', () => {
  it('announce the setup number, the registration, the code and the verdict, and stay quiet otherwise', async () => {
    const keys = async (events: SmartOtpEvent[], last: SmartOtpEvent) => {
      const before = await scenario(events);
      const after = await run(before, last);
      return flow.milestones(before, after).map((m) => m.key);
    };
    const { DOWNLOADED, NAME_TYPED, NUMBER_PASTED } = await import('../../../../src/flows/smart-otp/smart-otp.scenario-steps');
    expect(await keys(NAME_TYPED, { type: 'ISSUE_SETUP_NUMBER', now: T0, number: SCENARIO_NUMBER })).toEqual(['sim.smart-otp.live.numberIssued']);
    expect(await keys(NUMBER_PASTED, { type: 'REGISTER' })).toEqual(['sim.smart-otp.live.registered']);
    expect(await keys([...DOWNLOADED, { type: 'OPEN_APP' }], { type: 'ADD_ACCOUNT' })).toEqual([]);
    expect(await keys([...REGISTERED_AND_REOPENED, { type: 'SELECT_ACCOUNT' }], { type: 'SHOW_OTP', now: T0 })).toEqual(['sim.smart-otp.live.otpShown']);
    expect(await keys([...REGISTERED_AND_REOPENED, ...TO_OTP_ENTRY, ...codeCopied(), { type: 'PASTE_OTP' }], { type: 'SUBMIT_OTP', now: T0 })).toEqual(['sim.smart-otp.live.withdrawalDone']);
    expect(await keys([...NAME_TYPED, { type: 'ISSUE_SETUP_NUMBER', now: 0, number: SCENARIO_NUMBER }], { type: 'COPY_SETUP_NUMBER', result: 'denied' })).toEqual(['sim.smart-otp.copy.denied']);
  });

  it('every reason the flow names has a string in both languages', async () => {
    const en = (await import('../../../../src/i18n/ui/en.json')).default as Record<string, string>;
    const ja = (await import('../../../../src/i18n/ui/ja.json')).default as Record<string, string>;
    for (const key of Object.values(flow.reasons)) {
      expect(en[key], key).toBeTruthy();
      expect(ja[key], key).toBeTruthy();
    }
  });
});
