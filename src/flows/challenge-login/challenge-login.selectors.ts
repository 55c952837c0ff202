/** Read-only questions the view and the flow ask of a state, so nobody repeats the rules. */
import { clockTime, isPaused } from '../kit/clock';
import type { ChallengeState, PortalScreen } from './challenge-login.types';

type ChallengeScreen = Extract<PortalScreen, { screen: 'challenge' }>;

/** The portal's challenge while it can still be answered (not expired; time stands still while paused). */
export function liveChallenge(state: ChallengeState): ChallengeScreen | null {
  const { portal } = state;
  return portal.screen === 'challenge' && clockTime(state.clock) < portal.expiresAt ? portal : null;
}

export const challengeExpired = (state: ChallengeState): boolean => state.portal.screen === 'challenge' && liveChallenge(state) === null;

export function challengeRemainingMs(state: ChallengeState): number | null {
  const live = liveChallenge(state);
  return live === null ? null : live.expiresAt - clockTime(state.clock);
}

export function lockRemainingMs(state: ChallengeState): number | null {
  return state.portal.screen === 'locked' ? Math.max(0, state.portal.until - state.clock.now) : null;
}

export const isChallengePaused = (state: ChallengeState): boolean => isPaused(state.clock);
