/**
 * The named states of docs/enrollment-states.md: one figure and one "Try this step" each.
 * Phone states log in to the portal first, so a reader who opens the simulator there can
 * carry on to the end. Portal states have no platform: they open on the guide's phone.
 */
import type { NamedState } from '../kit/flow';
import {
  ACTIVATE, ANDROID_AT_PIN, ANDROID_CODE_FIELD, ANDROID_SCANNER, at, BANNER_OPENS_APP, BANNER_TO_STORE,
  cameraPermission, EXPIRY, INSTALLED, IOS_CODE_FIELD, IOS_SCANNER, logIn, scanPortal, SUBMIT, TAP_NOTIFICATION,
  tapOn, TO_ADD_USER, TO_TWO_FACTOR, typeCode, typePin, unlockWith,
} from './enrollment.scenario-steps';
import type { EnrollmentEvent, EnrollmentSetup, PhonePlatform } from './enrollment.types';

type Named = NamedState<EnrollmentEvent, EnrollmentSetup>;

const ENROLLED: EnrollmentSetup = { enrolled: true };
const NO_APP: EnrollmentSetup = { settings: { appInstalled: false } };
const SCAN_QR_OFF: EnrollmentSetup = { settings: { appInstalled: false, scanQrCodes: false } };
const FRONT_LENS: EnrollmentSetup = { settings: { appInstalled: false, lens: 'front' } };
const ALLOW_NOTIFICATIONS: EnrollmentEvent = { type: 'ALLOW_NOTIFICATIONS', allow: true };
/** Logged in as an enrolled user: the notification was tapped, so the portal shows the login completed. */
const CONFIRMED = [logIn(), TAP_NOTIFICATION];
const AT_SYSTEM_CAMERA = [logIn(), tapOn('camera-app'), scanPortal()];

const phone = (platform: PhonePlatform, events: EnrollmentEvent[], setup?: EnrollmentSetup): Named =>
  setup === undefined ? { platform, events, shows: 'phone' } : { platform, events, setup, shows: 'phone' };
const portal = (events: EnrollmentEvent[], crop?: string, setup?: EnrollmentSetup): Named => ({
  events,
  shows: 'portal',
  ...(crop === undefined ? {} : { crop }),
  ...(setup === undefined ? {} : { setup }),
});

const portalStates: Record<string, Named> = {
  'portal-login': portal([]),
  'portal-offer': portal([logIn()], '[data-crop="offer"]'),
  'portal-expired': portal([logIn(), at('TICK', EXPIRY)], '[data-crop="offer"]'),
  'portal-push-sent': portal([logIn()], undefined, ENROLLED),
  'portal-enrolled-confirmed': portal(CONFIRMED, undefined, ENROLLED),
};

/** The app's menus are the same on both platforms (only where "More" sits differs). */
const menuStates = (p: PhonePlatform): Record<string, Named> => ({
  [`${p}-app-login`]: phone(p, [logIn()]),
  [`${p}-app-home`]: phone(p, [logIn(), ...TO_TWO_FACTOR.slice(0, 1)]),
  [`${p}-more`]: phone(p, [logIn(), ...TO_TWO_FACTOR.slice(0, 2)]),
  [`${p}-two-factor`]: phone(p, [logIn(), ...TO_TWO_FACTOR]),
  [`${p}-services`]: phone(p, [logIn(), ...TO_ADD_USER.slice(0, 1)]),
  [`${p}-authenticate`]: phone(p, [logIn(), ...TO_ADD_USER.slice(0, 2)]),
  /** The login notification an enrolled user gets when logging in to the portal (the diagnosis). */
  [`${p}-notification`]: phone(p, [logIn()], ENROLLED),
});

const androidStates: Record<string, Named> = {
  ...menuStates('android'),
  'android-instructions': phone('android', [logIn(), ...TO_ADD_USER]),
  'android-code-field': phone('android', [logIn(), ...ANDROID_CODE_FIELD]),
  'android-session-id': phone('android', [logIn(), ...ANDROID_CODE_FIELD, typeCode()]),
  'android-pin': phone('android', [logIn(), ...ANDROID_AT_PIN, typePin()]),
  'android-pin-too-short': phone('android', [logIn(), ...ANDROID_AT_PIN, typePin('24'), ACTIVATE]),
  'android-camera-permission': phone('android', [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code')]),
  'android-camera': phone('android', [logIn(), ...ANDROID_SCANNER]),
  'android-camera-denied': phone('android', [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code'), cameraPermission(false)]),
  'android-success': phone('android', [logIn(), ...ANDROID_AT_PIN, typePin(), ACTIVATE]),
  // The app's one error; the cause replayed is a code that ran out, but the screen is the same for every cause.
  'android-activation-error': phone('android', [logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE]),
};

const iosStates: Record<string, Named> = {
  ...menuStates('ios'),
  'ios-setup': phone('ios', [logIn(), ...TO_ADD_USER]),
  'ios-code-field': phone('ios', [logIn(), ...IOS_CODE_FIELD]),
  'ios-activation-code': phone('ios', [logIn(), ...IOS_CODE_FIELD, typeCode()]),
  'ios-camera-permission': phone('ios', [logIn(), ...IOS_CODE_FIELD, tapOn('launch-camera')]),
  'ios-camera': phone('ios', [logIn(), ...IOS_SCANNER]),
  'ios-camera-denied': phone('ios', [logIn(), ...IOS_CODE_FIELD, tapOn('launch-camera'), cameraPermission(false)]),
  'ios-unlock': phone('ios', [logIn(), ...IOS_SCANNER, scanPortal()]),
  'ios-success': phone('ios', [logIn(), ...IOS_SCANNER, scanPortal(), unlockWith('face')]),
  'ios-activation-error': phone('ios', [logIn(), ...IOS_CODE_FIELD, typeCode(), at('TICK', EXPIRY), SUBMIT]),
};

/** Guide 5 and the camera troubleshooting, on the phone's own Camera app. */
const bannerStates: Record<string, Named> = {
  'ios-system-camera': phone('ios', [logIn(), tapOn('camera-app')], NO_APP),
  'ios-banner-website': phone('ios', BANNER_TO_STORE.slice(0, 3), NO_APP),
  'ios-website': phone('ios', BANNER_TO_STORE.slice(0, 4), NO_APP),
  'ios-app-store': phone('ios', BANNER_TO_STORE, NO_APP),
  'ios-phone-home': phone('ios', [...BANNER_TO_STORE, tapOn('get-app'), INSTALLED], NO_APP),
  'ios-banner-app': phone('ios', BANNER_OPENS_APP.slice(0, -1), NO_APP),
  'ios-allow-notifications': phone('ios', BANNER_OPENS_APP, NO_APP),
  'ios-banner-unlock': phone('ios', [...BANNER_OPENS_APP, ALLOW_NOTIFICATIONS], NO_APP),
  'ios-banner-success': phone('ios', [...BANNER_OPENS_APP, ALLOW_NOTIFICATIONS, unlockWith('face')], NO_APP),
  'ios-scan-qr-off': phone('ios', AT_SYSTEM_CAMERA, SCAN_QR_OFF),
  'ios-settings': phone('ios', [...AT_SYSTEM_CAMERA, tapOn('open-settings')], SCAN_QR_OFF),
  'ios-front-lens': phone('ios', AT_SYSTEM_CAMERA, FRONT_LENS),
};

/** Every named state, in the order of docs/enrollment-states.md. */
export const enrollmentStates: Readonly<Record<string, Named>> = { ...portalStates, ...androidStates, ...iosStates, ...bannerStates };
