/**
 * The sessionStorage adapter of the simulators. Storage can be missing (private modes,
 * sandboxed frames, disabled cookies) or full; every function here guards against that
 * and never throws: reading gives null, writing gives false.
 */
import type { EnrollmentState, PracticeAccount } from '../../flows/enrollment/enrollment.types';
import { PRACTICE_STORAGE_KEY, parseStored, serialise } from '../../flows/services/practice-account';

/** The part of the Web Storage API the adapter uses (a fake one in the unit tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The whole enrollment simulator state, for `?try=resume` after a language switch. */
export const ENROLLMENT_STATE_KEY = 'help-center.sim.enrollment.state.v1';
const STATE_VERSION = 1;

/** The page's sessionStorage, or null when it cannot be used. */
export function sessionStore(): StorageLike | null {
  try {
    const store = globalThis.sessionStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

export function readItem(store: StorageLike | null, key: string): string | null {
  try {
    return store ? store.getItem(key) : null;
  } catch {
    return null;
  }
}

export function writeItem(store: StorageLike | null, key: string, value: string): boolean {
  try {
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(store: StorageLike | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to do: the item is gone or storage is unusable.
  }
}

export function loadAccount(store: StorageLike | null): PracticeAccount | null {
  const raw = readItem(store, PRACTICE_STORAGE_KEY);
  if (raw === null) return null;
  try {
    return parseStored(raw);
  } catch {
    return null;
  }
}

export function saveAccount(store: StorageLike | null, account: PracticeAccount): boolean {
  return writeItem(store, PRACTICE_STORAGE_KEY, serialise(account));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasScreen = (value: unknown): boolean => isRecord(value) && typeof value['screen'] === 'string';

/** A structural check of what came back from storage; anything odd is thrown away. */
export function isEnrollmentState(value: unknown): value is EnrollmentState {
  if (!isRecord(value)) return false;
  const { platform, account, portal, phone, settings, clock, history } = value;
  return (
    (platform === 'ios' || platform === 'android') &&
    isRecord(account) &&
    typeof account['username'] === 'string' &&
    typeof account['enrolled'] === 'boolean' &&
    hasScreen(portal) &&
    hasScreen(phone) &&
    isRecord(settings) &&
    isRecord(clock) &&
    typeof clock['now'] === 'number' &&
    Array.isArray(history) &&
    history.every(hasScreen)
  );
}

export function loadSimState(store: StorageLike | null): EnrollmentState | null {
  const raw = readItem(store, ENROLLMENT_STATE_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || parsed['v'] !== STATE_VERSION) return null;
    const state = parsed['state'];
    return isEnrollmentState(state) ? state : null;
  } catch {
    return null;
  }
}

export function saveSimState(store: StorageLike | null, state: EnrollmentState): boolean {
  try {
    return writeItem(store, ENROLLMENT_STATE_KEY, JSON.stringify({ v: STATE_VERSION, state }));
  } catch {
    return false;
  }
}

/** "Reset practice account": forget the account and the simulator state. */
export function clearPractice(store: StorageLike | null): void {
  removeItem(store, PRACTICE_STORAGE_KEY);
  removeItem(store, ENROLLMENT_STATE_KEY);
}
