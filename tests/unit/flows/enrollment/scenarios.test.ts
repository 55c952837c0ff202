import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrollmentFlow } from '../../../../src/flows/enrollment/enrollment.flow';
import { enrollmentScenarios } from '../../../../src/flows/enrollment/enrollment.scenarios';
import type { EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';
import { replay, seededIO } from '../../../../src/flows/kit/replay';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';

const START = Date.UTC(2025, 0, 15, 9, 0, 0);
const states = enrollmentFlow.states;

/** A named state replayed as a figure would be: its scenario account, fixed randomness. */
async function replayNamed(name: string, start = START): Promise<EnrollmentState> {
  const named = states[name]!;
  const platform = named.platform ?? 'android';
  const account = enrollmentFlow.scenarioAccount(named, platform);
  return replay<EnrollmentState>(enrollmentFlow, named, { platform, startTime: start, account, io: seededIO() });
}

/** The names in the table of docs/enrollment-states.md, in order. */
function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/enrollment-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

/** What each name says the screen is: [panel, screen, extra check]. */
const EXPECTED: Record<string, [panel: 'portal' | 'phone', screen: string, check?: (s: EnrollmentState) => unknown]> = {
  'portal-login': ['portal', 'login'],
  'portal-offer': ['portal', 'home', (s) => s.portal.screen === 'home' && !s.portal.offer.used && s.clock.now < s.portal.offer.expiresAt],
  'portal-expired': ['portal', 'home', (s) => s.portal.screen === 'home' && s.clock.now >= s.portal.offer.expiresAt],
  'portal-push-sent': ['portal', 'push-sent'],
  'portal-enrolled-confirmed': ['portal', 'home', (s) => s.portal.screen === 'home' && s.portal.confirmedEnrolled],
  'android-app-login': ['phone', 'app-login'],
  'android-app-home': ['phone', 'app-home'],
  'android-more': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'more'],
  'android-two-factor': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'two-factor'],
  'android-services': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'services'],
  'android-authenticate': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'authenticate'],
  'android-instructions': ['phone', 'add-user'],
  'android-code-field': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === ''],
  'android-session-id': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === 'K7QM-3XTP'],
  'android-pin': ['phone', 'pin-entry', (s) => s.phone.screen === 'pin-entry' && s.phone.pin === '2468' && s.phone.problem === undefined],
  'android-pin-too-short': ['phone', 'pin-entry', (s) => s.phone.screen === 'pin-entry' && s.phone.problem === 'tooShort'],
  'android-camera-permission': ['phone', 'camera-permission'],
  'android-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'app'],
  'android-camera-denied': ['phone', 'camera-denied'],
  'android-success': ['phone', 'success', (s) => s.account.ibKey?.platform === 'android' && s.account.ibKey.pin === '2468'],
  'android-activation-error': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.cause === 'usedOrExpired'],
  'android-notification': ['phone', 'notification'],
  'ios-app-login': ['phone', 'app-login'],
  'ios-app-home': ['phone', 'app-home'],
  'ios-more': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'more'],
  'ios-two-factor': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'two-factor'],
  'ios-services': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'services'],
  'ios-authenticate': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'authenticate'],
  'ios-setup': ['phone', 'add-user'],
  'ios-code-field': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === ''],
  'ios-activation-code': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === 'K7QM-3XTP'],
  'ios-camera-permission': ['phone', 'camera-permission'],
  'ios-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'app'],
  'ios-camera-denied': ['phone', 'camera-denied'],
  'ios-unlock': ['phone', 'unlock', (s) => s.phone.screen === 'unlock' && s.phone.code === 'K7QM3XTP'],
  'ios-success': ['phone', 'success', (s) => s.account.ibKey?.platform === 'ios'],
  'ios-activation-error': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.cause === 'usedOrExpired'],
  'ios-notification': ['phone', 'notification', (s) => s.portal.screen === 'push-sent'],
  'ios-system-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'system' && s.phone.hint === undefined],
  'ios-banner-website': ['phone', 'qr-banner', (s) => s.phone.screen === 'qr-banner' && s.phone.opens === 'website'],
  'ios-website': ['phone', 'website'],
  'ios-app-store': ['phone', 'app-store', (s) => s.phone.screen === 'app-store' && !s.phone.installing],
  'ios-phone-home': ['phone', 'phone-home', (s) => s.settings.appInstalled],
  'ios-banner-app': ['phone', 'qr-banner', (s) => s.phone.screen === 'qr-banner' && s.phone.opens === 'app'],
  'ios-allow-notifications': ['phone', 'allow-notifications'],
  'ios-banner-unlock': ['phone', 'unlock'],
  'ios-banner-success': ['phone', 'success', (s) => s.account.ibKey !== undefined],
  'ios-scan-qr-off': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.hint === 'scanQrOff'],
  'ios-settings': ['phone', 'settings', (s) => !s.settings.scanQrCodes],
  'ios-front-lens': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.hint === 'frontLens'],
};

