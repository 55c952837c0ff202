/**
 * The message settings live in the shared practice account: an optional field, so accounts
 * stored before it existed stay valid; invalid settings are refused on every read; the reset
 * forgets them with the rest of the account.
 */
import { describe, expect, it } from 'vitest';
import { clearPractice, loadPractice, PRACTICE_KEY, saveAccount, type StorageLike } from '../../../../src/components/simulators/kit/practice-store';
import { DEMO_USERNAME, newPracticeAccount, parseAccount, withIbKey, withMessageSettings } from '../../../../src/flows/services/practice-account';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function memoryStore(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('message settings in the practice account', () => {
  it('are added beside what the account holds, and replace earlier ones', () => {
    const enrolled = withIbKey(newPracticeAccount(), 'ios', SECRET);
    const once = withMessageSettings(enrolled, { first: 'ja', second: 'en', delivery: 'sms' })!;
    expect(once).toEqual({ ...enrolled, messageSettings: { first: 'ja', second: 'en', delivery: 'sms' } });
    expect(withMessageSettings(once, { first: 'de', second: 'fr', delivery: 'both' })!.messageSettings).toEqual({ first: 'de', second: 'fr', delivery: 'both' });
  });

  it('are refused with the same language twice', () => {
    expect(withMessageSettings(newPracticeAccount(), { first: 'ja', second: 'ja', delivery: 'email' })).toBeNull();
  });

  it('keep an account stored without them valid', () => {
    expect(parseAccount({ username: DEMO_USERNAME })).toEqual({ username: DEMO_USERNAME });
    expect(parseAccount({ username: DEMO_USERNAME, ibKey: { platform: 'ios', secret: SECRET } })).not.toBeNull();
  });

  it.each([
    ['the same language twice', { first: 'en', second: 'en', delivery: 'email' }],
    ['an unknown language', { first: 'xx', second: 'en', delivery: 'email' }],
    ['an unknown delivery method', { first: 'ja', second: 'en', delivery: 'fax' }],
    ['a missing field', { first: 'ja', second: 'en' }],
  ])('make a stored account with %s unreadable', (_label, messageSettings) => {
    expect(parseAccount({ username: DEMO_USERNAME, messageSettings })).toBeNull();
  });

  it('survive the tab’s storage, and the reset forgets them', () => {
    const store = memoryStore();
    const account = withMessageSettings(newPracticeAccount(), { first: 'zh-hant', second: 'ja', delivery: 'both' })!;
    expect(saveAccount(store, account)).toBe(true);
    expect(loadPractice(store).record.account).toEqual(account);
    clearPractice(store);
    expect(store.data.has(PRACTICE_KEY)).toBe(false);
    expect(loadPractice(store).record.account).toEqual(newPracticeAccount());
  });
});
