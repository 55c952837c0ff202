import { describe, expect, it } from 'vitest';
import { DEMO_USERNAME, isEnrolled, newPracticeAccount, parseAccount, withIbKey, withToken } from '../../../../src/flows/services/practice-account';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const roundTrip = (value: unknown) => parseAccount(JSON.parse(JSON.stringify(value)));

describe('the practice account', () => {
  it('starts with the demo username and no device', () => {
    expect(newPracticeAccount()).toEqual({ username: DEMO_USERNAME });
    expect(isEnrolled(newPracticeAccount())).toBe(false);
  });

  it('holds IB Key on one phone (Android with its PIN) and a DSC+ token, and survives storage', () => {
    const android = withIbKey(newPracticeAccount(), 'android', SECRET, '2468');
    expect(android).toEqual({ username: DEMO_USERNAME, ibKey: { platform: 'android', secret: SECRET, pin: '2468' } });
    const both = withToken(android, SECRET, '1357');
    expect(roundTrip(both)).toEqual(both);
    expect(isEnrolled(both)).toBe(true);
    // Activating on another phone replaces the IB Key: one IB Key per user.
    expect(withIbKey(both, 'ios', SECRET).ibKey).toEqual({ platform: 'ios', secret: SECRET });
  });

  it('never stores a PIN for an iPhone IB Key', () => {
    expect(withIbKey(newPracticeAccount(), 'ios', SECRET, '2468').ibKey).toEqual({ platform: 'ios', secret: SECRET });
  });

  const ibKey = (change: Record<string, unknown>) => ({ username: DEMO_USERNAME, ibKey: { platform: 'android', secret: SECRET, pin: '2468', ...change } });
  it.each([
    ['null', null],
    ['an array', []],
    ['another username', { username: 'root' }],
    ['a secret that is not base32', ibKey({ secret: 'abc!' })],
    ['a secret too long', ibKey({ secret: 'A'.repeat(129) })],
    ['an unknown platform', ibKey({ platform: 'palm' })],
    ['an IB Key PIN of 3 digits', ibKey({ pin: '123' })],
    ['an IB Key PIN of 7 digits', ibKey({ pin: '1234567' })],
    ['an IB Key PIN with letters', ibKey({ pin: '12a4' })],
    ['an Android IB Key without its PIN', ibKey({ pin: undefined })],
    ['an iPhone IB Key with a PIN', ibKey({ platform: 'ios' })],
    ['a token PIN of 6 digits', { username: DEMO_USERNAME, token: { secret: SECRET, pin: '123456' } }],
    ['a token without a secret', { username: DEMO_USERNAME, token: { pin: '1234' } }],
  ])('refuses %s', (_label, value) => {
    expect(parseAccount(value)).toBeNull();
  });

  it('drops unknown fields', () => {
    expect(parseAccount({ ...ibKey({}), isAdmin: true })).toStrictEqual(ibKey({}));
  });
});
