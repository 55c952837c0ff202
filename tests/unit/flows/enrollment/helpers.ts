import { enrollmentFlow } from '../../../../src/flows/enrollment/enrollment.flow';
import { createEnrollment, transition } from '../../../../src/flows/enrollment/enrollment.machine';
import { replay, seededIO } from '../../../../src/flows/kit/replay';
import type { EnrollmentEvent, EnrollmentSetup, EnrollmentState, PhonePlatform } from '../../../../src/flows/enrollment/enrollment.types';
import { newPracticeAccount, withIbKey } from '../../../../src/flows/services/practice-account';

export const T0 = 1_700_000_000_000;
export const CODE = 'K7QM3XTP';
export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function start(platform: PhonePlatform, options: EnrollmentSetup = {}): EnrollmentState {
  const account = options.enrolled ? withIbKey(newPracticeAccount(), platform, SECRET, platform === 'android' ? '2468' : undefined) : newPracticeAccount();
  return createEnrollment({ account, platform, now: T0, setup: options });
}

export function run(state: EnrollmentState, ...events: EnrollmentEvent[]): EnrollmentState {
  return events.reduce(transition, state);
}

export const logIn = (offset = 0, offerCode = CODE): EnrollmentEvent => ({ type: 'PORTAL_LOG_IN', now: T0 + offset, offerCode });

/** A named state replayed as a figure would be: its scenario account, fixed randomness. */
export async function at(name: string, startTime = T0): Promise<EnrollmentState> {
  const named = enrollmentFlow.states[name];
  if (!named) throw new Error(`no named state ${name}`);
  const platform = named.platform ?? 'android';
  return replay<EnrollmentState>(enrollmentFlow, named, { platform, startTime, account: enrollmentFlow.scenarioAccount(named, platform), io: seededIO() });
}
