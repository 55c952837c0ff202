import { describe, expect, it } from 'vitest';
import { clearPractice, loadPractice, saveAccount, type StorageLike } from '../../../../src/components/simulators/kit/practice-store';
import { DEMO_USERNAME, newPracticeAccount, parseAccount, withIbKey, withPcOtp, withPcOtpUsed } from '../../../../src/flows/services/practice-account';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const roundTrip = (value: unknown) => parseAccount(JSON.parse(JSON.stringify(value)));

function memoryStore(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe('the PC one-time-password app in the practice account', () => {
  it('is optional: accounts stored before it existed stay valid', () => {
    expect(parseAccount({ username: DEMO_USERNAME })).toEqual({ username: DEMO_USERNAME });
    const older = withIbKey(newPracticeAccount(), 'ios', SECRET);
    expect(roundTrip(older)).toEqual(older);
  });

  it('holds the display name, the secret and the last used step, and survives storage', () => {
    const registered = withPcOtp(withIbKey(newPracticeAccount(), 'ios', SECRET), 'Home PC', SECRET);
    expect(registered.pcOtp).toEqual({ displayName: 'Home PC', secret: SECRET });
    const used = withPcOtpUsed(registered, 29_000_000);
    expect(used.pcOtp?.lastUsedStep).toBe(29_000_000);
    expect(roundTrip(used)).toEqual(used);
    expect(used.ibKey).toEqual(registered.ibKey);
  });

  it('never moves the last used step back, and a new registration starts afresh', () => {
    const used = withPcOtpUsed(withPcOtp(newPracticeAccount(), 'Home PC', SECRET), 100);
    expect(withPcOtpUsed(used, 99)).toBe(used);
    expect(withPcOtpUsed(newPracticeAccount(), 5)).toEqual(newPracticeAccount());
    expect(withPcOtp(used, 'Office', SECRET).pcOtp).toEqual({ displayName: 'Office', secret: SECRET });
  });

  it.each([
    ['an empty display name', { displayName: '', secret: SECRET }],
    ['a display name over 20 characters', { displayName: 'x'.repeat(21), secret: SECRET }],
    ['a secret that is not base32', { displayName: 'Home PC', secret: 'not a secret!' }],
    ['a negative step', { displayName: 'Home PC', secret: SECRET, lastUsedStep: -1 }],
    ['a fractional step', { displayName: 'Home PC', secret: SECRET, lastUsedStep: 1.5 }],
  ])('refuses %s', (_label, pcOtp) => {
    expect(parseAccount({ username: DEMO_USERNAME, pcOtp })).toBeNull();
  });

  it('is kept in the tab’s storage with the rest of the account, and reset clears it', () => {
    const store = memoryStore();
    saveAccount(store, withPcOtp(newPracticeAccount(), 'Home PC', SECRET));
    expect(loadPractice(store).record.account.pcOtp?.displayName).toBe('Home PC');
    clearPractice(store);
    expect(loadPractice(store).record.account).toEqual(newPracticeAccount());
  });
});
