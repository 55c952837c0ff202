/** Where a simulator session starts: a named state, the reader's last state, or fresh. */
import { createEnrollment, type CreateEnrollmentOptions } from '../../../flows/enrollment/enrollment.machine';
import { findEnrollmentState, replayState } from '../../../flows/enrollment/enrollment.scenarios';
import type { EnrollmentState, Platform, PracticeAccount } from '../../../flows/enrollment/enrollment.types';
import { newPracticeAccount } from '../../../flows/services/practice-account';
import { loadAccount, loadSimState, type StorageLike } from '../practice-storage';

/** `?try=resume`: the language switch carries the reader's simulator over. */
export const RESUME = 'resume';
export const DEFAULT_PLATFORM: Platform = 'android';

export function freshState(platform: Platform, account: PracticeAccount, appInstalled: boolean, now: number): EnrollmentState {
  const opts: CreateEnrollmentOptions = { platform, now, account };
  if (!appInstalled) opts.settings = { appInstalled: false };
  return createEnrollment(opts);
}

export interface InitialState {
  state: EnrollmentState;
  /** A named state was asked for but does not exist (the simulator starts fresh instead). */
  notFound: boolean;
}

export function initialState(start: string | null, store: StorageLike | null, now: number = Date.now()): InitialState {
  const fresh = () => freshState(DEFAULT_PLATFORM, loadAccount(store) ?? newPracticeAccount(), true, now);
  if (start === null || start === '') return { state: fresh(), notFound: false };
  if (start === RESUME) return { state: loadSimState(store) ?? fresh(), notFound: false };
  const named = findEnrollmentState(start);
  return named ? { state: replayState(named, now), notFound: false } : { state: fresh(), notFound: true };
}
