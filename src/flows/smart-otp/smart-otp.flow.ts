/** The PC one-time-password app (Smart OTP for Windows) beside the broker's website, as the kit runs it. */
import type { Flow } from '../kit/flow';
import { newPracticeAccount } from '../services/practice-account';
import { smartOtpEffects } from './smart-otp.effects';
import { createSmartOtp, transition } from './smart-otp.machine';
import { smartOtpMilestones } from './smart-otp.milestones';
import { SMART_OTP_REASONS } from './smart-otp.reasons';
import { smartOtpStates } from './smart-otp.states';
import { isOtpPaused, liveOtp, otpRemainingMs } from './smart-otp.time';
import { smartOtpStateSchema, type SmartOtpDevice, type SmartOtpEvent, type SmartOtpSetup, type SmartOtpState } from './smart-otp.types';

export const smartOtpFlow: Flow<SmartOtpState, SmartOtpEvent, SmartOtpSetup, SmartOtpDevice> = {
  id: 'smart-otp',
  version: 1,
  title: 'sim.smart-otp.title',
  platforms: ['windows'],
  starts: [],
  initial: createSmartOtp,
  transition,
  states: smartOtpStates,
  // Figures start from an account without the app; the states register it on the way.
  scenarioAccount: () => newPracticeAccount(),
  reasons: SMART_OTP_REASONS,
  milestones: smartOtpMilestones,
  timer(state) {
    const remainingMs = otpRemainingMs(state);
    return remainingMs === null ? null : { remainingMs, paused: isOtpPaused(state), canExtend: true, label: 'sim.smart-otp.timer.label' };
  },
  // The code shown counts down to the end of its 60-second step.
  ticking: (state) => liveOtp(state) !== null && !isOtpPaused(state),
  effects: smartOtpEffects,
  parseState(value) {
    const parsed = smartOtpStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({ platform: state.platform, site: state.site.screen, app: state.desktop.window?.screen ?? 'closed' }),
};
