/**
 * The enrollment flow's named states (figures, "Try this step") and end-to-end scenarios,
 * and the replay that turns either into a state. Event times in them are offsets from 0.
 */
import { enrolledAccount, newPracticeAccount } from '../services/practice-account';
import { createEnrollment, transition, type CreateEnrollmentOptions } from './enrollment.machine';
import { enrollmentStates } from './enrollment.named-states';
import { SCENARIO_PIN, SCENARIO_SECRET } from './enrollment.scenario-steps';
import type { EnrollmentEvent, EnrollmentState, NamedState } from './enrollment.types';

export { SCENARIO_NEXT_OFFER_CODE, SCENARIO_OFFER_CODE, SCENARIO_PIN, SCENARIO_SECRET } from './enrollment.scenario-steps';
export { enrollmentStates } from './enrollment.named-states';
export { enrollmentScenarios, type EnrollmentScenario, type ScenarioEnd } from './enrollment.scenario-list';

export function findEnrollmentState(name: string): NamedState | undefined {
  return enrollmentStates.find((state) => state.name === name);
}

/** The event with its time moved from "offset from 0" to "offset from startTime". */
function shifted(event: EnrollmentEvent, startTime: number): EnrollmentEvent {
  return 'now' in event ? { ...event, now: event.now + startTime } : event;
}

/** The state a named state (or scenario) describes, as if the reader had started at `startTime`. */
export function replayState(named: NamedState, startTime: number): EnrollmentState {
  const opts: CreateEnrollmentOptions = { platform: named.platform, now: startTime };
  if (named.start?.settings !== undefined) opts.settings = named.start.settings;
  if (named.start?.enrolled === true) {
    const pin = named.platform === 'android' ? SCENARIO_PIN : undefined;
    opts.account = enrolledAccount(newPracticeAccount(), SCENARIO_SECRET, named.platform, pin);
  }
  return named.events.reduce((state, event) => transition(state, shifted(event, startTime)), createEnrollment(opts));
}
