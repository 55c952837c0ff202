/** Temporary access with the online security code card, as the kit runs it. */
import type { Flow } from '../kit/flow';
import { newPracticeAccount } from '../services/practice-account';
import { createSecurityCard, transition } from './security-card.machine';
import { securityCardMilestones } from './security-card.milestones';
import { CARD_REASONS } from './security-card.reasons';
import { securityCardStates } from './security-card.states';
import { securityCardStateSchema, type SecurityCardEvent, type SecurityCardState } from './security-card.types';

export const securityCardFlow: Flow<SecurityCardState, SecurityCardEvent, never, 'computer'> = {
  id: 'security-card',
  version: 1,
  title: 'sim.security-card.title',
  platforms: ['computer'],
  starts: [],
  initial: createSecurityCard,
  transition,
  states: securityCardStates,
  scenarioAccount: () => newPracticeAccount(),
  reasons: CARD_REASONS,
  milestones: securityCardMilestones,
  timer: () => null,
  ticking: () => false,
  effects: () => [],
  actions: (state) =>
    state.account.card?.expiresAt === undefined
      ? []
      : [
          { id: 'day', label: 'sim.security-card.action.oneDay', event: { type: 'ADVANCE_DAYS', days: 1 } },
          { id: 'week', label: 'sim.security-card.action.oneWeek', event: { type: 'ADVANCE_DAYS', days: 7 } },
          { id: 'expiry', label: 'sim.security-card.action.toExpiry', event: { type: 'ADVANCE_DAYS', days: 21 } },
        ],
  parseState(value) {
    const parsed = securityCardStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({ portal: state.screen.screen, platform: state.platform }),
};
