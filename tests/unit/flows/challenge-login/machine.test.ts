import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/challenge-login/challenge-login.machine';
import { challengeMilestones } from '../../../../src/flows/challenge-login/challenge-login.milestones';
import { SCENARIO_CHALLENGE } from '../../../../src/flows/challenge-login/challenge-login.practice';
import { challengeRemainingMs } from '../../../../src/flows/challenge-login/challenge-login.selectors';
import type { ChallengeEvent } from '../../../../src/flows/challenge-login/challenge-login.types';
import { CHALLENGE_TTL_MS, LOCK_MS } from '../../../../src/flows/services/challenges';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';
import { flow, fresh, run, T0 } from './helpers';

const logIn: ChallengeEvent = { type: 'PORTAL_CONTINUE', now: T0, challenge: SCENARIO_CHALLENGE };
const keys = (text: string): ChallengeEvent[] => [...text].map((key) => ({ type: 'TOKEN_KEY', key }) as ChallengeEvent);

describe('the portal', () => {
  it('refuses a malformed challenge or an older time, and changes nothing', () => {
    const s = fresh('ios');
    expect(transition(s, { type: 'PORTAL_CONTINUE', now: T0, challenge: '12345' })).toBe(s);
    expect(transition(s, { type: 'PORTAL_CONTINUE', now: T0 - 1, challenge: SCENARIO_CHALLENGE })).toBe(s);
  });

  it('refuses an over-long paste whole, and cannot be typed into while the server checks', async () => {
    const s = await run(fresh('ios'), logIn, { type: 'TYPE_RESPONSE', value: '1234' }, { type: 'TYPE_RESPONSE', value: '9'.repeat(33) });
    expect(s.portal).toMatchObject({ input: '1234', problem: 'tooLong' });
    const checking = transition(transition(s, { type: 'TYPE_RESPONSE', value: '12345678' }), { type: 'SUBMIT_RESPONSE' });
    expect(checking.portal).toMatchObject({ checking: '12345678' });
    expect(transition(checking, { type: 'TYPE_RESPONSE', value: '1' })).toBe(checking);
    expect(transition(checking, { type: 'SUBMIT_RESPONSE' })).toBe(checking);
  });

  it('counts a challenge down, stops it while paused, and extends it to the full time again', async () => {
    const s = await run(fresh('ios'), logIn, { type: 'TICK', now: T0 + 60_000 });
    expect(challengeRemainingMs(s)).toBe(CHALLENGE_TTL_MS - 60_000);
    const paused = await run(s, { type: 'PAUSE', now: T0 + 60_000 }, { type: 'TICK', now: T0 + 600_000 });
    expect(challengeRemainingMs(paused)).toBe(CHALLENGE_TTL_MS - 60_000);
    const resumed = await run(paused, { type: 'RESUME', now: T0 + 600_000 });
    expect(challengeRemainingMs(resumed)).toBe(CHALLENGE_TTL_MS - 60_000);
    const extended = await run(resumed, { type: 'TICK', now: T0 + 700_000 }, { type: 'EXTEND', now: T0 + 700_000 });
    expect(challengeRemainingMs(extended)).toBe(CHALLENGE_TTL_MS);
  });

  it('lifts the lock when its time is up, not before', async () => {
    const wrong: ChallengeEvent[] = [{ type: 'TYPE_RESPONSE', value: '12345678' }, { type: 'SUBMIT_RESPONSE' }];
    const locked = await run(fresh('ios'), logIn, ...wrong, ...wrong, ...wrong);
    expect(locked.portal).toEqual({ screen: 'locked', until: T0 + LOCK_MS });
    expect((await run(locked, { type: 'TICK', now: T0 + LOCK_MS - 1 })).portal.screen).toBe('locked');
    expect((await run(locked, { type: 'TICK', now: T0 + LOCK_MS })).portal.screen).toBe('login');
    expect(transition(locked, { type: 'PORTAL_LOG_OUT' })).toBe(locked);
  });

  it('gives a practice device with one click, with the practice PIN', async () => {
    const s = await run(fresh('android', { noDevice: true }), logIn);
    expect(s.portal).toEqual({ screen: 'no-device', preparing: false });
    const ready = await run(s, { type: 'GET_PRACTICE_DEVICE' });
    expect(ready.portal.screen).toBe('challenge');
    expect(ready.account.ibKey).toMatchObject({ platform: 'android', pin: '2468' });
    const token = await run(fresh('token', { noDevice: true }), logIn, { type: 'GET_PRACTICE_DEVICE' });
    expect(token.account.token).toMatchObject({ pin: '1357' });
  });
});

