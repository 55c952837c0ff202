import { describe, expect, it } from 'vitest';
import {
  clearPractice, ENROLLMENT_STATE_KEY, isEnrollmentState, loadAccount, loadSimState, readItem, removeItem,
  saveAccount, saveSimState, writeItem, type StorageLike,
} from '../../../src/components/simulators/practice-storage';
import { createEnrollment } from '../../../src/flows/enrollment/enrollment.machine';
import { findEnrollmentState, replayState } from '../../../src/flows/enrollment/enrollment.scenarios';
import { enrolledAccount, newPracticeAccount, PRACTICE_STORAGE_KEY } from '../../../src/flows/services/practice-account';

class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Storage that refuses everything, like a sandboxed frame or a full quota. */
const broken: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('the storage guards', () => {
  it('never throws, whatever the storage does', () => {
    for (const store of [null, broken]) {
      expect(readItem(store, 'k')).toBeNull();
      expect(writeItem(store, 'k', 'v')).toBe(false);
      expect(() => removeItem(store, 'k')).not.toThrow();
      expect(loadAccount(store)).toBeNull();
      expect(saveAccount(store, newPracticeAccount())).toBe(false);
      expect(loadSimState(store)).toBeNull();
      expect(saveSimState(store, createEnrollment({ platform: 'ios', now: 0 }))).toBe(false);
      expect(() => clearPractice(store)).not.toThrow();
    }
  });
});

describe('the practice account', () => {
  it('round-trips an enrolled account under the shared key', () => {
    const store = new FakeStorage();
    const account = enrolledAccount(newPracticeAccount(), SECRET, 'android', '2468');
    expect(saveAccount(store, account)).toBe(true);
    expect(store.items.has(PRACTICE_STORAGE_KEY)).toBe(true);
    expect(loadAccount(store)).toEqual(account);
  });

  it('gives null when nothing is stored, a fresh account when the data is junk', () => {
    const store = new FakeStorage();
    expect(loadAccount(store)).toBeNull();
    store.setItem(PRACTICE_STORAGE_KEY, '{not json');
    expect(loadAccount(store)).toEqual(newPracticeAccount());
  });
});

describe('the simulator state', () => {
  it('round-trips a whole state (for ?try=resume)', () => {
    const store = new FakeStorage();
    const named = findEnrollmentState('android-pin');
    if (!named) throw new Error('named state missing');
    const state = replayState(named, 1_000_000);
    expect(saveSimState(store, state)).toBe(true);
    expect(loadSimState(store)).toEqual(state);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 2, state: createEnrollment({ platform: 'ios', now: 0 }) })],
    ['no version', JSON.stringify(createEnrollment({ platform: 'ios', now: 0 }))],
    ['a wrong shape', JSON.stringify({ v: 1, state: { platform: 'windows' } })],
    ['a bad history', JSON.stringify({ v: 1, state: { ...createEnrollment({ platform: 'ios', now: 0 }), history: [1] } })],
  ])('throws away %s', (_, raw) => {
    const store = new FakeStorage();
    store.setItem(ENROLLMENT_STATE_KEY, raw);
    expect(loadSimState(store)).toBeNull();
  });

  it('recognises a state by its shape', () => {
    expect(isEnrollmentState(createEnrollment({ platform: 'android', now: 5 }))).toBe(true);
    expect(isEnrollmentState(null)).toBe(false);
    expect(isEnrollmentState([])).toBe(false);
  });

  it('"Reset practice account" clears both keys and nothing else', () => {
    const store = new FakeStorage();
    saveAccount(store, newPracticeAccount());
    saveSimState(store, createEnrollment({ platform: 'android', now: 0 }));
    store.setItem('other', 'kept');
    clearPractice(store);
    expect([...store.items.keys()]).toEqual(['other']);
  });
});
