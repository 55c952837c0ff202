/**
 * The named states of docs/enrollment-states.md: one figure and one "Try this step" each.
 * Phone states log in to the portal first, so a reader who opens the simulator there can
 * carry on to the end. Portal-only states ("platform: any") use Android; nothing differs.
 */
import {
  ACTIVATE, ANDROID_AT_PIN, ANDROID_CODE_FIELD, ANDROID_SCANNER, at, BANNER_OPENS_APP, BANNER_TO_STORE,
  cameraPermission, EXPIRY, INSTALLED, IOS_CODE_FIELD, IOS_SCANNER, logIn, scanPortal, SCENARIO_MISTYPED_CODE,
  SECRET, SUBMIT, TAP_NOTIFICATION, tapOn, TO_ADD_USER, TO_TWO_FACTOR, typeCode, typePin, unlockWith,
} from './enrollment.scenario-steps';
import type { EnrollmentEvent, NamedState, Platform } from './enrollment.types';

const named = (name: string, platform: Platform, events: EnrollmentEvent[], start?: NamedState['start']): NamedState =>
  start === undefined ? { name, platform, events } : { name, platform, events, start };

const ENROLLED = { enrolled: true };
const NO_APP = { settings: { appInstalled: false } };
const SCAN_QR_OFF = { settings: { appInstalled: false, scanQrCodes: false } };
const FRONT_LENS = { settings: { appInstalled: false, lens: 'front' as const } };
const ALLOW_NOTIFICATIONS: EnrollmentEvent = { type: 'ALLOW_NOTIFICATIONS', allow: true };
/** Logged in as an enrolled user: the notification was tapped, so the portal shows the offer. */
const CONFIRMED = [logIn(), TAP_NOTIFICATION];
const AT_SYSTEM_CAMERA = [logIn(), tapOn('camera-app'), scanPortal()];

const portalStates: NamedState[] = [
  named('portal-login', 'android', []),
  named('portal-offer', 'android', [logIn()]),
  named('portal-expired', 'android', [logIn(), at('TICK', EXPIRY)]),
  named('portal-push-sent', 'android', [logIn()], ENROLLED),
  named('portal-enrolled-confirmed', 'android', CONFIRMED, ENROLLED),
];

/** The app's menus are the same on both platforms (only where "More" sits differs). */
const menuStates = (p: Platform): NamedState[] => [
  named(`${p}-app-login`, p, [logIn()]),
  named(`${p}-app-home`, p, [logIn(), ...TO_TWO_FACTOR.slice(0, 1)]),
  named(`${p}-more`, p, [logIn(), ...TO_TWO_FACTOR.slice(0, 2)]),
  named(`${p}-two-factor`, p, [logIn(), ...TO_TWO_FACTOR]),
  named(`${p}-services`, p, [logIn(), ...TO_ADD_USER.slice(0, 1)]),
  named(`${p}-authenticate`, p, [logIn(), ...TO_ADD_USER.slice(0, 2)]),
];

const androidStates: NamedState[] = [
  ...menuStates('android'),
  named('android-instructions', 'android', [logIn(), ...TO_ADD_USER]),
  named('android-session-id', 'android', [logIn(), ...ANDROID_CODE_FIELD, typeCode()]),
  named('android-pin', 'android', [logIn(), ...ANDROID_AT_PIN, typePin()]),
  named('android-pin-too-short', 'android', [logIn(), ...ANDROID_AT_PIN, typePin('24'), ACTIVATE]),
  named('android-camera-permission', 'android', [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code')]),
  named('android-camera', 'android', [logIn(), ...ANDROID_SCANNER]),
  named('android-camera-denied', 'android', [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code'), cameraPermission(false)]),
  named('android-success', 'android', [logIn(), ...ANDROID_AT_PIN, typePin(), ACTIVATE, SECRET]),
  named('android-error-already-enrolled', 'android', [...CONFIRMED, ...ANDROID_AT_PIN, typePin(), ACTIVATE], ENROLLED),
  named('android-error-expired', 'android', [logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE]),
  named('android-error-wrong-code', 'android', [
    logIn(), ...ANDROID_CODE_FIELD, typeCode(SCENARIO_MISTYPED_CODE), SUBMIT, typePin(), ACTIVATE,
  ]),
  named('android-notification', 'android', [logIn()], ENROLLED),
];

const iosStates: NamedState[] = [
  ...menuStates('ios'),
  named('ios-setup', 'ios', [logIn(), ...TO_ADD_USER]),
  named('ios-activation-code', 'ios', [logIn(), ...IOS_CODE_FIELD, typeCode()]),
  named('ios-camera-permission', 'ios', [logIn(), ...IOS_CODE_FIELD, tapOn('launch-camera')]),
  named('ios-camera', 'ios', [logIn(), ...IOS_SCANNER]),
  named('ios-camera-denied', 'ios', [logIn(), ...IOS_CODE_FIELD, tapOn('launch-camera'), cameraPermission(false)]),
  named('ios-unlock', 'ios', [logIn(), ...IOS_SCANNER, scanPortal()]),
  named('ios-success', 'ios', [logIn(), ...IOS_SCANNER, scanPortal(), unlockWith('face'), SECRET]),
  named('ios-error-already-enrolled', 'ios', [...CONFIRMED, ...IOS_CODE_FIELD, typeCode(), SUBMIT], ENROLLED),
  named('ios-error-expired', 'ios', [logIn(), ...IOS_CODE_FIELD, typeCode(), at('TICK', EXPIRY), SUBMIT]),
];

/** Guide 5 and the camera troubleshooting, on the phone's own Camera app. */
const bannerStates: NamedState[] = [
  named('ios-system-camera', 'ios', [logIn(), tapOn('camera-app')], NO_APP),
  named('ios-banner-website', 'ios', BANNER_TO_STORE.slice(0, 3), NO_APP),
  named('ios-website', 'ios', BANNER_TO_STORE.slice(0, 4), NO_APP),
  named('ios-app-store', 'ios', BANNER_TO_STORE, NO_APP),
  named('ios-phone-home', 'ios', [...BANNER_TO_STORE, tapOn('get-app'), INSTALLED], NO_APP),
  named('ios-banner-app', 'ios', BANNER_OPENS_APP.slice(0, -1), NO_APP),
  named('ios-allow-notifications', 'ios', BANNER_OPENS_APP, NO_APP),
  named('ios-banner-unlock', 'ios', [...BANNER_OPENS_APP, ALLOW_NOTIFICATIONS], NO_APP),
  named('ios-banner-success', 'ios', [...BANNER_OPENS_APP, ALLOW_NOTIFICATIONS, unlockWith('face'), SECRET], NO_APP),
  named('ios-scan-qr-off', 'ios', AT_SYSTEM_CAMERA, SCAN_QR_OFF),
  named('ios-settings', 'ios', [...AT_SYSTEM_CAMERA, tapOn('open-settings')], SCAN_QR_OFF),
  named('ios-front-lens', 'ios', AT_SYSTEM_CAMERA, FRONT_LENS),
];

/** Every named state, in the order of docs/enrollment-states.md. */
export const enrollmentStates: NamedState[] = [...portalStates, ...androidStates, ...iosStates, ...bannerStates];
