/**
 * End-to-end scenarios: plain event lists with what they must end on. The unit tests replay
 * them through the machine (device secrets come from the activation effect, as live).
 */
import type { ActivationFailure } from '../services/activation-offers';
import {
  ACTIVATE, ANDROID_AT_PIN, ANDROID_CODE_FIELD, ANDROID_SCANNER, at, BACK, BANNER_OPENS_APP, cameraPermission,
  EXPIRY, IOS_CODE_FIELD, IOS_SCANNER, LOG_OUT, logIn, MINUTE, scanPortal, SCENARIO_MISTYPED_CODE,
  SCENARIO_NEXT_OFFER_CODE, SECOND, SUBMIT, TAP_NOTIFICATION, tapOn, typeCode, typePin, typeRaw, unlockWith,
} from './enrollment.scenario-steps';
import type { EnrollmentEvent, EnrollmentSetup, PhonePlatform, PhoneScreen, PortalScreen } from './enrollment.types';

export interface ScenarioEnd {
  phone: PhoneScreen['screen'];
  portal: PortalScreen['screen'];
  enrolled: boolean;
  /** The simulated server's cause behind the app's one error screen, when it ends on it. */
  cause?: ActivationFailure;
}

export interface EnrollmentScenario {
  name: string;
  platform: PhonePlatform;
  events: EnrollmentEvent[];
  setup?: EnrollmentSetup;
  expect: ScenarioEnd;
}

const SUCCESS: ScenarioEnd = { phone: 'success', portal: 'home', enrolled: true };
const failed = (cause: ActivationFailure): ScenarioEnd => ({ phone: 'error', portal: 'home', enrolled: false, cause });
const ENROLLED: EnrollmentSetup = { enrolled: true };

const scenario = (name: string, platform: PhonePlatform, events: EnrollmentEvent[], expect: ScenarioEnd, setup?: EnrollmentSetup): EnrollmentScenario =>
  setup === undefined ? { name, platform, events, expect } : { name, platform, events, expect, setup };

/** The Android PIN step after a code was typed or scanned. */
const PIN_AND_ACTIVATE = [typePin(), ACTIVATE];
const DONE = tapOn('done');
const wrongCodeOnIos = [typeCode(SCENARIO_MISTYPED_CODE), SUBMIT];

/** iPhone confirms with the unlock, Android with its PIN. */
const bannerPath = (platform: PhonePlatform) =>
  scenario(
    `${platform}-portal-banner`,
    platform,
    [...BANNER_OPENS_APP, { type: 'ALLOW_NOTIFICATIONS', allow: true }, ...(platform === 'ios' ? [unlockWith('fingerprint')] : PIN_AND_ACTIVATE)],
    SUCCESS,
    { settings: { appInstalled: false } },
  );

const iosQrWith = (method: 'face' | 'fingerprint' | 'passcode') =>
  scenario(`ios-qr-${method}`, 'ios', [logIn(), ...IOS_SCANNER, scanPortal(), unlockWith(method)], SUCCESS);

