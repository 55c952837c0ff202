/** What the live region says: the card shown, the index numbers asked, every refusal, activation, expiry. Pure. */
import type { Message } from '../kit/flow';
import { CARD_REASONS } from './security-card.reasons';
import type { SecurityCardState } from './security-card.types';

export function securityCardMilestones(prev: SecurityCardState, next: SecurityCardState): Message[] {
  const before = prev.screen;
  const after = next.screen;
  if (before === after) return [];
  switch (after.screen) {
    case 'login':
      return after.problem !== undefined && (before.screen !== 'login' || before.problem !== after.problem || before.passcode === after.passcode)
        ? [{ key: CARD_REASONS[`passcode.${after.problem}`] }]
        : [];
    case 'card':
      return before.screen === 'card' ? [] : [{ key: 'sim.security-card.live.card' }];
    case 'values':
      if (before.screen !== 'values') return [{ key: 'sim.security-card.live.indices', vars: { first: after.indices[0], second: after.indices[1] } }];
      return after.problem !== undefined && before.input === after.input ? [{ key: CARD_REASONS[`values.${after.problem}`], vars: { first: after.indices[0], second: after.indices[1] } }] : [];
    case 'confirmation':
      return [{ key: 'sim.security-card.live.activated' }];
    case 'home':
      return before.screen === 'values' ? [{ key: 'sim.security-card.live.loggedIn' }] : [];
    case 'locked':
      return [{ key: CARD_REASONS.locked }];
    case 'expired':
      return [{ key: CARD_REASONS.expired }];
  }
}