describe('spaces in a response', () => {
  it('are removed, and the done screen says so (real logins want none)', async () => {
    const spaced = await run(fresh('ios'), logIn, { type: 'TYPE_RESPONSE', value: '0032 2509' }, { type: 'SUBMIT_RESPONSE' });
    expect(spaced.portal).toEqual({ screen: 'done', spacesRemoved: true });
    const plain = await run(fresh('ios'), logIn, { type: 'TYPE_RESPONSE', value: '00322509' }, { type: 'SUBMIT_RESPONSE' });
    expect(plain.portal).toEqual({ screen: 'done' });
  });
});

describe('the phone', () => {
  it('goes back along the way it came, not from the response', async () => {
    const s = await run(fresh('ios', { opens: 'portfolio' }), { type: 'TAP', target: 'more' }, { type: 'TAP', target: 'two-factor' });
    expect((await run(s, { type: 'BACK' })).phone).toEqual({ screen: 'menu', menu: 'more' });
    expect((await run(s, { type: 'BACK' }, { type: 'BACK' })).phone).toEqual({ screen: 'portfolio' });
    const response = await run(fresh('ios', { opens: 'home' }), logIn, { type: 'TAP', target: 'authenticate' }, { type: 'TYPE_CHALLENGE', value: SCENARIO_CHALLENGE }, { type: 'GENERATE_PASSCODE' }, { type: 'UNLOCK', method: 'face' });
    expect(response.phone.screen).toBe('response');
    expect(transition(response, { type: 'BACK' })).toBe(response);
    expect((await run(response, { type: 'TAP', target: 'done' })).phone).toEqual({ screen: 'home' });
  });

  it('checks the form of the challenge and the Android PIN before computing, and says which is wrong', async () => {
    const at = await run(fresh('android', { opens: 'home' }), { type: 'TAP', target: 'authenticate' });
    const both = await run(at, { type: 'TYPE_PIN', value: '12' }, { type: 'TYPE_CHALLENGE', value: '４８３９' }, { type: 'GENERATE_PASSCODE' });
    expect(both.phone).toMatchObject({ screen: 'challenge', challengeProblem: 'tooShort', pinProblem: 'tooShort' });
    const fixed = await run(both, { type: 'TYPE_PIN', value: '２４６８' }, { type: 'TYPE_CHALLENGE', value: '483 920' }, { type: 'GENERATE_PASSCODE' });
    expect(fixed.phone.screen).toBe('response');
  });

  it('says IB Key is not active on a phone without it', async () => {
    const s = await run(
      { ...fresh('ios', { opens: 'home' }), account: newPracticeAccount() },
      { type: 'TAP', target: 'authenticate' },
      { type: 'TYPE_CHALLENGE', value: SCENARIO_CHALLENGE },
      { type: 'GENERATE_PASSCODE' },
    );
    expect(s.phone).toEqual({ screen: 'not-activated' });
  });
});

