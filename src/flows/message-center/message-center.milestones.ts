/**
 * What the live region says, at milestones only: logged in or out, the settings saved, Save
 * refused, and the unsaved-changes warning. Pure.
 */
import type { Message } from '../kit/flow';
import { MESSAGE_CENTER_REASONS } from './message-center.reasons';
import type { MessageCenterState } from './message-center.types';

export function messageCenterMilestones(prev: MessageCenterState, next: MessageCenterState): Message[] {
  // This flow never moves its clock: a new clock is a new start (the shell's reset), not a log out.
  if (prev === next || prev.clock.now !== next.clock.now) return [];
  const before = prev.page;
  const after = next.page;
  if (before.screen === 'login' && after.screen !== 'login') return [{ key: 'sim.message-center.live.loggedIn' }];
  if (before.screen !== 'login' && after.screen === 'login') return [{ key: 'sim.message-center.live.loggedOut' }];
  if (after.screen !== 'settings') return [];
  const was = before.screen === 'settings' ? before : null;
  if (after.saved && !was?.saved) return [{ key: 'sim.message-center.live.saved' }];
  if (after.problem !== undefined && was?.problem === undefined) return [{ key: MESSAGE_CENTER_REASONS[after.problem] }];
  if (after.leaving !== undefined && was?.leaving === undefined) return [{ key: MESSAGE_CENTER_REASONS.unsavedChanges }];
  return [];
}
