/**
 * TAP: every button and link on the phone, routed by the screen it is on. A target that
 * the current screen does not show (or that belongs to the other platform) changes nothing.
 */
import { tapDone } from './enrollment.activation';
import { tapOutsideApp } from './enrollment.banner';
import { allowCameraInSettings, openAppCamera, openCameraSettings } from './enrollment.camera';
import { goTo, startAt } from './enrollment.history';
import type { EnrollmentState, PhonePlatform as Platform, PhoneScreen, PhoneTarget } from './enrollment.types';

/**
 * The app's menus (guides 1–4): from the login screen Services › Authenticate › Add User,
 * from the home screen More › Two-Factor Authentication › Add User. Same on both platforms;
 * only where "More" sits differs, which is the view's business.
 */
const MENU_MOVES: Readonly<Record<string, PhoneScreen>> = {
  'app-login:services': { screen: 'menu', menu: 'services' },
  'menu-services:authenticate': { screen: 'menu', menu: 'authenticate' },
  'menu-authenticate:add-user': { screen: 'add-user' },
  'app-home:more': { screen: 'menu', menu: 'more' },
  'menu-more:two-factor': { screen: 'menu', menu: 'two-factor' },
  'menu-two-factor:add-user': { screen: 'add-user' },
};

/** The button names differ: Android "SESSION ID" / "QR CODE", iOS "Setup IB Key using QR code" / "Launch Camera". */
const CODE_FIELD_BUTTON: Record<Platform, PhoneTarget> = { android: 'session-id', ios: 'setup-qr' };
const CAMERA_BUTTON: Record<Platform, PhoneTarget> = { android: 'qr-code', ios: 'launch-camera' };

const screenKey = (phone: PhoneScreen) => (phone.screen === 'menu' ? `menu-${phone.menu}` : phone.screen);

export function tap(state: EnrollmentState, target: PhoneTarget): EnrollmentState {
  const { phone, platform } = state;
  const move = MENU_MOVES[`${screenKey(phone)}:${target}`];
  if (move !== undefined) return goTo(state, { ...move });
  switch (phone.screen) {
    case 'app-login':
      // The demo credentials are pre-filled, so logging in to the app is a single tap.
      return target === 'log-in' ? startAt(state, { screen: 'app-home' }) : state;
    case 'add-user':
      return target === CODE_FIELD_BUTTON[platform] ? goTo(state, { screen: 'code-entry', input: '' }) : state;
    case 'code-entry':
      return target === CAMERA_BUTTON[platform] ? openAppCamera(state) : state;
    case 'camera-denied':
      return target === 'open-settings' ? allowCameraInSettings(state) : state;
    case 'camera':
      return target === 'open-settings' ? openCameraSettings(state) : state;
    case 'success':
    case 'error':
      return target === 'done' ? tapDone(state) : state;
    default:
      return tapOutsideApp(state, target);
  }
}
