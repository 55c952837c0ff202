import { createEnrollment, transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentEvent, EnrollmentState, PhoneSettings, Platform } from '../../../../src/flows/enrollment/enrollment.types';
import { enrolledAccount, newPracticeAccount } from '../../../../src/flows/services/practice-account';

export const T0 = 1_700_000_000_000;
export const CODE = 'K7QM3XTP';
export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function start(platform: Platform, options: { enrolled?: boolean; settings?: Partial<PhoneSettings> } = {}): EnrollmentState {
  const base = { platform, now: T0 };
  const account = options.enrolled ? enrolledAccount(newPracticeAccount(), SECRET, platform) : undefined;
  return createEnrollment({
    ...base,
    ...(account ? { account } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
}

export function run(state: EnrollmentState, ...events: EnrollmentEvent[]): EnrollmentState {
  return events.reduce(transition, state);
}

export const logIn = (offset = 0, offerCode = CODE): EnrollmentEvent => ({ type: 'PORTAL_LOG_IN', now: T0 + offset, offerCode });
