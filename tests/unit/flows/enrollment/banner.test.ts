import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentEvent } from '../../../../src/flows/enrollment/enrollment.types';
import { offerQrText } from '../../../../src/flows/services/activation-offers';
import { CODE, logIn, run, SECRET, start } from './helpers';

const tap = (target: string) => ({ type: 'TAP', target }) as EnrollmentEvent;
const SCAN: EnrollmentEvent = { type: 'POINT_CAMERA', decoded: offerQrText(CODE) };
const BANNER: EnrollmentEvent = { type: 'TAP_BANNER' };
const atStore = () => run(start('ios', { settings: { appInstalled: false } }), logIn(), tap('camera-app'), SCAN, BANNER, tap('get-app'));

describe('the portal banner path', () => {
  it('website → store → install, then back on the home screen without opening the app', () => {
    const website = run(start('android', { settings: { appInstalled: false } }), logIn(), tap('camera-app'), SCAN, BANNER);
    expect(website.phone).toEqual({ screen: 'website', code: CODE });
    const store = run(website, tap('get-app'));
    expect(store.phone).toEqual({ screen: 'app-store', installing: false });
    expect(transition(store, { type: 'INSTALL_FINISHED' })).toBe(store);
    const installing = run(store, tap('get-app'));
    expect(installing.phone).toEqual({ screen: 'app-store', installing: true });
    expect(transition(installing, tap('get-app'))).toBe(installing);
    const installed = run(installing, { type: 'INSTALL_FINISHED' });
    expect(installed.phone).toEqual({ screen: 'phone-home' });
    expect(installed.settings.appInstalled).toBe(true);
    expect(installed.history).toEqual([]);
  });

  it('the second scan opens the app, which asks for notifications once, then the unlock', () => {
    const installed = run(atStore(), tap('get-app'), { type: 'INSTALL_FINISHED' });
    const banner = run(installed, tap('camera-app'), SCAN);
    expect(banner.phone).toEqual({ screen: 'qr-banner', opens: 'app', code: CODE });
    const asked = run(banner, BANNER);
    expect(asked.phone).toEqual({ screen: 'allow-notifications', code: CODE });
    const refused = run(asked, { type: 'ALLOW_NOTIFICATIONS', allow: false });
    // A refusal is explained before going on: no login notifications on this phone.
    expect(refused.phone).toEqual({ screen: 'notifications-off', code: CODE });
    const unlock = run(refused, tap('continue'));
    expect(unlock.phone).toEqual({ screen: 'unlock', code: CODE });
    expect(run(asked, { type: 'ALLOW_NOTIFICATIONS', allow: true }).phone).toEqual({ screen: 'unlock', code: CODE });
    expect(unlock.settings.notificationsAllowed).toBe(false);
    // Answered once: the next time the banner goes straight to the unlock.
    expect(run(unlock, { type: 'BACK' }, SCAN, BANNER).phone).toEqual({ screen: 'unlock', code: CODE });
    const success = run(unlock, { type: 'UNLOCK', method: 'face' }, { type: 'SECRET_CREATED', secret: SECRET });
    expect(success.phone).toEqual({ screen: 'success' });
    expect(success.account.ibKey).toMatchObject({ platform: 'ios' });
    expect(run(success, tap('done')).phone).toEqual({ screen: 'app-home' });
  });

  it('an error on the banner path ends at the app home (there is no code field)', () => {
    const installed = run(atStore(), tap('get-app'), { type: 'INSTALL_FINISHED' }, { type: 'TICK', now: Number.MAX_SAFE_INTEGER });
    const s = run(installed, tap('camera-app'), SCAN, BANNER, { type: 'ALLOW_NOTIFICATIONS', allow: true }, { type: 'UNLOCK', method: 'face' });
    expect(s.phone).toEqual({ screen: 'error', cause: 'usedOrExpired' });
    expect(run(s, tap('done'))).toMatchObject({ phone: { screen: 'app-home' }, history: [] });
  });

  it('the app can be opened from the home screen only once installed', () => {
    const missing = start('ios', { settings: { appInstalled: false } });
    expect(transition(missing, tap('open-app'))).toBe(missing);
    const installed = run(atStore(), tap('get-app'), { type: 'INSTALL_FINISHED' }, tap('open-app'));
    expect(installed.phone).toEqual({ screen: 'app-login' });
  });
});
