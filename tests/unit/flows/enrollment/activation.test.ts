import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentEvent, EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';
import { CODE, logIn, run, SECRET, start, T0 } from './helpers';

const tap = (target: string) => ({ type: 'TAP', target }) as EnrollmentEvent;
const typeCode = (value: string): EnrollmentEvent => ({ type: 'TYPE_CODE', value });
const typePin = (value: string): EnrollmentEvent => ({ type: 'TYPE_PIN', value });
const SUBMIT: EnrollmentEvent = { type: 'SUBMIT_CODE' };
const ACTIVATE: EnrollmentEvent = { type: 'ACTIVATE' };

const androidCodeField = (s: EnrollmentState = start('android')) =>
  run(s, logIn(), tap('services'), tap('authenticate'), tap('add-user'), tap('session-id'));
const iosCodeField = (s: EnrollmentState = start('ios')) =>
  run(s, logIn(), tap('services'), tap('authenticate'), tap('add-user'), tap('setup-qr'));
const offerOf = (s: EnrollmentState) => (s.portal.screen === 'home' ? s.portal.offer : null);

describe('the code field', () => {
  it('keeps what was typed and refuses more than 64 characters whole', () => {
    const typed = run(androidCodeField(), typeCode('K7QM-3X'));
    expect(typed.phone).toEqual({ screen: 'code-entry', input: 'K7QM-3X' });
    const tooLong = run(typed, typeCode('A'.repeat(65)));
    expect(tooLong.phone).toEqual({ screen: 'code-entry', input: 'K7QM-3X', problem: 'tooLong' });
    expect(run(tooLong, typeCode('K7QM-3XT')).phone).toEqual({ screen: 'code-entry', input: 'K7QM-3XT' });
  });

  it.each([
    ['', 'empty'],
    ['K7QM3XT', 'tooShort'],
    ['K7QM3XTPP', 'tooLong'],
    ['K7QM3XT0', 'badCharacter'],
  ] as const)('refuses %j on submit with %s and stays', (input, problem) => {
    const s = run(androidCodeField(), typeCode(input), SUBMIT);
    expect(s.phone).toEqual({ screen: 'code-entry', input, problem });
  });

  it('on Android leads to the PIN with the normalised code', () => {
    const s = run(androidCodeField(), typeCode('k7qm 3xtp'), SUBMIT);
    expect(s.phone).toEqual({ screen: 'pin-entry', code: CODE, pin: '' });
    expect(run(s, { type: 'BACK' }).phone).toEqual({ screen: 'code-entry', input: 'k7qm 3xtp' });
  });

  it('on iOS activates straight away (no unlock on the typed path)', () => {
    const s = run(iosCodeField(), typeCode('K7QM-3XTP'), SUBMIT);
    expect(s.phone).toEqual({ screen: 'activating', code: CODE });
    expect(offerOf(s)?.used).toBe(true);
  });
});

describe('the Android PIN', () => {
  const atPin = () => run(androidCodeField(), typeCode(CODE), SUBMIT);

  it.each([
    ['12', 'tooShort'],
    ['', 'empty'],
    ['1234567', 'tooLong'],
    ['12a4', 'notDigits'],
  ] as const)('refuses %j with %s and sends nothing', (pin, problem) => {
    const s = run(atPin(), typePin(pin), ACTIVATE);
    expect(s.phone).toEqual({ screen: 'pin-entry', code: CODE, pin, problem });
    expect(offerOf(s)?.used).toBe(false);
  });

  it('refuses over-long typing whole', () => {
    const s = run(atPin(), typePin('1234'), typePin('1'.repeat(17)));
    expect(s.phone).toEqual({ screen: 'pin-entry', code: CODE, pin: '1234', problem: 'tooLong' });
  });

  it('accepts full-width digits and keeps the PIN for the account', () => {
    const activating = run(atPin(), typePin('１３５７'), ACTIVATE);
    expect(activating.phone).toEqual({ screen: 'activating', code: CODE, pin: '1357' });
    const done = run(activating, { type: 'SECRET_CREATED', secret: SECRET });
    expect(done.account).toEqual({ username: 'practice.user', ibKey: { platform: 'android', secret: SECRET, pin: '1357' } });
    expect(done.phone).toEqual({ screen: 'success' });
    expect(done.history).toEqual([]);
    expect(run(done, tap('done')).phone).toEqual({ screen: 'app-home' });
  });
});

