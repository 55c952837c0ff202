/**
 * The IB Key enrollment flow: the broker's portal on one side, the reader's phone on the other.
 * Plain data only (the whole state is JSON-serialisable, so it can be kept in sessionStorage
 * and carried across a language switch). No text: errors and hints are reason codes that the
 * view maps to UI strings.
 */

export type Platform = 'ios' | 'android';
export type Lens = 'rear' | 'front';
export type UnlockMethod = 'face' | 'fingerprint' | 'passcode';

/** The activation offer the portal shows: a QR code and the same code printed under it. */
export interface Offer {
  /** Short code from an alphabet without look-alike characters, e.g. "K7QM-3XTP" shown, "K7QM3XTP" stored. */
  code: string;
  issuedAt: number;
  expiresAt: number;
  used: boolean;
  wrongAttempts: number;
}

/** The practice account: the one simulated broker user, shared by every guide. */
export interface PracticeAccount {
  username: string;
  enrolled: boolean;
  /** Base32 device secret created with Web Crypto at activation; never leaves sessionStorage. */
  deviceSecret?: string;
  enrolledPlatform?: Platform;
  /**
   * Android only: the practice PIN (4–6 digits) chosen at activation. The Android challenge
   * flow computes its OCRA response over it, so the simulated server has to know it.
   */
  pin?: string;
}

export type PortalScreen =
  | { screen: 'login' }
  /** An enrolled user logging in: the portal waits for the phone notification to be tapped. */
  | {
      screen: 'push-sent';
      /** The offer issued at this login, shown once the notification is tapped (TAP_NOTIFICATION carries no code). */
      pendingOffer?: Offer;
    }
  | { screen: 'home'; offer: Offer; confirmedEnrolled: boolean };

/** Why a typed code or PIN was refused before it reached the "server". */
export type CodeProblem = 'empty' | 'tooShort' | 'tooLong' | 'badCharacter';
export type PinProblem = 'pinTooShort' | 'pinTooLong' | 'pinNotDigits';

/** Why activation failed (the server's answer). */
export type EnrollmentError =
  | 'alreadyEnrolled'
  | 'expired'
  | 'wrongCode'
  | 'tooManyAttempts'
  | 'notLoggedIn';

/** Why the camera does not read the QR code. */
export type CameraHint = 'frontLens' | 'scanQrOff' | 'notAnOffer';

export type AppMenu = 'services' | 'more' | 'two-factor' | 'authenticate';

export type PhoneScreen =
  // Inside the broker app (IBKR Mobile)
  | { screen: 'app-login' }
  | { screen: 'app-home' }
  | { screen: 'menu'; menu: AppMenu }
  /** Android: instructions with SESSION ID. iOS: "Setup IB Key using QR code". */
  | { screen: 'add-user' }
  /** Android "Session ID" field (with a QR CODE button); iOS "Activation Code" field (with Launch Camera). */
  | { screen: 'code-entry'; input: string; problem?: CodeProblem }
  /** Android only: PIN of 4–6 digits, then ACTIVATE. `code` is what was typed or scanned. */
  | { screen: 'pin-entry'; code: string; pin: string; problem?: PinProblem }
  | { screen: 'camera-permission' }
  | { screen: 'camera-denied' }
  /** The app's own scanner (kind 'app') or the phone's Camera app (kind 'system'). */
  | { screen: 'camera'; kind: 'app' | 'system'; hint?: CameraHint }
  /** iOS (and the banner path): Face ID / fingerprint / passcode before activation completes. */
  | { screen: 'unlock'; code: string }
  /** Waiting for the device secret (Web Crypto) to come back as SECRET_CREATED. */
  | {
      screen: 'activating';
      code: string;
      /** Android: the PIN typed before ACTIVATE, stored on the account when the secret arrives. */
      pin?: string;
    }
  | { screen: 'success' }
  | { screen: 'error'; reason: EnrollmentError }
  // The phone outside the app (portal banner path and settings)
  /** The banner the Camera app shows at the top after reading a QR code. */
  | { screen: 'qr-banner'; opens: 'website' | 'app'; code: string }
  | { screen: 'website'; code: string }
  | { screen: 'app-store'; installing: boolean }
  | { screen: 'phone-home' }
  | { screen: 'allow-notifications'; code: string }
  | { screen: 'settings' }
  /** A login notification from the broker (enrolled user logging in to the portal). */
  | { screen: 'notification' };

