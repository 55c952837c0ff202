import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrollmentScenarios, enrollmentStates, findEnrollmentState, replayState } from '../../../../src/flows/enrollment/enrollment.scenarios';
import type { EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';

const START = Date.UTC(2025, 0, 15, 9, 0, 0);

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
  'android-session-id': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === 'K7QM-3XTP'],
  'android-pin': ['phone', 'pin-entry', (s) => s.phone.screen === 'pin-entry' && s.phone.pin === '2468' && s.phone.problem === undefined],
  'android-pin-too-short': ['phone', 'pin-entry', (s) => s.phone.screen === 'pin-entry' && s.phone.problem === 'pinTooShort'],
  'android-camera-permission': ['phone', 'camera-permission'],
  'android-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'app'],
  'android-camera-denied': ['phone', 'camera-denied'],
  'android-success': ['phone', 'success', (s) => s.account.enrolled],
  'android-error-already-enrolled': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.reason === 'alreadyEnrolled'],
  'android-error-expired': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.reason === 'expired'],
  'android-error-wrong-code': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.reason === 'wrongCode'],
  'android-notification': ['phone', 'notification'],
  'ios-app-login': ['phone', 'app-login'],
  'ios-app-home': ['phone', 'app-home'],
  'ios-more': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'more'],
  'ios-two-factor': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'two-factor'],
  'ios-services': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'services'],
  'ios-authenticate': ['phone', 'menu', (s) => s.phone.screen === 'menu' && s.phone.menu === 'authenticate'],
  'ios-setup': ['phone', 'add-user'],
  'ios-activation-code': ['phone', 'code-entry', (s) => s.phone.screen === 'code-entry' && s.phone.input === 'K7QM-3XTP'],
  'ios-camera-permission': ['phone', 'camera-permission'],
  'ios-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'app'],
  'ios-camera-denied': ['phone', 'camera-denied'],
  'ios-unlock': ['phone', 'unlock', (s) => s.phone.screen === 'unlock' && s.phone.code === 'K7QM3XTP'],
  'ios-success': ['phone', 'success', (s) => s.account.enrolled],
  'ios-error-already-enrolled': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.reason === 'alreadyEnrolled'],
  'ios-error-expired': ['phone', 'error', (s) => s.phone.screen === 'error' && s.phone.reason === 'expired'],
  'ios-system-camera': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.kind === 'system' && s.phone.hint === undefined],
  'ios-banner-website': ['phone', 'qr-banner', (s) => s.phone.screen === 'qr-banner' && s.phone.opens === 'website'],
  'ios-website': ['phone', 'website'],
  'ios-app-store': ['phone', 'app-store', (s) => s.phone.screen === 'app-store' && !s.phone.installing],
  'ios-phone-home': ['phone', 'phone-home', (s) => s.settings.appInstalled],
  'ios-banner-app': ['phone', 'qr-banner', (s) => s.phone.screen === 'qr-banner' && s.phone.opens === 'app'],
  'ios-allow-notifications': ['phone', 'allow-notifications'],
  'ios-banner-unlock': ['phone', 'unlock'],
  'ios-banner-success': ['phone', 'success', (s) => s.account.enrolled],
  'ios-scan-qr-off': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.hint === 'scanQrOff'],
  'ios-settings': ['phone', 'settings', (s) => !s.settings.scanQrCodes],
  'ios-front-lens': ['phone', 'camera', (s) => s.phone.screen === 'camera' && s.phone.hint === 'frontLens'],
};

describe('named enrollment states', () => {
  it('are exactly the names of docs/enrollment-states.md, in its order', () => {
    const names = documentedNames();
    expect(names).toHaveLength(50);
    expect(enrollmentStates.map((s) => s.name)).toEqual(names);
  });

  it('use the platform of their name', () => {
    for (const named of enrollmentStates) {
      if (named.name.startsWith('ios-')) expect(named.platform, named.name).toBe('ios');
      if (named.name.startsWith('android-')) expect(named.platform, named.name).toBe('android');
    }
  });

  it.each(enrollmentStates.map((s) => [s.name, s] as const))('%s replays to the screen its name says', (name, named) => {
    const expected = EXPECTED[name];
    expect(expected, `no expectation for ${name}`).toBeDefined();
    if (!expected) return;
    const [panel, screen, check] = expected;
    const state = replayState(named, START);
    expect(state[panel].screen).toBe(screen);
    if (check) expect(check(state)).toBe(true);
  });

  it('are found by name, and unknown names are not', () => {
    expect(findEnrollmentState('android-pin')?.platform).toBe('android');
    expect(findEnrollmentState('no-such-state')).toBeUndefined();
  });

  it('replay relative to the start time', () => {
    const offer = replayState(findEnrollmentState('portal-offer')!, START);
    expect(offer.portal).toMatchObject({ screen: 'home', offer: { issuedAt: START, expiresAt: START + 5 * 60_000 } });
    expect(replayState(findEnrollmentState('portal-offer')!, 0).clock.now).toBe(0);
  });

  it('survive a JSON round trip unchanged', () => {
    for (const named of enrollmentStates) {
      const state = replayState(named, START);
      expect(JSON.parse(JSON.stringify(state)), named.name).toStrictEqual(state);
    }
  });
});

describe('enrollment scenarios', () => {
  it('have unique names', () => {
    const names = enrollmentScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(enrollmentScenarios.map((s) => [s.name, s] as const))('%s ends where it says', (_name, scenario) => {
    const state = replayState(scenario, START);
    expect(state.phone.screen).toBe(scenario.expect.phone);
    expect(state.portal.screen).toBe(scenario.expect.portal);
    expect(state.account.enrolled).toBe(scenario.expect.enrolled);
    if (scenario.expect.error !== undefined) expect(state.phone).toEqual({ screen: 'error', reason: scenario.expect.error });
    expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
  });
});
