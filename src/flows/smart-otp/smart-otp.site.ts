/**
 * The broker's website (a practice copy, not Client Portal): log in, the top screen,
 * Registration and procedures › One-time password registration › without a smartphone (the
 * PC app) › the download page and the setup number; and a withdrawal, whose one-time
 * password the simulated server judges (an effect whose verdict comes back as OTP_CHECKED).
 */
import { movesForward } from '../kit/clock';
import { checkDigits, typed } from '../kit/digits';
import { issueSetupNumber, OTP_RULE, SETUP_NUMBER_DIGITS } from '../services/otp-registrations';
import { withPcOtpUsed } from '../services/practice-account';
import { atTime, practiceNow } from './smart-otp.time';
import type { CopyResult, SiteScreen, SiteTarget, SmartOtpEvent, SmartOtpState } from './smart-otp.types';

const withSite = (state: SmartOtpState, site: SiteScreen): SmartOtpState => ({ ...state, site });
const loggedIn = (state: SmartOtpState) => state.site.screen !== 'login';

export function logIn(state: SmartOtpState, now: number): SmartOtpState {
  if (state.site.screen !== 'login' || !movesForward(state.clock, now)) return state;
  return withSite(atTime(state, now), { screen: 'top' });
}

export function logOut(state: SmartOtpState): SmartOtpState {
  return loggedIn(state) ? withSite(state, { screen: 'login' }) : state;
}

/** Where a link leads from the screen it is on; the site's menu (top, procedures, withdrawal) works everywhere. */
function destination(state: SmartOtpState, to: SiteTarget): SiteScreen | null {
  const from = state.site.screen;
  const registered = state.account.pcOtp !== undefined;
  switch (to) {
    case 'top':
    case 'procedures':
      return { screen: to };
    case 'withdrawal':
      return registered ? { screen: 'withdrawal' } : { screen: 'no-registration' };
    case 'otp-register':
      return from === 'procedures' || from === 'no-registration' ? { screen: 'otp-choice', phoneNote: false } : null;
    case 'phone-app':
      return from === 'otp-choice' ? { screen: 'otp-choice', phoneNote: true } : null;
    case 'pc-app':
      return from === 'otp-choice' || from === 'download' || from === 'setup-number' ? { screen: 'pc-app' } : null;
    case 'download':
      return from === 'pc-app' ? { screen: 'download', downloaded: false } : null;
    case 'withdrawal-next':
      if (from !== 'withdrawal') return null;
      return registered ? { screen: 'otp-entry', input: '' } : { screen: 'no-registration' };
  }
}

export function go(state: SmartOtpState, to: SiteTarget): SmartOtpState {
  if (!loggedIn(state)) return state;
  const next = destination(state, to);
  return next === null ? state : withSite(state, next);
}

/** "Smart OTP download": the file arrives and the app's icon appears on the desktop. */
export function downloadApp(state: SmartOtpState): SmartOtpState {
  if (state.site.screen !== 'download') return state;
  return { ...state, site: { screen: 'download', downloaded: true }, desktop: { ...state.desktop, installed: true } };
}

const isSetupNumber = (value: string) => new RegExp(`^[0-9]{${SETUP_NUMBER_DIGITS}}$`).test(value);

/** "Register (issue a setup number)": a new number, which makes any earlier one unusable. */
export function issueNumber(state: SmartOtpState, now: number, number: string): SmartOtpState {
  if (state.site.screen !== 'pc-app' || !isSetupNumber(number) || !movesForward(state.clock, now)) return state;
  const moved = atTime(state, now);
  return { ...moved, setupNumbers: issueSetupNumber(state.setupNumbers, number), site: { screen: 'setup-number', number } };
}

/** Copy: the browser wrote the number to the clipboard, or refused (the screen then offers it to copy by hand). */
export function copyNumber(state: SmartOtpState, result: CopyResult): SmartOtpState {
  const { site } = state;
  if (site.screen !== 'setup-number') return state;
  const copied = withSite(state, { ...site, copy: result });
  return result === 'copied' ? { ...copied, clipboard: site.number } : copied;
}

export function typeOtp(state: SmartOtpState, value: string): SmartOtpState {
  const { site } = state;
  if (site.screen !== 'otp-entry' || site.checking !== undefined) return state;
  const next = typed(site.input, value, OTP_RULE.maxInput);
  const { problem: _dropped, ...rest } = site;
  return withSite(state, next.tooLong ? { ...site, problem: 'tooLong' } : { ...rest, input: next.value });
}

export const pasteOtp = (state: SmartOtpState): SmartOtpState => (state.clipboard === undefined ? state : typeOtp(state, state.clipboard));

/** The field's rules first (full-width digits and spaces are fine), then the server, at the practice time of sending. */
export function submitOtp(state: SmartOtpState, now: number): SmartOtpState {
  const { site } = state;
  if (site.screen !== 'otp-entry' || site.checking !== undefined || !movesForward(state.clock, now)) return state;
  const moved = atTime(state, now);
  const checked = checkDigits(site.input, OTP_RULE);
  if (!checked.ok) return withSite(moved, { ...site, problem: checked.problem });
  const { problem: _dropped, ...rest } = site;
  return withSite(moved, { ...rest, checking: { code: checked.value, at: practiceNow(moved) } });
}

export function otpChecked(state: SmartOtpState, event: Extract<SmartOtpEvent, { type: 'OTP_CHECKED' }>): SmartOtpState {
  const { site } = state;
  if (site.screen !== 'otp-entry' || site.checking === undefined) return state;
  if (event.verdict === 'accepted') {
    if (event.step === undefined) return state;
    return { ...state, account: withPcOtpUsed(state.account, event.step), site: { screen: 'withdrawal-done' } };
  }
  const { checking: _done, ...rest } = site;
  return withSite(state, { ...rest, problem: event.verdict });
}
