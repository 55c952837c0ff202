/**
 * The portal-banner path (guide 5): the phone's Camera app reads the portal's QR code and
 * shows a banner. Without the app the banner opens the broker's website, which leads to
 * the store; after installing, the reader scans again (the app is not opened by hand) and
 * the banner now opens the app, which asks for notifications once and then how to confirm:
 * the unlock on iPhone, the PIN on Android (the Android app always asks for one).
 */
import { goTo, replaceWith, startAt } from './enrollment.history';
import type { EnrollmentState, PhoneScreen, PhoneTarget } from './enrollment.types';

/** What the app asks for once it has a code from the banner. */
const confirmWith = (state: EnrollmentState, code: string): PhoneScreen =>
  state.platform === 'android' ? { screen: 'pin-entry', code, pin: '' } : { screen: 'unlock', code };

export function tapBanner(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'qr-banner') return state;
  const { code } = phone;
  if (phone.opens === 'website') return replaceWith(state, { screen: 'website', code });
  if (state.settings.notificationsAllowed === undefined) return replaceWith(state, { screen: 'allow-notifications', code });
  return replaceWith(state, confirmWith(state, code));
}

/**
 * Either answer continues: activation does not depend on notifications. A refusal is explained
 * first, because without notifications the phone cannot confirm logins (the already-enrolled test).
 */
export function answerNotifications(state: EnrollmentState, allow: boolean): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'allow-notifications') return state;
  const answered: EnrollmentState = { ...state, settings: { ...state.settings, notificationsAllowed: allow } };
  return replaceWith(answered, allow ? confirmWith(answered, phone.code) : { screen: 'notifications-off', code: phone.code });
}

/** Back on the home screen once installed: the guide's next step is to scan again. */
export function installFinished(state: EnrollmentState): EnrollmentState {
  const { phone } = state;
  if (phone.screen !== 'app-store' || !phone.installing) return state;
  return startAt({ ...state, settings: { ...state.settings, appInstalled: true } }, { screen: 'phone-home' });
}

/** TAP on the screens outside the app: home screen, website and store. */
export function tapOutsideApp(state: EnrollmentState, target: PhoneTarget): EnrollmentState {
  const { phone } = state;
  switch (`${phone.screen}:${target}`) {
    case 'phone-home:camera-app':
      return goTo(state, { screen: 'camera', kind: 'system' });
    case 'phone-home:open-settings':
      return goTo(state, { screen: 'settings' });
    case 'phone-home:open-app':
      return state.settings.appInstalled ? startAt(state, { screen: 'app-login' }) : state;
    case 'website:get-app':
      return goTo(state, { screen: 'app-store', installing: false });
    case 'notifications-off:continue':
      return phone.screen === 'notifications-off' ? replaceWith(state, confirmWith(state, phone.code)) : state;
    case 'app-store:get-app':
      return phone.screen === 'app-store' && !phone.installing
        ? replaceWith(state, { screen: 'app-store', installing: true })
        : state;
    default:
      return state;
  }
}
