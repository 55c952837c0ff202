/** The Secure Message Center's message settings in Client Portal, as the kit runs it. */
import type { Flow } from '../kit/flow';
import { newPracticeAccount } from '../services/practice-account';
import { createMessageCenter, transition } from './message-center.machine';
import { messageCenterMilestones } from './message-center.milestones';
import { MESSAGE_CENTER_REASONS } from './message-center.reasons';
import { messageCenterStates } from './message-center.states';
import { messageCenterStateSchema, type MessageCenterEvent, type MessageCenterState } from './message-center.types';

export const messageCenterFlow: Flow<MessageCenterState, MessageCenterEvent, never, 'computer'> = {
  id: 'message-center',
  version: 1,
  title: 'sim.message-center.title',
  // Client Portal in a browser: nothing to hold but the computer.
  platforms: ['computer'],
  starts: [],
  initial: createMessageCenter,
  transition,
  states: messageCenterStates,
  scenarioAccount: () => newPracticeAccount(),
  reasons: MESSAGE_CENTER_REASONS,
  milestones: messageCenterMilestones,
  timer: () => null,
  ticking: () => false,
  effects: () => [],
  parseState(value) {
    const parsed = messageCenterStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({
    page: state.page.screen,
    menu: state.menuOpen ? 'open' : 'closed',
    dialog: state.page.screen === 'settings' && state.page.leaving !== undefined ? 'unsaved' : 'none',
    preview: state.preview ? 'open' : 'closed',
  }),
};
