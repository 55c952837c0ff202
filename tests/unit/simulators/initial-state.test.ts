import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/components/simulators/enrollment/initial-state';
import { saveAccount, saveSimState, type StorageLike } from '../../../src/components/simulators/practice-storage';
import { findEnrollmentState, replayState } from '../../../src/flows/enrollment/enrollment.scenarios';
import { enrolledAccount, newPracticeAccount } from '../../../src/flows/services/practice-account';

const memory = (): StorageLike => {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};
const NOW = 1_700_000_000_000;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('where the simulator starts', () => {
  it('fresh: Android, app login, portal logged out, the stored practice account', () => {
    const store = memory();
    const account = enrolledAccount(newPracticeAccount(), SECRET, 'ios');
    saveAccount(store, account);
    const { state, notFound } = initialState(null, store, NOW);
    expect(notFound).toBe(false);
    expect(state.platform).toBe('android');
    expect(state.phone.screen).toBe('app-login');
    expect(state.portal.screen).toBe('login');
    expect(state.account).toEqual(account);
    expect(initialState(null, null, NOW).state.account).toEqual(newPracticeAccount());
  });

  it('a named state is replayed from now', () => {
    const named = findEnrollmentState('ios-activation-code');
    if (!named) throw new Error('named state missing');
    expect(initialState('ios-activation-code', memory(), NOW).state).toEqual(replayState(named, NOW));
  });

  it('resume restores the saved state, or starts fresh without one', () => {
    const store = memory();
    expect(initialState('resume', store, NOW).state.phone.screen).toBe('app-login');
    const named = findEnrollmentState('android-camera');
    if (!named) throw new Error('named state missing');
    const saved = replayState(named, NOW - 60_000);
    saveSimState(store, saved);
    expect(initialState('resume', store, NOW).state).toEqual(saved);
  });

  it('an unknown name starts fresh and says so', () => {
    const { state, notFound } = initialState('no-such-step', memory(), NOW);
    expect(notFound).toBe(true);
    expect(state.phone.screen).toBe('app-login');
  });
});
