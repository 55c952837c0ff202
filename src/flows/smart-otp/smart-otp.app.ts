/**
 * The Windows desktop and the Smart OTP app: the icon (double-click, or Enter) opens the
 * window; Add account takes a display name and the setup number; Register sends the number
 * to the server, which links the app to the account and gives it its TOTP secret (an
 * effect); the × closes the window, dropping whatever was not registered. In use: select
 * the display name, Show OTP (an effect computes the code), Copy OTP to clipboard.
 */
import { typed } from '../kit/digits';
import { checkDisplayName, checkSetupNumber, otpStepAt, redeemSetupNumber, SETUP_NUMBER_RULE } from '../services/otp-registrations';
import { isDeviceSecret, withPcOtp } from '../services/practice-account';
import { atTime, liveOtp, practiceNow } from './smart-otp.time';
import type { AppWindow, CopyResult, DesktopState, SmartOtpState } from './smart-otp.types';

/** The display name field's raw bound (the name itself: 20 characters, checked on Register). */
export const NAME_MAX_INPUT = 64;

const withDesktop = (state: SmartOtpState, desktop: DesktopState): SmartOtpState => ({ ...state, desktop });
const withWindow = (state: SmartOtpState, window: AppWindow): SmartOtpState => withDesktop(state, { ...state.desktop, window });

const MENU: AppWindow = { screen: 'menu', selected: false };

export function selectIcon(state: SmartOtpState): SmartOtpState {
  const { desktop } = state;
  return desktop.installed && !desktop.iconSelected ? withDesktop(state, { ...desktop, iconSelected: true }) : state;
}

export function openApp(state: SmartOtpState): SmartOtpState {
  const { desktop } = state;
  if (!desktop.installed || desktop.window !== undefined) return state;
  return withDesktop(state, { ...desktop, iconSelected: true, window: MENU });
}

/** Whatever was typed into Add account and not registered is lost with the window. */
function losesForm(window: AppWindow): boolean {
  return (window.screen === 'add' && (window.name !== '' || window.number !== '')) || window.screen === 'registering';
}

export function closeApp(state: SmartOtpState): SmartOtpState {
  const { desktop } = state;
  if (desktop.window === undefined) return state;
  const { window, ...rest } = desktop;
  return withDesktop(state, { ...rest, lostForm: desktop.lostForm || losesForm(window) });
}

export function addAccount(state: SmartOtpState): SmartOtpState {
  if (state.desktop.window?.screen !== 'menu') return state;
  return withDesktop(state, { ...state.desktop, lostForm: false, window: { screen: 'add', name: '', number: '' } });
}

export function typeName(state: SmartOtpState, value: string): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'add') return state;
  const next = typed(window.name, value, NAME_MAX_INPUT);
  const { nameProblem: _dropped, ...rest } = window;
  return withWindow(state, next.tooLong ? { ...window, nameProblem: 'tooLong' } : { ...rest, name: next.value });
}

export function typeNumber(state: SmartOtpState, value: string): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'add') return state;
  const next = typed(window.number, value, SETUP_NUMBER_RULE.maxInput);
  const { numberProblem: _dropped, ...rest } = window;
  return withWindow(state, next.tooLong ? { ...window, numberProblem: 'tooLong' } : { ...rest, number: next.value });
}

export const pasteNumber = (state: SmartOtpState): SmartOtpState => (state.clipboard === undefined ? state : typeNumber(state, state.clipboard));

/**
 * Register: the app checks the form of both fields, then the server the number itself (only
 * the newest number, once). A number the server accepts is spent at once, even if the app
 * never finishes: registering it again says so.
 */
export function register(state: SmartOtpState): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'add') return state;
  const name = checkDisplayName(window.name);
  const number = checkSetupNumber(window.number);
  const { nameProblem: _n, numberProblem: _m, ...fields } = window;
  if (!name.ok || !number.ok) {
    return withWindow(state, { ...fields, ...(name.ok ? {} : { nameProblem: name.problem }), ...(number.ok ? {} : { numberProblem: number.problem }) });
  }
  const redeemed = redeemSetupNumber(state.setupNumbers, number.value);
  if (!redeemed.ok) return withWindow(state, { ...fields, numberProblem: redeemed.reason });
  return withWindow({ ...state, setupNumbers: redeemed.numbers }, { screen: 'registering', name: name.value });
}

export function registered(state: SmartOtpState, secret: string): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'registering' || !isDeviceSecret(secret)) return state;
  return withWindow({ ...state, account: withPcOtp(state.account, window.name, secret) }, { screen: 'added', name: window.name });
}

/** Clicking the display name highlights it. */
export function selectAccount(state: SmartOtpState): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'menu' || state.account.pcOtp === undefined || window.selected) return state;
  const { problem: _dropped, ...rest } = window;
  return withWindow(state, { ...rest, selected: true });
}

/** Show OTP: for the selected name, the code of the practice time now (computed by an effect). */
export function showOtp(state: SmartOtpState, now: number): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'menu' || state.account.pcOtp === undefined) return state;
  const moved = atTime(state, now);
  if (!window.selected) return withWindow(moved, { screen: 'menu', selected: false, problem: 'noSelection' });
  return withWindow(moved, { screen: 'menu', selected: true, generating: practiceNow(moved) });
}

export function otpShown(state: SmartOtpState, code: string, step: number): SmartOtpState {
  const window = state.desktop.window;
  if (window?.screen !== 'menu' || window.generating === undefined || otpStepAt(window.generating) !== step || !/^[0-9]{6}$/.test(code)) return state;
  return withWindow(state, { screen: 'menu', selected: window.selected, otp: { code, step } });
}

/** Copy OTP to clipboard: only while the code is valid (the app shows no expired code to copy). */
export function copyOtp(state: SmartOtpState, result: CopyResult): SmartOtpState {
  const window = state.desktop.window;
  const otp = liveOtp(state);
  if (window?.screen !== 'menu' || otp === null) return state;
  const copied = withWindow(state, { ...window, copy: result });
  return result === 'copied' ? { ...copied, clipboard: otp.code } : copied;
}
