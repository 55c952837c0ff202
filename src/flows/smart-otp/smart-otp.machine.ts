/**
 * The Smart OTP machine: `transition(state, event)` is pure and total; an event that does not
 * apply returns the very same state object.
 */
import { NO_SETUP_NUMBERS } from '../services/otp-registrations';
import type { InitialContext } from '../kit/flow';
import {
  addAccount, closeApp, copyOtp, openApp, otpShown, pasteNumber, register, registered, selectAccount, selectIcon, showOtp,
  typeName, typeNumber,
} from './smart-otp.app';
import { copyNumber, downloadApp, go, issueNumber, logIn, logOut, otpChecked, pasteOtp, submitOtp, typeOtp } from './smart-otp.site';
import { atTime, endStrayPause, extend, pause, resume } from './smart-otp.time';
import type { SmartOtpDevice, SmartOtpEvent, SmartOtpSetup, SmartOtpState } from './smart-otp.types';

/** The website's login and the desktop; the app is there already when the account has it registered. */
export function createSmartOtp({ account, now }: InitialContext<SmartOtpSetup, SmartOtpDevice>): SmartOtpState {
  return {
    platform: 'windows',
    account,
    clock: { now },
    lagMs: 0,
    site: { screen: 'login' },
    setupNumbers: NO_SETUP_NUMBERS,
    desktop: { installed: account.pcOtp !== undefined, iconSelected: false, lostForm: false },
  };
}

function apply(state: SmartOtpState, event: SmartOtpEvent): SmartOtpState {
  switch (event.type) {
    case 'TICK':
      return atTime(state, event.now);
    case 'PAUSE':
      return pause(state, event.now);
    case 'RESUME':
      return resume(state, event.now);
    case 'EXTEND':
      return extend(state, event.now);
    case 'SITE_LOG_IN':
      return logIn(state, event.now);
    case 'SITE_LOG_OUT':
      return logOut(state);
    case 'SITE_GO':
      return go(state, event.to);
    case 'DOWNLOAD_APP':
      return downloadApp(state);
    case 'ISSUE_SETUP_NUMBER':
      return issueNumber(state, event.now, event.number);
    case 'COPY_SETUP_NUMBER':
      return copyNumber(state, event.result);
    case 'TYPE_OTP':
      return typeOtp(state, event.value);
    case 'PASTE_OTP':
      return pasteOtp(state);
    case 'SUBMIT_OTP':
      return submitOtp(state, event.now);
    case 'OTP_CHECKED':
      return otpChecked(state, event);
    case 'SELECT_ICON':
      return selectIcon(state);
    case 'OPEN_APP':
      return openApp(state);
    case 'CLOSE_APP':
      return closeApp(state);
    case 'ADD_ACCOUNT':
      return addAccount(state);
    case 'TYPE_NAME':
      return typeName(state, event.value);
    case 'TYPE_SETUP_NUMBER':
      return typeNumber(state, event.value);
    case 'PASTE_SETUP_NUMBER':
      return pasteNumber(state);
    case 'REGISTER':
      return register(state);
    case 'REGISTERED':
      return registered(state, event.secret);
    case 'SELECT_ACCOUNT':
      return selectAccount(state);
    case 'SHOW_OTP':
      return showOtp(state, event.now);
    case 'OTP_SHOWN':
      return otpShown(state, event.code, event.step);
    case 'COPY_OTP':
      return copyOtp(state, event.result);
    default:
      // Events from outside (storage, an older view) may be anything: ignore what is unknown.
      return state;
  }
}

export function transition(state: SmartOtpState, event: SmartOtpEvent): SmartOtpState {
  const next = apply(state, event);
  return next === state ? state : endStrayPause(next);
}
