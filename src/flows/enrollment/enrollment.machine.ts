/**
 * The enrollment flow machine: `transition(state, event)` is pure and total. An event that
 * does not apply to the current screens returns the very same state object, so callers can
 * compare by identity to know whether anything happened.
 */
import type { InitialContext } from '../kit/flow';
import { unlock, secretCreated } from './enrollment.activation';
import { answerNotifications, installFinished, tapBanner } from './enrollment.banner';
import { answerCameraPermission, pointCamera, setScanQr, switchLens } from './enrollment.camera';
import { extend, pause, resume, tick } from './enrollment.clock';
import { activate, submitCode, typeCode, typePin } from './enrollment.entry';
import { back } from './enrollment.history';
import { portalLogIn, portalLogOut, tapNotification } from './enrollment.portal';
import { tap } from './enrollment.tap';
import type { EnrollmentEvent, EnrollmentSetup, EnrollmentState, PhoneSettings } from './enrollment.types';

const DEFAULT_SETTINGS: PhoneSettings = { lens: 'rear', scanQrCodes: true, appInstalled: true };

/**
 * A new session: portal logged out, phone in the app's login screen, or on the home screen
 * when the app is not installed yet (the banner path starts there). A device the flow does
 * not have (the token) falls back to Android.
 */
export function createEnrollment({ account, platform, now, setup }: InitialContext<EnrollmentSetup>): EnrollmentState {
  const settings: PhoneSettings = { ...DEFAULT_SETTINGS, ...setup?.settings };
  return {
    platform: platform === 'ios' ? 'ios' : 'android',
    account,
    portal: { screen: 'login' },
    phone: settings.appInstalled ? { screen: 'app-login' } : { screen: 'phone-home' },
    settings,
    clock: { now },
    history: [],
  };
}

export function transition(state: EnrollmentState, event: EnrollmentEvent): EnrollmentState {
  switch (event.type) {
    case 'TICK':
      return tick(state, event.now);
    case 'PAUSE':
      return pause(state, event.now);
    case 'RESUME':
      return resume(state, event.now);
    case 'EXTEND':
      return extend(state, event.now);
    case 'PORTAL_LOG_IN':
      return portalLogIn(state, event.now, event.offerCode);
    case 'PORTAL_LOG_OUT':
      return portalLogOut(state);
    case 'TAP_NOTIFICATION':
      return tapNotification(state);
    case 'TAP':
      return tap(state, event.target);
    case 'BACK':
      return back(state);
    case 'TYPE_CODE':
      return typeCode(state, event.value);
    case 'SUBMIT_CODE':
      return submitCode(state);
    case 'TYPE_PIN':
      return typePin(state, event.value);
    case 'ACTIVATE':
      return activate(state);
    case 'CAMERA_PERMISSION':
      return answerCameraPermission(state, event.allow);
    case 'POINT_CAMERA':
      return pointCamera(state, event.decoded);
    case 'SWITCH_LENS':
      return switchLens(state);
    case 'SET_SCAN_QR':
      return setScanQr(state, event.on);
    case 'TAP_BANNER':
      return tapBanner(state);
    case 'INSTALL_FINISHED':
      return installFinished(state);
    case 'ALLOW_NOTIFICATIONS':
      return answerNotifications(state, event.allow);
    case 'UNLOCK':
      return unlock(state);
    case 'SECRET_CREATED':
      return secretCreated(state, event.secret);
    default:
      // Events from outside (storage, an older view) may be anything: ignore what is unknown.
      return state;
  }
}