describe('activation results', () => {
  const activating = () => run(iosCodeField(), typeCode(CODE), SUBMIT);

  it('ignores a secret that is not base32', () => {
    const s = activating();
    expect(transition(s, { type: 'SECRET_CREATED', secret: 'not base32!' })).toBe(s);
    expect(transition(s, { type: 'SECRET_CREATED', secret: 'ABC' })).toBe(s);
  });

  it('iOS accounts have no PIN', () => {
    const s = run(activating(), { type: 'SECRET_CREATED', secret: SECRET });
    expect(s.account).toEqual({ username: 'practice.user', ibKey: { platform: 'ios', secret: SECRET } });
  });

  it('abandoning the wait spends the code: the next try is "expired"', () => {
    const again = run(activating(), { type: 'BACK' });
    expect(again.phone).toEqual({ screen: 'code-entry', input: CODE });
    const s = run(again, SUBMIT);
    expect(s.phone).toEqual({ screen: 'error', cause: 'usedOrExpired' });
    expect(s.account.ibKey).toBeUndefined();
  });

  it('a phone without a portal login gets notLoggedIn', () => {
    const s = run(iosCodeField(), { type: 'PORTAL_LOG_OUT' }, typeCode(CODE), SUBMIT);
    expect(s.phone).toEqual({ screen: 'error', cause: 'notLoggedIn' });
  });

  it('DONE on an error returns to an empty code field, with the path behind it', () => {
    const field = iosCodeField();
    const s = run(field, typeCode('K7QM3XPT'), SUBMIT);
    expect(s.phone).toEqual({ screen: 'error', cause: 'wrongCode' });
    expect(offerOf(s)?.wrongAttempts).toBe(1);
    const back = run(s, tap('done'));
    expect(back.phone).toEqual({ screen: 'code-entry', input: '' });
    expect(back.history).toEqual(field.history);
    expect(transition(s, { type: 'BACK' })).toBe(s);
  });

  it('DONE on the error for an enrolled user also returns to the code field (the app cannot tell the causes apart)', () => {
    const confirmed = run(start('ios', { enrolled: true }), logIn(), { type: 'TAP_NOTIFICATION' });
    const field = run(confirmed, tap('services'), tap('authenticate'), tap('add-user'), tap('setup-qr'));
    const s = run(field, typeCode(CODE), SUBMIT);
    expect(s.phone).toEqual({ screen: 'error', cause: 'alreadyEnrolled' });
    expect(run(s, tap('done')).phone).toEqual({ screen: 'code-entry', input: '' });
  });

  it('the third wrong code burns the offer; even the right code is then refused', () => {
    const wrong = [typeCode('K7QM3XPT'), SUBMIT];
    const s = run(iosCodeField(), ...wrong, tap('done'), ...wrong, tap('done'), ...wrong);
    expect(s.phone).toEqual({ screen: 'error', cause: 'tooManyAttempts' });
    expect(offerOf(s)).toMatchObject({ wrongAttempts: 3, used: true });
    const right = run(s, tap('done'), typeCode(CODE), SUBMIT);
    expect(right.phone).toEqual({ screen: 'error', cause: 'tooManyAttempts' });
  });

  it('expires exactly at issuedAt + 5 minutes', () => {
    const typed = run(iosCodeField(), typeCode(CODE));
    expect(run(typed, { type: 'TICK', now: T0 + 299_999 }, SUBMIT).phone.screen).toBe('activating');
    expect(run(typed, { type: 'TICK', now: T0 + 300_000 }, SUBMIT).phone).toEqual({ screen: 'error', cause: 'usedOrExpired' });
  });
});
