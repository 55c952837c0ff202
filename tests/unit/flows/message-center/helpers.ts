import { replay, seededIO } from '../../../../src/flows/kit/replay';
import type { NamedState } from '../../../../src/flows/kit/flow';
import { messageCenterFlow } from '../../../../src/flows/message-center/message-center.flow';
import { createMessageCenter, transition } from '../../../../src/flows/message-center/message-center.machine';
import type { MessageCenterEvent, MessageCenterState } from '../../../../src/flows/message-center/message-center.types';
import { newPracticeAccount, type PracticeAccount } from '../../../../src/flows/services/practice-account';

export const T0 = 1_700_000_000_000;
export const flow = messageCenterFlow;

export const fresh = (account: PracticeAccount = newPracticeAccount()) => createMessageCenter({ account, platform: 'computer', now: T0 });

/** A named state replayed as a figure is (a fresh account), or from `account` as "Try this step" does. */
export function replayed(named: NamedState<MessageCenterEvent, never, 'computer'>, account: PracticeAccount = flow.scenarioAccount(named, 'computer')) {
  return replay<MessageCenterState>(flow, named, { platform: 'computer', startTime: T0, account, io: seededIO() });
}

export const at = (name: string, account?: PracticeAccount) => replayed(flow.states[name]!, account);

/** Applies events one by one (no effects in this flow). */
export const run = (state: MessageCenterState, ...events: MessageCenterEvent[]) => events.reduce(transition, state);
