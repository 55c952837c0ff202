import type { NamedState } from '../../../../src/flows/kit/flow';
import { replay, seededIO, settle } from '../../../../src/flows/kit/replay';
import type { PracticeAccount } from '../../../../src/flows/services/practice-account';
import { smartOtpFlow } from '../../../../src/flows/smart-otp/smart-otp.flow';
import { createSmartOtp, transition } from '../../../../src/flows/smart-otp/smart-otp.machine';
import type { SmartOtpDevice, SmartOtpEvent, SmartOtpSetup, SmartOtpState } from '../../../../src/flows/smart-otp/smart-otp.types';

/** 2023-11-14T22:13:20Z: 20 seconds into a 60-second step (T0 % 60 000 = 20 000). */
export const T0 = 1_700_000_000_000;
export const flow = smartOtpFlow;
type Named = NamedState<SmartOtpEvent, SmartOtpSetup, SmartOtpDevice>;

/** A named state replayed as a figure would be: the scenario account, fixed randomness, from `start`. */
export function replayed(named: Named, start = T0, account: PracticeAccount = flow.scenarioAccount(named, 'windows')): Promise<SmartOtpState> {
  return replay<SmartOtpState>(flow, named, { platform: 'windows', startTime: start, account, io: seededIO() });
}

export const at = (name: string, start?: number) => replayed(flow.states[name]!, start);

/** Events replayed from T0 like a scenario (times are offsets from T0). */
export const scenario = (events: readonly SmartOtpEvent[], start = T0, account?: PracticeAccount) => replayed({ events, shows: 'site' }, start, account);

/** Applies events one by one (times as given, absolute), settling effects after each, like the kit. */
export async function run(state: SmartOtpState, ...events: SmartOtpEvent[]): Promise<SmartOtpState> {
  let current = state;
  for (const event of events) current = await settle(flow, transition(current, event), seededIO(7));
  return current;
}

export const fresh = (account: PracticeAccount = flow.scenarioAccount({ events: [], shows: 'site' }, 'windows'), now = T0) =>
  createSmartOtp({ account, platform: 'windows', now });

/** The code the app shows, or throws. */
export function shownCode(state: SmartOtpState): string {
  const window = state.desktop.window;
  if (window?.screen !== 'menu' || window.otp === undefined) throw new Error('the app shows no code');
  return window.otp.code;
}

/** The problem a state shows: the site's, the add screen's (number, then name), or the menu's. */
export function problemOf(state: SmartOtpState): string | undefined {
  const window = state.desktop.window;
  if (state.site.screen === 'otp-entry' && state.site.problem !== undefined) return state.site.problem;
  if (window?.screen === 'add') return window.numberProblem ?? window.nameProblem;
  if (window?.screen === 'menu') return window.problem;
  return undefined;
}
