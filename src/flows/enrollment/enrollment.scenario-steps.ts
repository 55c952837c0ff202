/**
 * Building blocks of the named states and scenarios: fixed demo values and the event
 * sequences the guides walk through. Times are offsets from 0; the kit's replay adds the start.
 */
import { formatOfferCode, OFFER_TTL_MS, offerQrText } from '../services/activation-offers';
import type { EnrollmentEvent, PhoneTarget, UnlockMethod } from './enrollment.types';

/** The code on every figure: fixed, so the figures (and their QR codes) never change between builds. */
export const SCENARIO_OFFER_CODE = 'K7QM3XTP';
/** The code of a second login (log out and in again gives a fresh code). */
export const SCENARIO_NEXT_OFFER_CODE = 'R4WN8HJC';
/** A mistyped SCENARIO_OFFER_CODE: valid characters, last two swapped. */
export const SCENARIO_MISTYPED_CODE = 'K7QM3XPT';
/** The device secret of a scenario account that is already enrolled (base32 of "Hello!\xDE\xAD\xBE\xEF" twice). */
export const SCENARIO_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const SCENARIO_PIN = '2468';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** The first moment the scenario offer (issued at 0) counts as expired. */
export const EXPIRY = OFFER_TTL_MS;

export const logIn = (now = 0, offerCode = SCENARIO_OFFER_CODE): EnrollmentEvent => ({ type: 'PORTAL_LOG_IN', now, offerCode });
export const at = (type: 'TICK' | 'PAUSE' | 'RESUME' | 'EXTEND', now: number): EnrollmentEvent => ({ type, now });
export const tapOn = (target: PhoneTarget): EnrollmentEvent => ({ type: 'TAP', target });
/** The reader copies the code as the portal prints it, in groups: "K7QM-3XTP". */
export const typeCode = (code = SCENARIO_OFFER_CODE): EnrollmentEvent => ({ type: 'TYPE_CODE', value: formatOfferCode(code) });
export const typeRaw = (value: string): EnrollmentEvent => ({ type: 'TYPE_CODE', value });
export const typePin = (value = SCENARIO_PIN): EnrollmentEvent => ({ type: 'TYPE_PIN', value });
export const cameraPermission = (allow: boolean): EnrollmentEvent => ({ type: 'CAMERA_PERMISSION', allow });
export const scanPortal = (code = SCENARIO_OFFER_CODE): EnrollmentEvent => ({ type: 'POINT_CAMERA', decoded: offerQrText(code) });
export const unlockWith = (method: UnlockMethod = 'face'): EnrollmentEvent => ({ type: 'UNLOCK', method });

export const SUBMIT: EnrollmentEvent = { type: 'SUBMIT_CODE' };
export const ACTIVATE: EnrollmentEvent = { type: 'ACTIVATE' };
export const BACK: EnrollmentEvent = { type: 'BACK' };
export const TAP_BANNER: EnrollmentEvent = { type: 'TAP_BANNER' };
export const TAP_NOTIFICATION: EnrollmentEvent = { type: 'TAP_NOTIFICATION' };
export const LOG_OUT: EnrollmentEvent = { type: 'PORTAL_LOG_OUT' };
export const INSTALLED: EnrollmentEvent = { type: 'INSTALL_FINISHED' };

/** Guides 1–4, from the app's login screen: Services › Authenticate › Add User. */
export const TO_ADD_USER = [tapOn('services'), tapOn('authenticate'), tapOn('add-user')];
/** From the app's home screen: More › Two-Factor Authentication. */
export const TO_TWO_FACTOR = [tapOn('log-in'), tapOn('more'), tapOn('two-factor')];
/** Android: … › Add User › SESSION ID (the code field). */
export const ANDROID_CODE_FIELD = [...TO_ADD_USER, tapOn('session-id')];
/** iOS: … › Add User › Setup IB Key using QR code (the Activation Code field). */
export const IOS_CODE_FIELD = [...TO_ADD_USER, tapOn('setup-qr')];
/** Android with the right code typed and submitted: the PIN field. */
export const ANDROID_AT_PIN = [...ANDROID_CODE_FIELD, typeCode(), SUBMIT];
/** Android's scanner, permission granted. */
export const ANDROID_SCANNER = [...ANDROID_CODE_FIELD, tapOn('qr-code'), cameraPermission(true)];
/** iOS's scanner, permission granted. */
export const IOS_SCANNER = [...IOS_CODE_FIELD, tapOn('launch-camera'), cameraPermission(true)];

/** Guide 5 up to the store: Camera app, banner, website. (Start: app not installed.) */
export const BANNER_TO_STORE = [logIn(), tapOn('camera-app'), scanPortal(), TAP_BANNER, tapOn('get-app')];
/** Installed, not opened; scanned again and the banner opened the app. */
export const BANNER_OPENS_APP = [...BANNER_TO_STORE, tapOn('get-app'), INSTALLED, tapOn('camera-app'), scanPortal(), TAP_BANNER];
