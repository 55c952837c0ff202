/**
 * End-to-end scenarios: plain event lists with the screens they must end on. The unit
 * tests replay them through the machine, the e2e tests through the simulator's UI.
 */
import {
  ACTIVATE, ANDROID_AT_PIN, ANDROID_CODE_FIELD, ANDROID_SCANNER, at, BACK, BANNER_OPENS_APP, cameraPermission,
  EXPIRY, IOS_CODE_FIELD, IOS_SCANNER, LOG_OUT, logIn, MINUTE, scanPortal, SCENARIO_MISTYPED_CODE,
  SCENARIO_NEXT_OFFER_CODE, SECOND, SECRET, SUBMIT, TAP_NOTIFICATION, tapOn, typeCode, typePin, typeRaw,
  unlockWith,
} from './enrollment.scenario-steps';
import type { EnrollmentError, NamedState, PhoneScreen, PortalScreen, UnlockMethod } from './enrollment.types';

export interface EnrollmentScenario extends NamedState {
  expect: { phone: PhoneScreen['screen']; portal: PortalScreen['screen']; enrolled: boolean; error?: EnrollmentError };
}

const SUCCESS = { phone: 'success', portal: 'home', enrolled: true } as const;
const failed = (error: EnrollmentError) => ({ phone: 'error', portal: 'home', enrolled: false, error }) as const;
const ENROLLED = { enrolled: true };
const NO_APP = { settings: { appInstalled: false } };
/** The Android PIN step after a code was typed or scanned. */
const PIN_AND_ACTIVATE = [typePin(), ACTIVATE];

const iosQrWith = (method: UnlockMethod): EnrollmentScenario => ({
  name: `ios-qr-${method}`,
  platform: 'ios',
  events: [logIn(), ...IOS_SCANNER, scanPortal(), unlockWith(method), SECRET],
  expect: SUCCESS,
});

const threeWrongCodes = [1, 2, 3].flatMap((n) => [typeCode(SCENARIO_MISTYPED_CODE), SUBMIT, ...(n < 3 ? [tapOn('done')] : [])]);

export const enrollmentScenarios: EnrollmentScenario[] = [
  { name: 'android-session-id', platform: 'android', events: [logIn(), ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE, SECRET, tapOn('done')], expect: { ...SUCCESS, phone: 'app-home' } },
  { name: 'android-qr', platform: 'android', events: [logIn(), ...ANDROID_SCANNER, scanPortal(), ...PIN_AND_ACTIVATE, SECRET], expect: SUCCESS },
  {
    name: 'android-camera-denied-then-allowed',
    platform: 'android',
    events: [logIn(), ...ANDROID_CODE_FIELD, tapOn('qr-code'), cameraPermission(false), tapOn('open-settings'), scanPortal(), ...PIN_AND_ACTIVATE, SECRET],
    expect: SUCCESS,
  },
  { name: 'ios-activation-code', platform: 'ios', events: [logIn(), ...IOS_CODE_FIELD, typeCode(), SUBMIT, SECRET], expect: SUCCESS },
  iosQrWith('face'),
  iosQrWith('fingerprint'),
  iosQrWith('passcode'),
  ...(['ios', 'android'] as const).map((platform) => ({
    name: `${platform}-portal-banner`,
    platform,
    start: NO_APP,
    events: [...BANNER_OPENS_APP, { type: 'ALLOW_NOTIFICATIONS', allow: true } as const, unlockWith('fingerprint'), SECRET],
    expect: SUCCESS,
  })),
  { name: 'already-enrolled-push-confirmation', platform: 'ios', start: ENROLLED, events: [logIn(), TAP_NOTIFICATION], expect: { phone: 'app-login', portal: 'home', enrolled: true } },
  {
    name: 'already-enrolled-activation',
    platform: 'android',
    start: ENROLLED,
    events: [logIn(), TAP_NOTIFICATION, ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE],
    expect: { ...failed('alreadyEnrolled'), enrolled: true },
  },
  { name: 'expired-by-time', platform: 'android', events: [logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE], expect: failed('expired') },
  // The first attempt is abandoned while activating (BACK): the server has spent the code.
  { name: 'code-used-twice', platform: 'android', events: [logIn(), ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE, BACK, ACTIVATE], expect: failed('expired') },
  {
    name: 'log-out-and-in-fresh-code',
    platform: 'android',
    events: [
      logIn(), ...ANDROID_AT_PIN, typePin(), at('TICK', EXPIRY), ACTIVATE, tapOn('done'),
      LOG_OUT, logIn(EXPIRY + 30 * SECOND, SCENARIO_NEXT_OFFER_CODE),
      typeCode(SCENARIO_NEXT_OFFER_CODE), SUBMIT, ...PIN_AND_ACTIVATE, SECRET,
    ],
    expect: SUCCESS,
  },
  {
    name: 'mistyped-then-correct',
    platform: 'android',
    events: [
      logIn(), ...ANDROID_CODE_FIELD, typeCode(SCENARIO_MISTYPED_CODE), SUBMIT, ...PIN_AND_ACTIVATE, tapOn('done'),
      typeCode(), SUBMIT, ...PIN_AND_ACTIVATE, SECRET,
    ],
    expect: SUCCESS,
  },
  { name: 'three-wrong-codes', platform: 'ios', events: [logIn(), ...IOS_CODE_FIELD, ...threeWrongCodes], expect: failed('tooManyAttempts') },
  {
    name: 'pin-problems-then-fixed',
    platform: 'android',
    events: [logIn(), ...ANDROID_AT_PIN, typePin('24'), ACTIVATE, typePin('24a8'), ACTIVATE, ...PIN_AND_ACTIVATE, SECRET],
    expect: SUCCESS,
  },
  {
    name: 'front-lens-then-switch',
    platform: 'ios',
    start: { settings: { lens: 'front' } },
    events: [logIn(), ...IOS_SCANNER, scanPortal(), { type: 'SWITCH_LENS' }, scanPortal(), unlockWith('passcode'), SECRET],
    expect: SUCCESS,
  },
  {
    name: 'scan-qr-off-then-on',
    platform: 'ios',
    start: { settings: { appInstalled: false, scanQrCodes: false } },
    events: [logIn(), tapOn('camera-app'), scanPortal(), tapOn('open-settings'), { type: 'SET_SCAN_QR', on: true }, BACK, scanPortal()],
    expect: { phone: 'qr-banner', portal: 'home', enrolled: false },
  },
  {
    // Without the pause and the extension the offer would die at 5:00; activation happens at 17:00.
    name: 'pause-and-extend',
    platform: 'android',
    events: [
      logIn(), at('PAUSE', 1 * MINUTE), at('TICK', 10 * MINUTE), at('RESUME', 10 * MINUTE), at('TICK', 13 * MINUTE),
      at('EXTEND', 13 * MINUTE), at('TICK', 17 * MINUTE), ...ANDROID_AT_PIN, ...PIN_AND_ACTIVATE, SECRET,
    ],
    expect: SUCCESS,
  },
  // Full-width lower case with an ideographic space and a full-width hyphen, as a Japanese IME types it.
  { name: 'full-width-code-ios', platform: 'ios', events: [logIn(), ...IOS_CODE_FIELD, typeRaw('ｋ７ｑｍ－３ｘｔｐ\u3000'), SUBMIT, SECRET], expect: SUCCESS },
  { name: 'spaced-lower-case-code-android', platform: 'android', events: [logIn(), ...ANDROID_CODE_FIELD, typeRaw(' k7qm 3xtp '), SUBMIT, ...PIN_AND_ACTIVATE, SECRET], expect: SUCCESS },
];
