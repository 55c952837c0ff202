/** The IB Key activation flow, as the kit runs it. */
import { base32Encode } from '../crypto/otp';
import type { Effect, Flow, Platform } from '../kit/flow';
import { newPracticeAccount, withIbKey } from '../services/practice-account';
import { createEnrollment, transition } from './enrollment.machine';
import { enrollmentMilestones } from './enrollment.milestones';
import { ENROLLMENT_REASONS } from './enrollment.reasons';
import { SCENARIO_PIN, SCENARIO_SECRET } from './enrollment.scenario-steps';
import { isCountdownPaused, offerRemainingMs } from './enrollment.selectors';
import { enrollmentStates } from './enrollment.states';
import { enrollmentStateSchema, type EnrollmentEvent, type EnrollmentSetup, type EnrollmentState } from './enrollment.types';

/** 160 bits: the HMAC-SHA-1 key size of OCRA and HOTP. */
const SECRET_BYTES = 20;
/** How long the simulated app store takes to install the app. */
const INSTALL_MS = 1500;

function effects(state: EnrollmentState): Effect<EnrollmentEvent>[] {
  const { phone } = state;
  if (phone.screen === 'activating') {
    return [{ key: `secret:${phone.code}`, run: async (io) => ({ type: 'SECRET_CREATED', secret: base32Encode(io.randomBytes(SECRET_BYTES)) }) }];
  }
  if (phone.screen === 'app-store' && phone.installing) {
    return [{ key: 'install', afterMs: INSTALL_MS, run: async () => ({ type: 'INSTALL_FINISHED' }) }];
  }
  return [];
}

export const enrollmentFlow: Flow<EnrollmentState, EnrollmentEvent, EnrollmentSetup> = {
  id: 'enrollment',
  version: 2,
  title: 'sim.enrollment.title',
  platforms: ['android', 'ios'],
  starts: [
    { id: 'app-installed', label: 'sim.enrollment.start.withApp', setup: {} },
    { id: 'no-app', label: 'sim.enrollment.start.withoutApp', setup: { settings: { appInstalled: false } } },
  ],
  initial: createEnrollment,
  transition,
  states: enrollmentStates,
  scenarioAccount(named, platform: Platform) {
    if (named.setup?.enrolled !== true) return newPracticeAccount();
    return platform === 'ios' ? withIbKey(newPracticeAccount(), 'ios', SCENARIO_SECRET) : withIbKey(newPracticeAccount(), 'android', SCENARIO_SECRET, SCENARIO_PIN);
  },
  reasons: ENROLLMENT_REASONS,
  milestones: enrollmentMilestones,
  timer(state) {
    const remainingMs = offerRemainingMs(state);
    return remainingMs === null ? null : { remainingMs, paused: isCountdownPaused(state), canExtend: true, label: 'sim.enrollment.timer.label' };
  },
  ticking: (state) => offerRemainingMs(state) !== null && !isCountdownPaused(state),
  effects,
  parseState(value) {
    const parsed = enrollmentStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({ screen: state.phone.screen, portal: state.portal.screen, platform: state.platform }),
};