export interface PhoneSettings {
  lens: Lens;
  /** The Camera app's "Scan QR codes" switch; the system camera reads nothing when it is off. */
  scanQrCodes: boolean;
  appInstalled: boolean;
  /** The app's camera permission: absent = never asked, false = denied (iOS then never asks again). */
  cameraAllowed?: boolean;
  /** The app's notification permission: absent = never asked (asked once, on the banner path). */
  notificationsAllowed?: boolean;
}

export interface Clock {
  now: number;
  /** While paused the offer's expiry moves forward with time (WCAG 2.2.1). */
  pausedAt?: number;
}

export interface EnrollmentState {
  platform: Platform;
  account: PracticeAccount;
  portal: PortalScreen;
  phone: PhoneScreen;
  settings: PhoneSettings;
  clock: Clock;
  /** Screens to return to with BACK (the app's back arrow / the phone's back gesture). */
  history: PhoneScreen[];
}

/** Everything a button or link on the phone can be. The view sends TAP with one of these. */
export type PhoneTarget =
  /** The app's own login button (demo credentials): app-login → app-home. */
  | 'log-in'
  | 'services'
  | 'more'
  | 'two-factor'
  | 'authenticate'
  | 'add-user'
  | 'session-id'
  | 'setup-qr'
  | 'qr-code'
  | 'launch-camera'
  | 'open-settings'
  | 'camera-app'
  | 'open-app'
  | 'get-app'
  | 'done';

export type EnrollmentEvent =
  // Time: the simulator sends TICK about once a second; scenarios send it explicitly.
  | { type: 'TICK'; now: number }
  | { type: 'PAUSE'; now: number }
  | { type: 'RESUME'; now: number }
  | { type: 'EXTEND'; now: number }
  // Portal (Client Portal) side. LOG_IN issues a fresh offer from `offerCode` (random, from the caller).
  | { type: 'PORTAL_LOG_IN'; now: number; offerCode: string }
  | { type: 'PORTAL_LOG_OUT' }
  // Phone side
  | { type: 'TAP'; target: PhoneTarget }
  | { type: 'BACK' }
  | { type: 'TYPE_CODE'; value: string }
  | { type: 'SUBMIT_CODE' }
  | { type: 'TYPE_PIN'; value: string }
  | { type: 'ACTIVATE' }
  | { type: 'CAMERA_PERMISSION'; allow: boolean }
  /** The camera looked at the portal. `decoded` is what a QR decoder read from the portal's QR (null: nothing). */
  | { type: 'POINT_CAMERA'; decoded: string | null }
  | { type: 'SWITCH_LENS' }
  | { type: 'SET_SCAN_QR'; on: boolean }
  | { type: 'TAP_BANNER' }
  | { type: 'INSTALL_FINISHED' }
  | { type: 'ALLOW_NOTIFICATIONS'; allow: boolean }
  | { type: 'UNLOCK'; method: UnlockMethod }
  /** The async Web Crypto result: a fresh base32 device secret. */
  | { type: 'SECRET_CREATED'; secret: string }
  | { type: 'TAP_NOTIFICATION' };

/** A figure / "try this step" state: a name and the events that lead to it from a scenario's start. */
export interface NamedState {
  name: string;
  platform: Platform;
  /** Start from an already-enrolled account, or with the phone's settings changed. */
  start?: { enrolled?: boolean; settings?: Partial<PhoneSettings> };
  events: EnrollmentEvent[];
}