describe('the DSC+ token', () => {
  it('takes 4 PIN digits and 6 challenge digits, no more, and deletes with Clear', async () => {
    const on = await run(fresh('token'), { type: 'TOKEN_POWER' }, ...keys('123456'));
    expect(on.token).toMatchObject({ mode: 'pin', entry: '1234' });
    expect((await run(on, { type: 'TOKEN_KEY', key: 'clear' })).token.entry).toBe('123');
    const short = await run(fresh('token'), { type: 'TOKEN_POWER' }, ...keys('135'), { type: 'TOKEN_KEY', key: 'ok' });
    expect(short.token).toMatchObject({ mode: 'pin', entry: '135' });
    const challenge = await run(fresh('token'), { type: 'TOKEN_POWER' }, ...keys('1357'), { type: 'TOKEN_KEY', key: 'ok' }, ...keys('48392099'));
    expect(challenge.token).toMatchObject({ mode: 'challenge', entry: '483920' });
  });

  it('stays locked when turned off and on, until the practice unlock', async () => {
    const wrong = [...keys('0000'), { type: 'TOKEN_KEY', key: 'ok' }, ...keys('1')] as ChallengeEvent[];
    const locked = await run(fresh('token'), { type: 'TOKEN_POWER' }, ...wrong, ...wrong, ...wrong);
    expect(locked.token.mode).toBe('locked');
    expect((await run(locked, { type: 'TOKEN_POWER' }, { type: 'TOKEN_POWER' })).token.mode).toBe('locked');
    expect((await run(locked, { type: 'TOKEN_UNLOCK' }, { type: 'TOKEN_POWER' })).token.mode).toBe('pin');
  });

  it('ignores phone events, and the phone ignores token events', () => {
    const token = fresh('token');
    expect(transition(token, { type: 'TAP', target: 'services' })).toBe(token);
    const phone = fresh('ios');
    expect(transition(phone, { type: 'TOKEN_POWER' })).toBe(phone);
  });
});

describe('transition is total', () => {
  const s = fresh('android');
  it.each<ChallengeEvent>([
    { type: 'SUBMIT_RESPONSE' },
    { type: 'TYPE_RESPONSE', value: '1' },
    { type: 'RESPONSE_CHECKED', verdict: 'current' },
    { type: 'NEW_CHALLENGE', now: T0 + 1, challenge: '111111' },
    { type: 'PRACTICE_DEVICE_READY', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', challenge: '111111' },
    { type: 'GENERATE_PASSCODE' },
    { type: 'UNLOCK', method: 'face' },
    { type: 'RESPONSE_READY', response: '12345678' },
    { type: 'TOKEN_RESPONSE', response: '12345678' },
    { type: 'PAUSE', now: T0 + 1 },
    { type: 'TICK', now: Number.NaN },
  ])('%j leaves a fresh state as the same object', (event) => {
    expect(transition(s, event)).toBe(s);
  });

  it('ignores event types it does not know', () => {
    expect(flow.transition(s, { type: 'NOPE' } as unknown as ChallengeEvent)).toBe(s);
  });
});

describe('milestones', () => {
  const keysOf = (messages: { key: string }[]) => messages.map((m) => m.key);

  it('announce the challenge, the verdict, a refusal with the tries left, expiry and the lock', async () => {
    const login = fresh('ios');
    const challenge = await run(login, logIn);
    expect(challengeMilestones(login, challenge)).toEqual([{ key: 'sim.challenge-login.live.challenge', vars: { code: SCENARIO_CHALLENGE } }]);
    const wrong = await run(challenge, { type: 'TYPE_RESPONSE', value: '12345678' }, { type: 'SUBMIT_RESPONSE' });
    expect(challengeMilestones(challenge, wrong)).toEqual([{ key: 'sim.challenge-login.response.wrong', vars: { left: 2 } }]);
    const expired = await run(challenge, { type: 'TICK', now: T0 + CHALLENGE_TTL_MS });
    expect(keysOf(challengeMilestones(challenge, expired))).toEqual(['sim.challenge-login.live.expired']);
    expect(challengeMilestones(challenge, await run(challenge, { type: 'TICK', now: T0 + 1000 }))).toEqual([]);
  });

  it('announce the response on the phone and what the token shows', async () => {
    const typed = await run(fresh('android', { opens: 'home' }), { type: 'TAP', target: 'authenticate' }, { type: 'TYPE_PIN', value: '2468' }, { type: 'TYPE_CHALLENGE', value: SCENARIO_CHALLENGE });
    const response = await run(typed, { type: 'GENERATE_PASSCODE' });
    expect(keysOf(challengeMilestones(typed, response))).toEqual(['sim.challenge-login.live.response']);
    const off = fresh('token');
    const on = await run(off, { type: 'TOKEN_POWER' });
    expect(keysOf(challengeMilestones(off, on))).toEqual(['sim.challenge-login.live.tokenPin']);
    const wrongPin = await run(on, ...keys('0000'), { type: 'TOKEN_KEY', key: 'ok' });
    expect(keysOf(challengeMilestones(on, wrongPin))).toEqual(['sim.challenge-login.token.pinWrong']);
  });
});
