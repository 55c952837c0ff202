/** Read-only questions the view asks of a state, answered here so the view never repeats the rules. */
import type { SmartOtpState } from './smart-otp.types';

export { isOtpPaused, liveOtp, otpExpired, otpRemainingMs, practiceNow } from './smart-otp.time';

/** The display name the app lists: the account's registration (one per account). */
export const listedName = (state: SmartOtpState): string | null => state.account.pcOtp?.displayName ?? null;

/** What the desktop's practice hint says, if anything. */
export const desktopHint = (state: SmartOtpState): 'closedEarly' | null => (state.desktop.lostForm ? 'closedEarly' : null);
