/**
 * The practice account in the tab's sessionStorage, under ONE versioned key: the account
 * every guide shares, and the last simulator state (for the language switch's "resume").
 * What comes back is untrusted (another tab, an older site, a curious reader): it is checked
 * with zod, and anything that is not ours resets the account with a notice, never an exception.
 * Storage itself may be missing (private modes, sandboxed frames) or full: every function
 * here guards against that and never throws.
 */
import * as z from 'zod/mini';
import { newPracticeAccount, practiceAccountSchema, type PracticeAccount } from '../../../flows/services/practice-account';
import { flowIds } from './registry';

export const PRACTICE_KEY = 'slhc.practice.v2';
/** Keys of the first version (an account key, and a state key per flow), removed when seen. */
const OLD_KEYS = ['slhc.practice.v1', ...flowIds.map((flow) => `help-center.sim.${flow}.state.v1`)];
/** A record is a few KB at most; anything much bigger is not ours. */
const MAX_STORED_LENGTH = 64 * 1024;

/** The part of the Web Storage API used here (a fake one in the unit tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const resumeSchema = z.object({ flow: z.string().check(z.maxLength(64)), version: z.number(), state: z.unknown() });
const recordSchema = z.object({ v: z.literal(2), account: practiceAccountSchema, resume: z.optional(resumeSchema) });
export type PracticeRecord = z.infer<typeof recordSchema>;
export type ResumePoint = z.infer<typeof resumeSchema>;

export interface Loaded {
  record: PracticeRecord;
  /** True when something was stored but could not be read: the reader is told it was reset. */
  wasReset: boolean;
}

/** The page's sessionStorage, or null when it cannot be used. */
export function sessionStore(): StorageLike | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function read(store: StorageLike | null, key: string): string | null {
  try {
    return store ? store.getItem(key) : null;
  } catch {
    return null;
  }
}

function remove(store: StorageLike | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Gone already, or storage is unusable: nothing to do.
  }
}

const fresh = (): PracticeRecord => ({ v: 2, account: newPracticeAccount() });

export function loadPractice(store: StorageLike | null): Loaded {
  const hadOld = OLD_KEYS.some((key) => read(store, key) !== null);
  OLD_KEYS.forEach((key) => remove(store, key));
  const raw = read(store, PRACTICE_KEY);
  if (raw === null) return { record: fresh(), wasReset: hadOld };
  try {
    const parsed = raw.length > MAX_STORED_LENGTH ? null : recordSchema.safeParse(JSON.parse(raw));
    if (parsed?.success) return { record: parsed.data, wasReset: false };
  } catch {
    // Not JSON: handled below like any other unreadable value.
  }
  remove(store, PRACTICE_KEY);
  return { record: fresh(), wasReset: true };
}

function write(store: StorageLike | null, record: PracticeRecord): boolean {
  try {
    if (!store) return false;
    store.setItem(PRACTICE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Stores the account, keeping the resume point. */
export function saveAccount(store: StorageLike | null, account: PracticeAccount): boolean {
  const { record } = loadPractice(store);
  return write(store, { ...record, account });
}

/**
 * Stores what the reader just did to the account: the fields that changed from `before` to
 * `after`, applied onto the stored account. A flow started from a scenario account (a "Try
 * this step" state) therefore adds its IB Key or card to the reader's account instead of
 * replacing the devices it never knew about.
 */
export function saveAccountChanges(store: StorageLike | null, before: PracticeAccount, after: PracticeAccount): boolean {
  const { record } = loadPractice(store);
  const account: Record<string, unknown> = { ...record.account };
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof PracticeAccount>;
  for (const field of fields) {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    if (after[field] === undefined) delete account[field];
    else account[field] = after[field];
  }
  const parsed = practiceAccountSchema.safeParse(account);
  return parsed.success && write(store, { ...record, account: parsed.data });
}

/** Stores where the reader is in a flow, for the language switch. */
export function saveResume(store: StorageLike | null, resume: ResumePoint): boolean {
  const { record } = loadPractice(store);
  return write(store, { ...record, resume });
}

/** "Reset practice account": forget everything. */
export function clearPractice(store: StorageLike | null): void {
  [PRACTICE_KEY, ...OLD_KEYS].forEach((key) => remove(store, key));
}
