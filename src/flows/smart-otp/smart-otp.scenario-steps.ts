/**
 * Building blocks of the named states and scenarios. Times are offsets from 0; the kit's
 * replay adds the start. Paths follow the guide: the website's menus, the download, the
 * app's Add account, the setup number, Register; then a withdrawal with a code.
 */
import { OTP_PERIOD_MS } from '../services/otp-registrations';
import type { PracticeAccount } from '../services/practice-account';
import { SCENARIO_NAME, SCENARIO_NUMBER } from './smart-otp.practice';
import type { SiteTarget, SmartOtpEvent } from './smart-otp.types';

export const SECOND = 1000;
/** One code period: a code shown at 0 is refused from 2 periods on (one step of drift is allowed). */
export const PERIOD = OTP_PERIOD_MS;

export const at = (type: 'TICK' | 'PAUSE' | 'RESUME' | 'EXTEND', now: number): SmartOtpEvent => ({ type, now });
export const logIn = (now = 0): SmartOtpEvent => ({ type: 'SITE_LOG_IN', now });
export const goTo = (to: SiteTarget): SmartOtpEvent => ({ type: 'SITE_GO', to });
export const issue = (number = SCENARIO_NUMBER, now = 0): SmartOtpEvent => ({ type: 'ISSUE_SETUP_NUMBER', now, number });
export const typeName = (value = SCENARIO_NAME): SmartOtpEvent => ({ type: 'TYPE_NAME', value });
export const typeNumber = (value: string): SmartOtpEvent => ({ type: 'TYPE_SETUP_NUMBER', value });
export const typeOtp = (value: string): SmartOtpEvent => ({ type: 'TYPE_OTP', value });
export const showOtp = (now = 0): SmartOtpEvent => ({ type: 'SHOW_OTP', now });
export const submitOtp = (now = 0): SmartOtpEvent => ({ type: 'SUBMIT_OTP', now });

export const DOWNLOAD: SmartOtpEvent = { type: 'DOWNLOAD_APP' };
export const OPEN_APP: SmartOtpEvent = { type: 'OPEN_APP' };
export const CLOSE_APP: SmartOtpEvent = { type: 'CLOSE_APP' };
export const ADD_ACCOUNT: SmartOtpEvent = { type: 'ADD_ACCOUNT' };
export const REGISTER: SmartOtpEvent = { type: 'REGISTER' };
export const COPY_NUMBER: SmartOtpEvent = { type: 'COPY_SETUP_NUMBER', result: 'copied' };
export const COPY_NUMBER_DENIED: SmartOtpEvent = { type: 'COPY_SETUP_NUMBER', result: 'denied' };
export const PASTE_NUMBER: SmartOtpEvent = { type: 'PASTE_SETUP_NUMBER' };
export const SELECT_ACCOUNT: SmartOtpEvent = { type: 'SELECT_ACCOUNT' };
export const COPY_OTP: SmartOtpEvent = { type: 'COPY_OTP', result: 'copied' };
export const PASTE_OTP: SmartOtpEvent = { type: 'PASTE_OTP' };

/** Log in, then Registration and procedures › One-time password registration. */
export const TO_CHOICE = [logIn(), goTo('procedures'), goTo('otp-register')];
/** … › without a smartphone: the PC app page. */
export const TO_PC_APP = [...TO_CHOICE, goTo('pc-app')];
/** … › the download page › download: the icon is on the desktop; back to the PC app page. */
export const DOWNLOADED = [...TO_PC_APP, goTo('download'), DOWNLOAD, goTo('pc-app')];
/** The app opened, Add account, the display name typed (the guide's order: before fetching the number). */
export const NAME_TYPED = [...DOWNLOADED, OPEN_APP, ADD_ACCOUNT, typeName()];
/** The setup number issued and copied, pasted into the app. */
export const NUMBER_PASTED = [...NAME_TYPED, issue(), COPY_NUMBER, PASTE_NUMBER];
/** Registered, the window closed and the app started again from its icon. */
export const REGISTERED_AND_REOPENED = [...NUMBER_PASTED, REGISTER, CLOSE_APP, OPEN_APP];

/** Up to the app registered and open again, unless the account has it already (then just log in and open it). */
export const registeredApp = (account: PracticeAccount): SmartOtpEvent[] => (account.pcOtp === undefined ? REGISTERED_AND_REOPENED : [logIn(), OPEN_APP]);

/** Withdrawal › Next (the trading password is pre-filled): the one-time password screen. */
export const TO_OTP_ENTRY = [goTo('top'), goTo('withdrawal'), goTo('withdrawal-next')];
/** In the app: select the name, Show OTP, Copy OTP to clipboard (at `now`). */
export const codeCopied = (now = 0): SmartOtpEvent[] => [SELECT_ACCOUNT, showOtp(now), COPY_OTP];
