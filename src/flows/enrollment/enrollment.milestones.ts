/**
 * What the live region says, and only at milestones: a new code on the portal, a login
 * notification, the code running out, activation success, the app's error, and a refused
 * code or PIN or a camera that reads nothing. Pure: compares two states.
 */
import type { Message } from '../kit/flow';
import { formatOfferCode } from '../services/activation-offers';
import { ENROLLMENT_REASONS } from './enrollment.reasons';
import { offerStatus } from './enrollment.selectors';
import type { EnrollmentState, PhoneScreen } from './enrollment.types';

/** The refusal a phone screen shows, if any (code, PIN or camera). */
function phoneProblem(phone: PhoneScreen): Message | null {
  if (phone.screen === 'code-entry' && phone.problem) return { key: ENROLLMENT_REASONS[`code.${phone.problem}`] };
  if (phone.screen === 'pin-entry' && phone.problem) return { key: ENROLLMENT_REASONS[`pin.${phone.problem}`] };
  if (phone.screen === 'camera' && phone.hint) return { key: ENROLLMENT_REASONS[`camera.${phone.hint}`] };
  return null;
}

function phoneMilestones(prev: PhoneScreen, next: PhoneScreen): Message[] {
  if (next.screen === 'success' && prev.screen !== 'success') return [{ key: 'sim.enrollment.live.success' }];
  if (next.screen === 'error' && prev.screen !== 'error') return [{ key: 'sim.enrollment.live.error' }, { key: ENROLLMENT_REASONS.activationFailed }];
  const problem = phoneProblem(next);
  // The same refusal again (a second wrong submit) is announced again: the screen object is new.
  return problem !== null && prev !== next ? [problem] : [];
}

function portalMilestones(prev: EnrollmentState, next: EnrollmentState): Message[] {
  const before = prev.portal;
  const after = next.portal;
  if (after.screen === 'push-sent' && before.screen !== 'push-sent') return [{ key: 'sim.enrollment.live.pushSent' }];
  if (after.screen !== 'home') return [];
  if (after.confirmedEnrolled) {
    return before.screen === 'home' && before.confirmedEnrolled ? [] : [{ key: 'sim.enrollment.live.confirmedEnrolled' }];
  }
  if (before.screen !== 'home' || before.offer.code !== after.offer.code) {
    return [{ key: 'sim.enrollment.live.newCode', vars: { code: formatOfferCode(after.offer.code) } }];
  }
  if (offerStatus(prev) === 'live' && offerStatus(next) === 'expired') return [{ key: 'sim.enrollment.live.expired' }];
  return [];
}

/** Messages to announce after moving from `prev` to `next` (empty: say nothing). */
export function enrollmentMilestones(prev: EnrollmentState, next: EnrollmentState): Message[] {
  if (prev === next) return [];
  return [...portalMilestones(prev, next), ...phoneMilestones(prev.phone, next.phone)];
}
