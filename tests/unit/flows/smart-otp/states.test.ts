import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appCode, otpStepAt } from '../../../../src/flows/services/otp-registrations';
import { newPracticeAccount, withIbKey, withPcOtp } from '../../../../src/flows/services/practice-account';
import { MISTYPED_NUMBER, SCENARIO_NAME, SCENARIO_NEXT_NUMBER, SCENARIO_NUMBER } from '../../../../src/flows/smart-otp/smart-otp.practice';
import { liveOtp, otpExpired } from '../../../../src/flows/smart-otp/smart-otp.time';
import type { SmartOtpState } from '../../../../src/flows/smart-otp/smart-otp.types';
import { at, flow, replayed, shownCode } from './helpers';

function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/smart-otp-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

const win = (s: SmartOtpState) => s.desktop.window;
const menu = (s: SmartOtpState) => (win(s)?.screen === 'menu' ? (win(s) as Extract<NonNullable<ReturnType<typeof win>>, { screen: 'menu' }>) : null);
const add = (s: SmartOtpState) => (win(s)?.screen === 'add' ? (win(s) as Extract<NonNullable<ReturnType<typeof win>>, { screen: 'add' }>) : null);
const otpEntry = (s: SmartOtpState) => (s.site.screen === 'otp-entry' ? s.site : null);
const registered = (s: SmartOtpState) => s.account.pcOtp?.displayName === SCENARIO_NAME;

/** What each name says the state is. */
const EXPECTED: Record<string, (s: SmartOtpState) => unknown> = {
  'site-login': (s) => s.site.screen === 'login' && win(s) === undefined,
  'site-top': (s) => s.site.screen === 'top',
  'site-procedures': (s) => s.site.screen === 'procedures',
  'site-otp-choice': (s) => s.site.screen === 'otp-choice' && !s.site.phoneNote,
  'site-pc-app': (s) => s.site.screen === 'pc-app',
  'site-download': (s) => s.site.screen === 'download' && !s.site.downloaded && !s.desktop.installed,
  'site-setup-number': (s) => s.site.screen === 'setup-number' && s.site.number === SCENARIO_NUMBER && s.site.copy === undefined && add(s)?.name === SCENARIO_NAME,
  'site-copy-denied': (s) => s.site.screen === 'setup-number' && s.site.copy === 'denied' && s.clipboard === undefined,
  'site-withdrawal': (s) => s.site.screen === 'withdrawal' && registered(s),
  'site-otp-entry': (s) => otpEntry(s)?.input === '' && otpEntry(s)?.problem === undefined,
  'site-otp-pasted': (s) => otpEntry(s)?.input === shownCode(s) && s.clipboard === shownCode(s),
  'site-withdrawal-done': (s) => s.site.screen === 'withdrawal-done' && s.account.pcOtp?.lastUsedStep === menu(s)?.otp?.step,
  'site-otp-wrong': (s) => otpEntry(s)?.problem === 'wrong',
  'site-otp-expired': (s) => otpEntry(s)?.problem === 'expired' && otpExpired(s),
  'site-otp-reused': (s) => otpEntry(s)?.problem === 'reused' && s.account.pcOtp?.lastUsedStep !== undefined,
  'desktop-icon': (s) => s.desktop.installed && win(s) === undefined && s.site.screen === 'pc-app',
  'app-empty': (s) => menu(s) !== null && s.account.pcOtp === undefined,
  'app-add-name': (s) => add(s)?.name === SCENARIO_NAME && add(s)?.number === '',
  'app-add-filled': (s) => add(s)?.name === SCENARIO_NAME && add(s)?.number === SCENARIO_NUMBER,
  'app-added': (s) => win(s)?.screen === 'added' && registered(s),
  'app-listed': (s) => menu(s)?.selected === false && registered(s) && menu(s)?.otp === undefined,
  'app-selected': (s) => menu(s)?.selected === true && menu(s)?.otp === undefined,
  'app-otp-shown': (s) => menu(s)?.selected === true && liveOtp(s) !== null && menu(s)?.copy === undefined,
  'app-otp-copied': (s) => menu(s)?.copy === 'copied' && s.clipboard === shownCode(s),
  'app-otp-expired': (s) => otpExpired(s),
  'app-number-mistyped': (s) => add(s)?.numberProblem === 'unknown' && add(s)?.number === MISTYPED_NUMBER,
  'app-number-stale': (s) => add(s)?.numberProblem === 'stale' && add(s)?.number === SCENARIO_NUMBER && s.setupNumbers.current === SCENARIO_NEXT_NUMBER,
  'app-number-used': (s) => add(s)?.numberProblem === 'used' && registered(s),
  'app-closed-early': (s) => menu(s) !== null && s.desktop.lostForm && s.account.pcOtp === undefined && s.clipboard === SCENARIO_NUMBER,
};

describe('named smart-otp states', () => {
  it('are exactly the names of docs/smart-otp-states.md, in its order', () => {
    expect(Object.keys(flow.states)).toEqual(documentedNames());
  });

  it('show the panel their name says: the website, or the desktop (app states cropped to the window)', () => {
    for (const [name, named] of Object.entries(flow.states)) {
      expect(named.shows, name).toBe(name.startsWith('site-') ? 'site' : 'desktop');
      expect(named.crop, name).toBe(name.startsWith('app-') && name !== 'app-closed-early' ? '[data-crop="window"]' : undefined);
    }
  });

  it.each(Object.keys(flow.states))('%s replays to what its name says, and is stored and read back whole', async (name) => {
    const state = await at(name);
    expect(EXPECTED[name]?.(state), name).toBe(true);
    expect(flow.parseState(JSON.parse(JSON.stringify(state))), name).toStrictEqual(state);
  });

  it('figures are the same on every build: a fixed start time and fixed randomness give the same secret and code', async () => {
    const start = Date.UTC(2026, 0, 5, 9, 0, 0);
    const [a, b] = [await at('app-otp-shown', start), await at('app-otp-shown', start)];
    expect(a.account.pcOtp?.secret).toBe(b.account.pcOtp?.secret);
    expect(shownCode(a)).toBe(shownCode(b));
    expect(shownCode(a)).toBe(await appCode(a.account.pcOtp!.secret, start));
  });

  it('fit the reader’s own account; a registered reader keeps their app and secret in "Try this step"', async () => {
    const own = withPcOtp(withIbKey(newPracticeAccount(), 'ios', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'), 'Office', 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU');
    for (const named of Object.values(flow.states)) expect(named.fits?.(own, 'windows')).toBe(true);
    const state = await replayed(flow.states['site-otp-pasted']!, undefined, own);
    expect(state.account.pcOtp?.secret).toBe(own.pcOtp?.secret);
    expect(state.account.ibKey).toEqual(own.ibKey);
    expect(otpEntry(state)?.input).toBe(await appCode(own.pcOtp!.secret, state.clock.now));
    expect(menu(state)?.otp?.step).toBe(otpStepAt(state.clock.now));
  });

  it('a state that submits a code uses a scenario account once the reader has used a code (it would be refused as reused)', () => {
    const registered = withPcOtp(newPracticeAccount(), 'Office', 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU');
    const used = { ...registered, pcOtp: { ...registered.pcOtp!, lastUsedStep: 29_000_000 } };
    for (const name of ['site-withdrawal-done', 'site-otp-expired', 'site-otp-reused']) {
      expect(flow.states[name]!.fits?.(registered, 'windows'), name).toBe(true);
      expect(flow.states[name]!.fits?.(used, 'windows'), name).toBe(false);
    }
    expect(flow.states['site-otp-pasted']!.fits?.(used, 'windows')).toBe(true);
  });
});
