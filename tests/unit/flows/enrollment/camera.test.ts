import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentEvent, EnrollmentState, PhonePlatform as Platform } from '../../../../src/flows/enrollment/enrollment.types';
import { offerQrText } from '../../../../src/flows/services/activation-offers';
import { CODE, logIn, run, start } from './helpers';

const tap = (target: string) => ({ type: 'TAP', target }) as EnrollmentEvent;
const point = (decoded: string | null): EnrollmentEvent => ({ type: 'POINT_CAMERA', decoded });
const permission = (allow: boolean): EnrollmentEvent => ({ type: 'CAMERA_PERMISSION', allow });
const SCAN = point(offerQrText(CODE));

function codeField(platform: Platform, s: EnrollmentState = start(platform)): EnrollmentState {
  const button = platform === 'android' ? 'session-id' : 'setup-qr';
  return run(s, logIn(), tap('services'), tap('authenticate'), tap('add-user'), tap(button));
}
const openCamera = (platform: Platform, s?: EnrollmentState) =>
  run(codeField(platform, s), tap(platform === 'android' ? 'qr-code' : 'launch-camera'));

describe('the app scanner', () => {
  it('asks for the camera the first time only', () => {
    const asked = openCamera('ios');
    expect(asked.phone).toEqual({ screen: 'camera-permission' });
    const allowed = run(asked, permission(true));
    expect(allowed.phone).toEqual({ screen: 'camera', kind: 'app' });
    expect(allowed.settings.cameraAllowed).toBe(true);
    const again = run(allowed, { type: 'BACK' }, tap('launch-camera'));
    expect(again.phone).toEqual({ screen: 'camera', kind: 'app' });
  });

  it('after a denial: iOS goes straight to the denied screen, Android asks again', () => {
    const iosDenied = run(openCamera('ios'), permission(false));
    expect(iosDenied.phone).toEqual({ screen: 'camera-denied' });
    expect(run(iosDenied, { type: 'BACK' }, tap('launch-camera')).phone).toEqual({ screen: 'camera-denied' });
    const androidDenied = run(openCamera('android'), permission(false));
    expect(run(androidDenied, { type: 'BACK' }, tap('qr-code')).phone).toEqual({ screen: 'camera-permission' });
  });

  it('open settings on the denied screen allows the camera and returns to it', () => {
    const s = run(openCamera('android'), permission(false), tap('open-settings'));
    expect(s.phone).toEqual({ screen: 'camera', kind: 'app' });
    expect(s.settings.cameraAllowed).toBe(true);
    // BACK skips the permission prompt and returns to the code field.
    expect(run(s, { type: 'BACK' }).phone).toEqual({ screen: 'code-entry', input: '' });
  });

  it('reads the offer: Android asks for the PIN, iOS for the unlock', () => {
    expect(run(openCamera('android'), permission(true), SCAN).phone).toEqual({ screen: 'pin-entry', code: CODE, pin: '' });
    expect(run(openCamera('ios'), permission(true), SCAN).phone).toEqual({ screen: 'unlock', code: CODE });
  });

  it.each([null, 'https://example.com/', 'ibkey-practice:activate?code=K7QM3XT0', `${offerQrText(CODE)}x`])(
    'says notAnOffer for %j',
    (decoded) => {
      expect(run(openCamera('ios'), permission(true), point(decoded)).phone).toEqual({ screen: 'camera', kind: 'app', hint: 'notAnOffer' });
    },
  );

  it('reads nothing with the front lens until the lens is switched', () => {
    const front = run(openCamera('ios', start('ios', { settings: { lens: 'front' } })), permission(true), SCAN);
    expect(front.phone).toEqual({ screen: 'camera', kind: 'app', hint: 'frontLens' });
    const switched = run(front, { type: 'SWITCH_LENS' });
    expect(switched.settings.lens).toBe('rear');
    expect(switched.phone).toEqual({ screen: 'camera', kind: 'app' });
    expect(run(switched, SCAN).phone).toEqual({ screen: 'unlock', code: CODE });
  });

  it('is not affected by the Camera app’s "Scan QR codes" switch', () => {
    const s = run(openCamera('android', start('android', { settings: { scanQrCodes: false } })), permission(true), SCAN);
    expect(s.phone.screen).toBe('pin-entry');
  });

  it('UNLOCK sends the scanned code (iOS)', () => {
    const s = run(openCamera('ios'), permission(true), SCAN, { type: 'UNLOCK', method: 'passcode' });
    expect(s.phone).toEqual({ screen: 'activating', code: CODE });
  });
});

describe('the phone’s Camera app', () => {
  const noApp = (settings = {}) => start('ios', { settings: { appInstalled: false, ...settings } });
  const systemCamera = (s: EnrollmentState) => run(s, logIn(), tap('camera-app'));

  it('shows a banner that opens the website when the app is missing', () => {
    const s = run(systemCamera(noApp()), SCAN);
    expect(s.phone).toEqual({ screen: 'qr-banner', opens: 'website', code: CODE });
    expect(run(s, { type: 'BACK' }).phone).toEqual({ screen: 'camera', kind: 'system' });
  });

  it('reads nothing while "Scan QR codes" is off; Settings turns it on', () => {
    const off = run(systemCamera(noApp({ scanQrCodes: false })), SCAN);
    expect(off.phone).toEqual({ screen: 'camera', kind: 'system', hint: 'scanQrOff' });
    const settings = run(off, tap('open-settings'));
    expect(settings.phone).toEqual({ screen: 'settings' });
    expect(transition(settings, { type: 'SET_SCAN_QR', on: false })).toBe(settings);
    const on = run(settings, { type: 'SET_SCAN_QR', on: true });
    expect(on.settings.scanQrCodes).toBe(true);
    expect(run(on, { type: 'BACK' }, SCAN).phone).toMatchObject({ screen: 'qr-banner', opens: 'website' });
  });

  it('offers Settings only from the "Scan QR codes" hint', () => {
    const s = systemCamera(noApp());
    expect(transition(s, tap('open-settings'))).toBe(s);
  });

  it('front lens comes before the switch: the hint names the lens first', () => {
    const s = run(systemCamera(noApp({ scanQrCodes: false, lens: 'front' })), SCAN);
    expect(s.phone).toEqual({ screen: 'camera', kind: 'system', hint: 'frontLens' });
  });
});
