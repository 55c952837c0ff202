import { challengeLoginFlow } from '../../../../src/flows/challenge-login/challenge-login.flow';
import { createChallengeLogin, transition } from '../../../../src/flows/challenge-login/challenge-login.machine';
import type { ChallengeDevice, ChallengeEvent, ChallengeSetup, ChallengeState } from '../../../../src/flows/challenge-login/challenge-login.types';
import type { NamedState } from '../../../../src/flows/kit/flow';
import { replay, seededIO, settle } from '../../../../src/flows/kit/replay';

export const T0 = 1_700_000_000_000;
export const flow = challengeLoginFlow;

/** A named state (or ad-hoc event list) replayed as a figure would be: scenario account, fixed randomness. */
export async function replayed(named: NamedState<ChallengeEvent, ChallengeSetup, ChallengeDevice>, platform: ChallengeDevice = named.platform ?? 'ios'): Promise<ChallengeState> {
  return replay<ChallengeState>(flow, named, { platform, startTime: T0, account: flow.scenarioAccount(named, platform), io: seededIO() });
}

export const at = (name: string, platform?: ChallengeDevice) => replayed(flow.states[name]!, platform);

/** Applies events one by one, settling effects (Web Crypto) after each, like the kit. */
export async function run(state: ChallengeState, ...events: ChallengeEvent[]): Promise<ChallengeState> {
  let current = state;
  for (const event of events) current = await settle(flow, transition(current, event), seededIO());
  return current;
}

export const fresh = (platform: ChallengeDevice, setup?: ChallengeSetup) =>
  createChallengeLogin({ account: flow.scenarioAccount({ events: [], shows: 'portal', ...(setup ? { setup } : {}) }, platform), platform, now: T0, setup });
