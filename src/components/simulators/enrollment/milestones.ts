/**
 * What the live region says, and only at milestones: a new code on the portal, a login
 * notification, the code running out, activation success, and errors (the server's answer,
 * a refused code or PIN, a camera that reads nothing). Pure: compares two states.
 */
import { offerStatus } from '../../../flows/enrollment/enrollment.selectors';
import type { EnrollmentState, PhoneScreen } from '../../../flows/enrollment/enrollment.types';
import { formatOfferCode } from '../../../flows/services/enrollment-offers';
import type { UiKey, UiVars } from '../../../i18n/t';
import { CAMERA_HINT_KEYS, CODE_PROBLEM_KEYS, ERROR_KEYS, PIN_PROBLEM_KEYS } from './messages';

export interface Message {
  key: UiKey;
  vars?: UiVars;
}

/** The refusal a phone screen shows, if any (code, PIN or camera). */
function phoneProblem(phone: PhoneScreen): UiKey | null {
  if (phone.screen === 'code-entry' && phone.problem) return CODE_PROBLEM_KEYS[phone.problem];
  if (phone.screen === 'pin-entry' && phone.problem) return PIN_PROBLEM_KEYS[phone.problem];
  if (phone.screen === 'camera' && phone.hint) return CAMERA_HINT_KEYS[phone.hint];
  return null;
}

function phoneMilestones(prev: PhoneScreen, next: PhoneScreen): Message[] {
  if (next.screen === 'success' && prev.screen !== 'success') return [{ key: 'sim.enrollment.live.success' }];
  if (next.screen === 'error' && (prev.screen !== 'error' || prev.reason !== next.reason)) {
    return [{ key: 'sim.enrollment.live.error' }, { key: ERROR_KEYS[next.reason] }];
  }
  const problem = phoneProblem(next);
  // The same refusal again (e.g. a second wrong submit) is announced again: the screen object is new.
  if (problem !== null && prev !== next) return [{ key: problem }];
  return [];
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
export function milestones(prev: EnrollmentState, next: EnrollmentState): Message[] {
  if (prev === next) return [];
  return [...portalMilestones(prev, next), ...phoneMilestones(prev.phone, next.phone)];
}
