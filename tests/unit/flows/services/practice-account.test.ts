import { describe, expect, it } from 'vitest';
import {
  DEMO_USERNAME,
  enrolledAccount,
  newPracticeAccount,
  parseStored,
  PRACTICE_STORAGE_KEY,
  serialise,
} from '../../../../src/flows/services/practice-account';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const stored = (account: unknown) => JSON.stringify({ v: 1, account });

describe('the practice account', () => {
  it('starts unenrolled with the demo username, under a versioned key', () => {
    expect(PRACTICE_STORAGE_KEY).toBe('slhc.practice.v1');
    expect(newPracticeAccount()).toEqual({ username: DEMO_USERNAME, enrolled: false });
    expect(DEMO_USERNAME).toBe('practice.user');
  });

  it('survives a storage round trip, enrolled or not', () => {
    const android = enrolledAccount(newPracticeAccount(), SECRET, 'android', '2468');
    expect(parseStored(serialise(android))).toEqual(android);
    const ios = enrolledAccount(newPracticeAccount(), SECRET, 'ios');
    expect(parseStored(serialise(ios))).toStrictEqual({ username: 'practice.user', enrolled: true, deviceSecret: SECRET, enrolledPlatform: 'ios' });
    expect(parseStored(serialise(newPracticeAccount()))).toEqual(newPracticeAccount());
  });

  it.each([
    ['missing', null],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['an old format (no version)', JSON.stringify({ username: 'practice.user', enrolled: true, deviceSecret: SECRET })],
    ['a future version', JSON.stringify({ v: 2, account: { username: 'practice.user', enrolled: false } })],
    ['another username', stored({ username: 'root', enrolled: false })],
    ['enrolled without a secret', stored({ username: 'practice.user', enrolled: true, enrolledPlatform: 'ios' })],
    ['a secret that is not base32', stored({ username: 'practice.user', enrolled: true, deviceSecret: 'abc!', enrolledPlatform: 'ios' })],
    ['a secret too long', stored({ username: 'practice.user', enrolled: true, deviceSecret: 'A'.repeat(129), enrolledPlatform: 'ios' })],
    ['an unknown platform', stored({ username: 'practice.user', enrolled: true, deviceSecret: SECRET, enrolledPlatform: 'palm' })],
    ['a bad PIN', stored({ username: 'practice.user', enrolled: true, deviceSecret: SECRET, enrolledPlatform: 'android', pin: '12' })],
    ['enrolled as a string', stored({ username: 'practice.user', enrolled: 'true', deviceSecret: SECRET, enrolledPlatform: 'ios' })],
    ['a secret without enrolment', stored({ username: 'practice.user', enrolled: false, deviceSecret: SECRET })],
    ['a huge value', stored({ username: 'practice.user', enrolled: false, junk: 'x'.repeat(5000) })],
  ])('gives a fresh account for %s', (_label, json) => {
    expect(parseStored(json)).toEqual({ username: 'practice.user', enrolled: false });
  });

  it('drops unknown fields', () => {
    const json = stored({ username: 'practice.user', enrolled: true, deviceSecret: SECRET, enrolledPlatform: 'ios', isAdmin: true });
    expect(parseStored(json)).toStrictEqual({ username: 'practice.user', enrolled: true, deviceSecret: SECRET, enrolledPlatform: 'ios' });
  });
});
