/**
 * Where a simulator session starts: a named state (figures, "Try this step"), the reader's
 * last state ("resume", after a language switch), or a fresh start from the practice
 * account. Pure apart from the replay's Web Crypto; storage has been read by the caller.
 */
import type { AnyFlow, FlowIO, Message, Platform } from '../../../flows/kit/flow';
import { replay } from '../../../flows/kit/replay';
import type { Loaded } from './practice-store';

/** `?try=<flow>:resume`: the language switch carries the reader's simulator over. */
export const RESUME = 'resume';

export interface StartRequest {
  /** A named state, RESUME, or null for a fresh start. */
  state: string | null;
  figure: boolean;
  /** The device the page is about (a guide's OS); used where the state does not say. */
  platform?: Platform | undefined;
  /** A start option of the flow the page asks for (the portal-banner guide: "no-app"). */
  start?: string | undefined;
}

export interface Started<S> {
  state: S;
  /** Something the reader should know about how the simulator started. */
  notice: Message | null;
  /** Replayed on the reader's own account: what the replay added to it (a registration on the way) is theirs to keep. */
  ownAccount?: boolean;
}

export function pickPlatform(flow: AnyFlow, wanted: Platform | undefined): Platform {
  return wanted !== undefined && flow.platforms.includes(wanted) ? wanted : (flow.platforms[0] as Platform);
}

export function freshState<S>(flow: AnyFlow, account: Loaded['record']['account'], platform: Platform, now: number, start?: string): S {
  const option = flow.starts.find((s: { id: string }) => s.id === start);
  return flow.initial({ account, platform: pickPlatform(flow, platform), now, setup: option?.setup });
}

export async function startState<S>(flow: AnyFlow, request: StartRequest, loaded: Loaded, now: number, io: FlowIO): Promise<Started<S>> {
  const account = loaded.record.account;
  const platform = pickPlatform(flow, request.platform);
  const resetNotice: Message | null = loaded.wasReset ? { key: 'sim.common.storageReset' } : null;
  const fresh = (): S => freshState(flow, account, platform, now, request.start);

  if (request.state === null || request.state === '') return { state: fresh(), notice: resetNotice };
  if (request.state === RESUME) {
    const resume = loaded.record.resume;
    const stored = resume?.flow === flow.id && resume.version === flow.version ? (flow.parseState(resume.state) as S | null) : null;
    return { state: stored ?? fresh(), notice: resetNotice };
  }
  const named = Object.hasOwn(flow.states, request.state) ? flow.states[request.state] : undefined;
  if (named === undefined) return { state: fresh(), notice: { key: 'sim.common.stateNotFound' } };

  const statePlatform = pickPlatform(flow, named.platform ?? platform);
  const option = flow.starts.find((s: { id: string }) => s.id === request.start);
  const setup = named.setup ?? option?.setup;
  // Figures never depend on the reader; "Try this step" uses the reader's account where the state allows it.
  const own = !request.figure && named.fits?.(account, statePlatform) === true;
  const startAccount = own ? account : flow.scenarioAccount({ ...named, setup }, statePlatform);
  const state = await replay<S>(flow, { ...named, setup, platform: statePlatform }, { platform: statePlatform, startTime: now, account: startAccount, io });
  return { state, notice: resetNotice, ownAccount: own };
}
