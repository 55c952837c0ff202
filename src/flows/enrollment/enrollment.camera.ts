/**
 * Cameras: the app's own QR scanner (with its permission prompt) and the phone's Camera app.
 * A QR code is read only with the rear lens, and the Camera app reads nothing while its
 * "Scan QR codes" switch is off: the two causes the troubleshooting guide names.
 */
import { parseOfferQrText } from '../services/activation-offers';
import { goTo, replaceWith } from './enrollment.history';
import type { CameraHint, EnrollmentState, PhoneSettings } from './enrollment.types';

const withSettings = (state: EnrollmentState, change: Partial<PhoneSettings>): EnrollmentState => ({
  ...state,
  settings: { ...state.settings, ...change },
});

/**
 * QR CODE (Android) / Launch Camera (iOS) from the code field. The permission is asked the
 * first time; after a denial Android asks again, while iOS only points to Settings.
 */
export function openAppCamera(state: EnrollmentState): EnrollmentState {
  const allowed = state.settings.cameraAllowed;
  if (allowed === true) return goTo(state, { screen: 'camera', kind: 'app' });
  if (allowed === false && state.platform === 'ios') return goTo(state, { screen: 'camera-denied' });
  return goTo(state, { screen: 'camera-permission' });
}

export function answerCameraPermission(state: EnrollmentState, allow: boolean): EnrollmentState {
  if (state.phone.screen !== 'camera-permission') return state;
  const answered = withSettings(state, { cameraAllowed: allow });
  return replaceWith(answered, allow ? { screen: 'camera', kind: 'app' } : { screen: 'camera-denied' });
}

/** "Open settings" on the denied screen: the reader allows the camera there and comes back to it. */
export function allowCameraInSettings(state: EnrollmentState): EnrollmentState {
  if (state.phone.screen !== 'camera-denied') return state;
  return replaceWith(withSettings(state, { cameraAllowed: true }), { screen: 'camera', kind: 'app' });
}

export function pointCamera(state: EnrollmentState, decoded: string | null): EnrollmentState {
  const { phone, settings } = state;
  if (phone.screen !== 'camera') return state;
  const hint = (reason: CameraHint) => replaceWith(state, { screen: 'camera', kind: phone.kind, hint: reason });
  if (settings.lens === 'front') return hint('frontLens');
  if (phone.kind === 'system' && !settings.scanQrCodes) return hint('scanQrOff');
  const code = decoded === null ? null : parseOfferQrText(decoded);
  if (code === null) return hint('notAnOffer');
  if (phone.kind === 'system') {
    return goTo(state, { screen: 'qr-banner', opens: settings.appInstalled ? 'app' : 'website', code });
  }
  // The app's scanner fills the code in for the reader: Android then asks for the PIN, iOS for the unlock.
  if (state.platform === 'android') return replaceWith(state, { screen: 'pin-entry', code, pin: '' });
  return replaceWith(state, { screen: 'unlock', code });
}

export function switchLens(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'camera') return state;
  const lens = state.settings.lens === 'rear' ? 'front' : 'rear';
  return replaceWith(withSettings(state, { lens }), { screen: 'camera', kind: phone.kind });
}

/** From the Camera app's "nothing happens" hint to Settings › Camera. */
export function openCameraSettings(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'camera' || phone.kind !== 'system' || phone.hint !== 'scanQrOff') return state;
  return goTo(state, { screen: 'settings' });
}

export function setScanQr(state: EnrollmentState, on: boolean): EnrollmentState {
  if (state.phone.screen !== 'settings' || state.settings.scanQrCodes === on) return state;
  return withSettings(state, { scanQrCodes: on });
}
