/**
 * What the live region says, at milestones only: a new challenge, the verdict, expiry, the
 * lock and its end, the response on the device, and every refused input. Pure.
 */
import type { Message } from '../kit/flow';
import { MAX_WRONG_RESPONSES } from '../services/challenges';
import { CHALLENGE_REASONS } from './challenge-login.reasons';
import { liveChallenge } from './challenge-login.selectors';
import type { ChallengeState, PhoneScreen, TokenState } from './challenge-login.types';

function portalMilestones(prev: ChallengeState, next: ChallengeState): Message[] {
  const before = prev.portal;
  const after = next.portal;
  if (after.screen === 'challenge') {
    const shown: Message = { key: 'sim.challenge-login.live.challenge', vars: { code: after.challenge } };
    if (before.screen === 'no-device') return [{ key: 'sim.challenge-login.live.deviceReady' }, shown];
    if (before.screen !== 'challenge' || before.challenge !== after.challenge) return [shown];
    if (after.problem !== undefined && (before.problem !== after.problem || before.checking !== undefined)) {
      return [{ key: CHALLENGE_REASONS[`response.${after.problem}`], vars: { left: MAX_WRONG_RESPONSES - after.wrong } }];
    }
    return liveChallenge(prev) !== null && liveChallenge(next) === null ? [{ key: 'sim.challenge-login.live.expired' }] : [];
  }
  if (after.screen === before.screen) return [];
  if (after.screen === 'done') return [{ key: 'sim.challenge-login.live.verified' }];
  if (after.screen === 'locked') return [{ key: CHALLENGE_REASONS.locked }];
  if (after.screen === 'no-device') return [{ key: 'sim.challenge-login.live.noDevice' }];
  if (after.screen === 'login' && before.screen === 'locked') return [{ key: 'sim.challenge-login.live.unlocked' }];
  return [];
}

function phoneMilestones(prev: PhoneScreen, next: PhoneScreen): Message[] {
  if (prev === next) return [];
  if (next.screen === 'response' && prev.screen !== 'response') return [{ key: 'sim.challenge-login.live.response', vars: { response: next.response } }];
  if (next.screen === 'not-activated' && prev.screen !== 'not-activated') return [{ key: CHALLENGE_REASONS.notActivated }];
  if (next.screen !== 'challenge') return [];
  return [
    ...(next.challengeProblem ? [{ key: CHALLENGE_REASONS[`challenge.${next.challengeProblem}`] }] : []),
    ...(next.pinProblem ? [{ key: CHALLENGE_REASONS[`pin.${next.pinProblem}`] }] : []),
  ];
}

function tokenMilestones(prev: TokenState, next: TokenState): Message[] {
  if (prev.mode === next.mode) return [];
  switch (next.mode) {
    case 'pin':
      return [{ key: 'sim.challenge-login.live.tokenPin' }];
    case 'challenge':
      return [{ key: 'sim.challenge-login.live.tokenChallenge' }];
    case 'response':
      return [{ key: 'sim.challenge-login.live.response', vars: { response: next.response ?? '' } }];
    case 'pin-wrong':
      return [{ key: CHALLENGE_REASONS['token.pinWrong'] }];
    case 'locked':
      return [{ key: CHALLENGE_REASONS['token.locked'] }];
    default:
      return [];
  }
}

export function challengeMilestones(prev: ChallengeState, next: ChallengeState): Message[] {
  if (prev === next) return [];
  return [...portalMilestones(prev, next), ...phoneMilestones(prev.phone, next.phone), ...tokenMilestones(prev.token, next.token)];
}
