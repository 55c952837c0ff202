import { describe, expect, it } from 'vitest';
import { clearPractice, loadPractice, PRACTICE_KEY, saveAccount, saveAccountChanges, saveResume, type StorageLike } from '../../../src/components/simulators/kit/practice-store';
import { flowIds } from '../../../src/components/simulators/kit/registry';
import { newPracticeAccount, withIbKey } from '../../../src/flows/services/practice-account';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
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
const android = withIbKey(newPracticeAccount(), 'android', SECRET, '2468');

describe('the practice store', () => {
  it('keeps the account and the resume point under one versioned key', () => {
    const store = new MemoryStorage();
    expect(saveAccount(store, android)).toBe(true);
    expect(saveResume(store, { flow: 'some-flow', version: 3, state: { any: 'thing' } })).toBe(true);
    expect([...store.items.keys()]).toEqual([PRACTICE_KEY]);
    expect(PRACTICE_KEY).toBe('slhc.practice.v2');
    expect(loadPractice(store)).toEqual({
      record: { v: 2, account: android, resume: { flow: 'some-flow', version: 3, state: { any: 'thing' } } },
      wasReset: false,
    });
  });

  it('starts fresh, without a notice, when nothing is stored', () => {
    expect(loadPractice(new MemoryStorage())).toEqual({ record: { v: 2, account: newPracticeAccount() }, wasReset: false });
  });

  const stored = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  it.each([
    ['not JSON', '{oops'],
    ['JSON null', null],
    ['another version', { v: 1, account: android }],
    ['a PIN of the wrong length', { v: 2, account: { ...android, ibKey: { ...android.ibKey, pin: '12' } } }],
    ['a tampered username', { v: 2, account: { username: 'admin' } }],
    ['a resume point without a flow', { v: 2, account: android, resume: { version: 1, state: {} } }],
    ['a huge value', { v: 2, account: android, junk: 'x'.repeat(70_000) }],
  ])('resets %s, with a notice, and removes it', (_label, value) => {
    const store = new MemoryStorage();
    store.setItem(PRACTICE_KEY, stored(value));
    expect(loadPractice(store)).toEqual({ record: { v: 2, account: newPracticeAccount() }, wasReset: true });
    expect(store.items.has(PRACTICE_KEY)).toBe(false);
  });

  it('removes the keys of the first version, with a notice', () => {
    const store = new MemoryStorage();
    store.setItem('slhc.practice.v1', '{"v":1}');
    store.setItem(`help-center.sim.${flowIds[0]}.state.v1`, '{}');
    expect(loadPractice(store).wasReset).toBe(true);
    expect(store.items.size).toBe(0);
  });

  it('applies what a flow changed onto the stored account, keeping what that flow never knew about', () => {
    const store = new MemoryStorage();
    const withToken = { ...newPracticeAccount(), token: { secret: SECRET, pin: '1357' } };
    saveAccount(store, withToken);
    // A flow ran from a fresh scenario account and activated IB Key on Android.
    expect(saveAccountChanges(store, newPracticeAccount(), android)).toBe(true);
    expect(loadPractice(store).record.account).toEqual({ ...withToken, ibKey: android.ibKey });
    // Removing a field removes it; unchanged fields stay as stored.
    expect(saveAccountChanges(store, android, newPracticeAccount())).toBe(true);
    expect(loadPractice(store).record.account).toEqual(withToken);
  });

  it('forgets everything on reset', () => {
    const store = new MemoryStorage();
    saveAccount(store, android);
    clearPractice(store);
    expect(store.items.size).toBe(0);
  });

  it('never throws, whatever the storage does', () => {
    for (const store of [null, broken]) {
      expect(loadPractice(store)).toEqual({ record: { v: 2, account: newPracticeAccount() }, wasReset: false });
      expect(saveAccount(store, android)).toBe(false);
      expect(saveResume(store, { flow: 'x', version: 1, state: null })).toBe(false);
      expect(() => clearPractice(store)).not.toThrow();
    }
  });
});