describe('named enrollment states', () => {
  it('are exactly the names of docs/enrollment-states.md, in its order', () => {
    expect(Object.keys(states)).toEqual(documentedNames());
  });

  it('use the platform of their name; portal states take the page’s', () => {
    for (const [name, named] of Object.entries(states)) {
      if (name.startsWith('ios-')) expect(named.platform, name).toBe('ios');
      if (name.startsWith('android-')) expect(named.platform, name).toBe('android');
      if (name.startsWith('portal-')) expect(named.platform, name).toBeUndefined();
      expect(named.shows, name).toBe(name.startsWith('portal-') ? 'portal' : 'phone');
    }
  });

  it.each(Object.keys(states))('%s replays to the screen its name says', async (name) => {
    const expected = EXPECTED[name];
    expect(expected, `no expectation for ${name}`).toBeDefined();
    if (!expected) return;
    const [panel, screen, check] = expected;
    const state = await replayNamed(name);
    expect(state[panel].screen).toBe(screen);
    if (check) expect(check(state)).toBe(true);
  });

  it('replay relative to the start time', async () => {
    const offer = await replayNamed('portal-offer');
    expect(offer.portal).toMatchObject({ screen: 'home', offer: { issuedAt: START, expiresAt: START + 5 * 60_000 } });
    expect((await replayNamed('portal-offer', 0)).clock.now).toBe(0);
  });

  it('are stored and read back unchanged (JSON and the state schema)', async () => {
    for (const name of Object.keys(states)) {
      const state = await replayNamed(name);
      const stored: unknown = JSON.parse(JSON.stringify(state));
      expect(stored, name).toStrictEqual(state);
      expect(enrollmentFlow.parseState(stored), name).toStrictEqual(state);
    }
  });

  it('make the same device secret on every replay, so figures never change', async () => {
    const a = await replayNamed('android-success');
    const b = await replayNamed('android-success');
    expect(a.account.ibKey?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(b.account.ibKey?.secret).toBe(a.account.ibKey?.secret);
  });
});

describe('enrollment scenarios', () => {
  it('have unique names', () => {
    const names = enrollmentScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(enrollmentScenarios.map((s) => [s.name, s] as const))('%s ends where it says', async (_name, scenario) => {
    const named = { platform: scenario.platform, events: scenario.events, shows: 'phone', ...(scenario.setup ? { setup: scenario.setup } : {}) };
    const account = enrollmentFlow.scenarioAccount(named, scenario.platform);
    const state = await replay<EnrollmentState>(enrollmentFlow, named, { platform: scenario.platform, startTime: START, account, io: seededIO() });
    expect(state.phone.screen).toBe(scenario.expect.phone);
    expect(state.portal.screen).toBe(scenario.expect.portal);
    expect(state.account.ibKey !== undefined).toBe(scenario.expect.enrolled);
    if (scenario.expect.cause !== undefined) expect(state.phone).toEqual({ screen: 'error', cause: scenario.expect.cause });
    expect(enrollmentFlow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
  });

  it('start from an account without IB Key unless they say otherwise', () => {
    expect(enrollmentFlow.scenarioAccount({ events: [], shows: 'phone' }, 'ios')).toEqual(newPracticeAccount());
  });
});
