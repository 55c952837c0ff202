/** Challenge/response login on an iPhone, an Android phone or the DSC+ token, as the kit runs it. */
import type { Flow } from '../kit/flow';
import { newPracticeAccount, withIbKey, withToken } from '../services/practice-account';
import { challengeEffects } from './challenge-login.effects';
import { createChallengeLogin, transition } from './challenge-login.machine';
import { challengeMilestones } from './challenge-login.milestones';
import { PRACTICE_PINS, SCENARIO_SECRET } from './challenge-login.practice';
import { CHALLENGE_REASONS } from './challenge-login.reasons';
import { challengeRemainingMs, isChallengePaused, lockRemainingMs } from './challenge-login.selectors';
import { challengeStates } from './challenge-login.states';
import { challengeStateSchema, type ChallengeDevice, type ChallengeEvent, type ChallengeSetup, type ChallengeState } from './challenge-login.types';

/** A scenario account with the device a platform practises on (none when the state says so). */
function scenarioAccount(setup: ChallengeSetup | undefined, platform: ChallengeDevice) {
  const account = newPracticeAccount();
  if (setup?.noDevice === true) return account;
  if (platform === 'token') return withToken(account, SCENARIO_SECRET, PRACTICE_PINS.token);
  return withIbKey(account, platform, SCENARIO_SECRET, PRACTICE_PINS.android);
}

export const challengeLoginFlow: Flow<ChallengeState, ChallengeEvent, ChallengeSetup, ChallengeDevice> = {
  id: 'challenge-login',
  version: 1,
  title: 'sim.challenge-login.title',
  platforms: ['ios', 'android', 'token'],
  starts: [
    { id: 'opens-home', label: 'sim.challenge-login.start.home', setup: { opens: 'home' } },
    { id: 'opens-login', label: 'sim.challenge-login.start.login', setup: { opens: 'login' } },
    { id: 'opens-portfolio', label: 'sim.challenge-login.start.portfolio', setup: { opens: 'portfolio' } },
  ],
  initial: createChallengeLogin,
  transition,
  states: challengeStates,
  scenarioAccount: (named, platform) => scenarioAccount(named.setup, platform),
  reasons: CHALLENGE_REASONS,
  milestones: challengeMilestones,
  timer(state) {
    const remainingMs = challengeRemainingMs(state);
    return remainingMs === null ? null : { remainingMs, paused: isChallengePaused(state), canExtend: true, label: 'sim.challenge-login.timer.label' };
  },
  ticking: (state) => (challengeRemainingMs(state) !== null && !isChallengePaused(state)) || lockRemainingMs(state) !== null,
  effects: challengeEffects,
  parseState(value) {
    const parsed = challengeStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({
    platform: state.platform,
    portal: state.portal.screen,
    device: state.platform === 'token' ? state.token.mode : state.phone.screen,
  }),
};
