import { describe, expect, it } from 'vitest';
import { createEnrollment, transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentEvent } from '../../../../src/flows/enrollment/enrollment.types';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';
import { CODE, logIn, run, SECRET, start, T0 } from './helpers';

describe('createEnrollment', () => {
  it('starts logged out, in the app login screen, with the default phone settings', () => {
    expect(createEnrollment({ account: newPracticeAccount(), platform: 'ios', now: T0 })).toStrictEqual({
      platform: 'ios',
      account: { username: 'practice.user' },
      portal: { screen: 'login' },
      phone: { screen: 'app-login' },
      settings: { lens: 'rear', scanQrCodes: true, appInstalled: true },
      clock: { now: T0 },
      history: [],
    });
  });

  it('starts on the phone home screen when the app is not installed', () => {
    const state = createEnrollment({ account: newPracticeAccount(), platform: 'android', now: T0, setup: { settings: { appInstalled: false, lens: 'front' } } });
    expect(state.phone).toEqual({ screen: 'phone-home' });
    expect(state.settings).toEqual({ lens: 'front', scanQrCodes: true, appInstalled: false });
  });
});

describe('transition is total', () => {
  const fresh = start('android');
  const inapplicable: EnrollmentEvent[] = [
    { type: 'TAP', target: 'more' }, // "More" is on app-home, not app-login
    { type: 'TAP', target: 'done' },
    { type: 'TAP', target: 'setup-qr' },
    { type: 'BACK' },
    { type: 'TYPE_CODE', value: CODE },
    { type: 'SUBMIT_CODE' },
    { type: 'TYPE_PIN', value: '1234' },
    { type: 'ACTIVATE' },
    { type: 'CAMERA_PERMISSION', allow: true },
    { type: 'POINT_CAMERA', decoded: null },
    { type: 'SWITCH_LENS' },
    { type: 'SET_SCAN_QR', on: false },
    { type: 'TAP_BANNER' },
    { type: 'INSTALL_FINISHED' },
    { type: 'ALLOW_NOTIFICATIONS', allow: true },
    { type: 'UNLOCK', method: 'face' },
    { type: 'SECRET_CREATED', secret: SECRET },
    { type: 'TAP_NOTIFICATION' },
    { type: 'PORTAL_LOG_OUT' },
    { type: 'PAUSE', now: T0 + 1 }, // nothing is counting down
    { type: 'RESUME', now: T0 + 1 },
    { type: 'EXTEND', now: T0 + 1 },
    { type: 'TICK', now: T0 }, // no time passed
    { type: 'TICK', now: T0 - 1 }, // time never runs backwards
    { type: 'TICK', now: Number.NaN },
    { type: 'PORTAL_LOG_IN', now: T0, offerCode: 'not a code' },
  ];

  it.each(inapplicable.map((e) => [JSON.stringify(e), e] as const))('%s leaves a fresh state as the same object', (_label, event) => {
    expect(transition(fresh, event)).toBe(fresh);
  });

  it('ignores event types it does not know', () => {
    const unknown = { type: 'SELF_DESTRUCT' } as unknown as EnrollmentEvent;
    expect(transition(fresh, unknown)).toBe(fresh);
  });

  it('ignores a TAP on the other platform’s button', () => {
    const iosAddUser = run(start('ios'), ...['services', 'authenticate', 'add-user'].map((t) => ({ type: 'TAP', target: t }) as EnrollmentEvent));
    expect(iosAddUser.phone).toEqual({ screen: 'add-user' });
    expect(transition(iosAddUser, { type: 'TAP', target: 'session-id' })).toBe(iosAddUser);
    expect(transition(iosAddUser, { type: 'TAP', target: 'setup-qr' }).phone).toEqual({ screen: 'code-entry', input: '' });
  });
});

describe('navigation in the app', () => {
  const tap = (target: string) => ({ type: 'TAP', target }) as EnrollmentEvent;

  it('reaches Add User from the login screen and BACK retraces the steps', () => {
    const s = run(start('android'), tap('services'), tap('authenticate'), tap('add-user'), tap('session-id'));
    expect(s.phone).toEqual({ screen: 'code-entry', input: '' });
    expect(s.history.map((h) => h.screen)).toEqual(['app-login', 'menu', 'menu', 'add-user']);
    const back = (n: number) => run(s, ...Array.from({ length: n }, () => ({ type: 'BACK' }) as EnrollmentEvent));
    expect(back(1).phone).toEqual({ screen: 'add-user' });
    expect(back(2).phone).toEqual({ screen: 'menu', menu: 'authenticate' });
    expect(back(4).phone).toEqual({ screen: 'app-login' });
    expect(back(5)).toStrictEqual(back(4));
  });

  it('reaches Add User from the home screen through More › Two-Factor Authentication', () => {
    const s = run(start('ios'), tap('log-in'), tap('more'), tap('two-factor'));
    expect(s.phone).toEqual({ screen: 'menu', menu: 'two-factor' });
    expect(run(s, tap('add-user')).phone).toEqual({ screen: 'add-user' });
    expect(run(s, { type: 'BACK' }, { type: 'BACK' }).phone).toEqual({ screen: 'app-home' });
    // Logging in to the app is not something to go back from.
    expect(run(s, { type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' }).phone).toEqual({ screen: 'app-home' });
  });
});

describe('the portal', () => {
  it('issues a fresh offer at login and discards it at logout', () => {
    const s = run(start('android'), logIn(2_000));
    expect(s.portal).toEqual({
      screen: 'home',
      confirmedEnrolled: false,
      offer: { code: CODE, issuedAt: T0 + 2_000, expiresAt: T0 + 2_000 + 300_000, used: false, wrongAttempts: 0 },
    });
    expect(s.clock).toEqual({ now: T0 + 2_000 });
    expect(run(s, { type: 'PORTAL_LOG_OUT' }).portal).toEqual({ screen: 'login' });
  });

  it('stores an offer code given in display form in its stored form', () => {
    const s = run(start('android'), logIn(0, 'k7qm-3xtp'));
    expect(s.portal.screen === 'home' && s.portal.offer.code).toBe(CODE);
  });

  it('sends an enrolled user a notification; tapping it logs in and returns the phone', () => {
    const atMenu = run(start('android', { enrolled: true }), { type: 'TAP', target: 'services' });
    const pushed = run(atMenu, logIn(1_000));
    expect(pushed.portal.screen).toBe('push-sent');
    expect(pushed.phone).toEqual({ screen: 'notification' });
    expect(transition(pushed, { type: 'BACK' })).toBe(pushed);
    const confirmed = run(pushed, { type: 'TAP_NOTIFICATION' });
    expect(confirmed.portal).toMatchObject({ screen: 'home', confirmedEnrolled: true, offer: { code: CODE, expiresAt: T0 + 301_000 } });
    expect(confirmed.phone).toEqual({ screen: 'menu', menu: 'services' });
    expect(confirmed.history).toEqual(atMenu.history);
  });

  it('logging out while the notification shows dismisses it', () => {
    const s = run(start('ios', { enrolled: true }), logIn(), { type: 'PORTAL_LOG_OUT' });
    expect(s.portal).toEqual({ screen: 'login' });
    expect(s.phone).toEqual({ screen: 'app-login' });
    expect(s.history).toEqual([]);
  });
});
