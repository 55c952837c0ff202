/**
 * What the live region says, at milestones only: a setup number issued, copied or not, the
 * download, registration and its refusals, a code shown and running out, the verdict on a
 * code, and every refused input. Pure: compares two states.
 */
import type { Message } from '../kit/flow';
import { formatSetupNumber } from '../services/otp-registrations';
import { SMART_OTP_REASONS } from './smart-otp.reasons';
import { liveOtp } from './smart-otp.time';
import type { AppWindow, CopyResult, SiteScreen, SmartOtpState } from './smart-otp.types';

const copied = (result: CopyResult, what: 'number' | 'otp'): Message =>
  result === 'copied' ? { key: what === 'number' ? 'sim.smart-otp.live.numberCopied' : 'sim.smart-otp.live.otpCopied' } : { key: SMART_OTP_REASONS['copy.denied'] };

function siteMilestones(before: SiteScreen, after: SiteScreen): Message[] {
  if (before === after) return [];
  switch (after.screen) {
    case 'download':
      return after.downloaded && !(before.screen === 'download' && before.downloaded) ? [{ key: 'sim.smart-otp.live.downloaded' }] : [];
    case 'setup-number':
      if (before.screen !== 'setup-number' || before.number !== after.number) {
        return [{ key: 'sim.smart-otp.live.numberIssued', vars: { number: formatSetupNumber(after.number) } }];
      }
      return after.copy !== undefined && after.copy !== before.copy ? [copied(after.copy, 'number')] : [];
    case 'otp-entry':
      // A refusal is announced each time it is given (a second wrong submit too: the screen object is new).
      return after.problem !== undefined && after.checking === undefined && (before.screen !== 'otp-entry' || before.problem !== after.problem || before.checking !== undefined)
        ? [{ key: SMART_OTP_REASONS[`otp.${after.problem}`] }]
        : [];
    case 'withdrawal-done':
      return before.screen === 'withdrawal-done' ? [] : [{ key: 'sim.smart-otp.live.withdrawalDone' }];
    default:
      return [];
  }
}

function windowMilestones(before: AppWindow | undefined, after: AppWindow | undefined): Message[] {
  if (before === after || after === undefined) return [];
  if (after.screen === 'added') return before?.screen === 'added' ? [] : [{ key: 'sim.smart-otp.live.registered', vars: { name: after.name } }];
  if (after.screen === 'add') {
    const problems = [
      ...(after.nameProblem ? [{ key: SMART_OTP_REASONS[`name.${after.nameProblem}`] }] : []),
      ...(after.numberProblem ? [{ key: SMART_OTP_REASONS[`number.${after.numberProblem}`] }] : []),
    ];
    return before?.screen === 'add' && before.name === after.name && before.number === after.number && problems.length === 0 ? [] : problems;
  }
  if (after.screen !== 'menu') return [];
  const prev = before?.screen === 'menu' ? before : undefined;
  if (after.problem === 'noSelection' && prev?.problem !== 'noSelection') return [{ key: SMART_OTP_REASONS['app.noSelection'] }];
  if (after.otp !== undefined && (prev?.otp === undefined || prev.otp.code !== after.otp.code || prev.generating !== undefined)) {
    return [{ key: 'sim.smart-otp.live.otpShown', vars: { code: after.otp.code } }];
  }
  return after.copy !== undefined && after.copy !== prev?.copy ? [copied(after.copy, 'otp')] : [];
}

export function smartOtpMilestones(prev: SmartOtpState, next: SmartOtpState): Message[] {
  if (prev === next) return [];
  const messages = [...siteMilestones(prev.site, next.site), ...windowMilestones(prev.desktop.window, next.desktop.window)];
  if (prev.desktop.window === undefined && next.desktop.window !== undefined && next.desktop.lostForm) messages.push({ key: SMART_OTP_REASONS['app.closedEarly'] });
  if (liveOtp(prev) !== null && liveOtp(next) === null && next.desktop.window?.screen === 'menu' && next.desktop.window.otp !== undefined) {
    messages.push({ key: 'sim.smart-otp.live.otpExpired' });
  }
  return messages;
}