export const enrollmentScenarios: EnrollmentScenario[] = [
  scenario('android-session-id', 'android', [logIn(), ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE, DONE], { ...SUCCESS, phone: 'app-home' }),
  scenario('android-qr', 'android', [logIn(), ...ANDROID_SCANNER, scanPortal(), ...PIN_AND_ACTIVATE], SUCCESS),
  scenario(
    'android-camera-denied-then-allowed',
    'android',
    [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code'), cameraPermission(false), tapOn('open-settings'), scanPortal(), ...PIN_AND_ACTIVATE],
    SUCCESS,
  ),
  scenario('ios-activation-code', 'ios', [logIn(), ...IOS_CODE_FIELD, typeCode(), SUBMIT], SUCCESS),
  iosQrWith('face'),
  iosQrWith('fingerprint'),
  iosQrWith('passcode'),
  bannerPath('ios'),
  bannerPath('android'),
  // The diagnosis after the one error, when the user is enrolled: logging in sends a notification.
  scenario('already-enrolled-push-confirmation', 'ios', [logIn(), TAP_NOTIFICATION], { phone: 'app-login', portal: 'home', enrolled: true }, ENROLLED),
  scenario(
    'already-enrolled-activation',
    'android',
    [logIn(), TAP_NOTIFICATION, ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE],
    { ...failed('alreadyEnrolled'), enrolled: true },
    ENROLLED,
  ),
  scenario(
    'enrolled-diagnosis-after-error',
    'android',
    [logIn(), TAP_NOTIFICATION, ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE, DONE, LOG_OUT, logIn(MINUTE, SCENARIO_NEXT_OFFER_CODE)],
    { phone: 'notification', portal: 'push-sent', enrolled: true },
    ENROLLED,
  ),
  scenario('expired-by-time', 'android', [logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE], failed('usedOrExpired')),
  // The diagnosis when not enrolled: no notification, a new code on the portal, and it works.
  scenario(
    'log-out-and-in-fresh-code',
    'android',
    [
      logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE, DONE,
      LOG_OUT, logIn(EXPIRY + 30 * SECOND, SCENARIO_NEXT_OFFER_CODE),
      typeCode(SCENARIO_NEXT_OFFER_CODE), SUBMIT, ...PIN_AND_ACTIVATE,
    ],
    SUCCESS,
  ),
  scenario(
    'mistyped-then-correct',
    'android',
    [logIn(), ...ANDROID_CODE_FIELD, typeCode(SCENARIO_MISTYPED_CODE), SUBMIT, ...PIN_AND_ACTIVATE, DONE, typeCode(), SUBMIT, ...PIN_AND_ACTIVATE],
    SUCCESS,
  ),
  scenario('three-wrong-codes', 'ios', [logIn(), ...IOS_CODE_FIELD, ...wrongCodeOnIos, DONE, ...wrongCodeOnIos, DONE, ...wrongCodeOnIos], failed('tooManyAttempts')),
  scenario('pin-problems-then-fixed', 'android', [logIn(), ...ANDROID_AT_PIN, typePin('24'), ACTIVATE, typePin('24a8'), ACTIVATE, ...PIN_AND_ACTIVATE], SUCCESS),
  scenario(
    'front-lens-then-switch',
    'ios',
    [logIn(), ...IOS_SCANNER, scanPortal(), { type: 'SWITCH_LENS' }, scanPortal(), unlockWith('passcode')],
    SUCCESS,
    { settings: { lens: 'front' } },
  ),
  scenario(
    'scan-qr-off-then-on',
    'ios',
    [logIn(), tapOn('camera-app'), scanPortal(), tapOn('open-settings'), { type: 'SET_SCAN_QR', on: true }, BACK, scanPortal()],
    { phone: 'qr-banner', portal: 'home', enrolled: false },
    { settings: { appInstalled: false, scanQrCodes: false } },
  ),
  // Without the pause and the extension the offer would die at 5:00; activation happens at 17:00.
  scenario(
    'pause-and-extend',
    'android',
    [
      logIn(), at('PAUSE', 1 * MINUTE), at('TICK', 10 * MINUTE), at('RESUME', 10 * MINUTE), at('TICK', 13 * MINUTE),
      at('EXTEND', 13 * MINUTE), at('TICK', 17 * MINUTE), ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE,
    ],
    SUCCESS,
  ),
  // Full-width lower case with a full-width hyphen and an ideographic space, as a Japanese IME types it.
  scenario('full-width-code-ios', 'ios', [logIn(), ...IOS_CODE_FIELD, typeRaw('ｋ７ｑｍ－３ｘｔｐ\u3000'), SUBMIT], SUCCESS),
  scenario('spaced-lower-case-code-android', 'android', [logIn(), ...ANDROID_CODE_FIELD, typeRaw(' k7qm 3xtp '), SUBMIT, ...PIN_AND_ACTIVATE], SUCCESS),
];
