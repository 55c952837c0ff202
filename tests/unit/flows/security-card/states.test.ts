import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay, seededIO } from '../../../../src/flows/kit/replay';
import { securityCardFlow as flow } from '../../../../src/flows/security-card/security-card.flow';
import { today, transition } from '../../../../src/flows/security-card/security-card.machine';
import { ACTIVATION_INDICES, LOGIN_INDICES, SCENARIO_CARD, joined, logIn, passcode } from '../../../../src/flows/security-card/security-card.scenario-steps';
import type { SecurityCardEvent, SecurityCardState } from '../../../../src/flows/security-card/security-card.types';
import { DAY_MS } from '../../../../src/flows/services/security-cards';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const at = (name: string, account = newPracticeAccount()) =>
  replay<SecurityCardState>(flow, flow.states[name]!, { platform: 'computer', startTime: T0, account, io: seededIO() });
const run = (state: SecurityCardState, ...events: SecurityCardEvent[]) => events.reduce(transition, state);

function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/security-card-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

const EXPECTED: Record<string, (s: SecurityCardState) => unknown> = {
  login: (s) => s.screen.screen === 'login' && s.screen.passcode === '',
  'login-lowercase': (s) => s.screen.screen === 'login' && s.screen.problem === 'lowerCase',
  'login-space': (s) => s.screen.screen === 'login' && s.screen.problem === 'space',
  card: (s) => s.screen.screen === 'card' && s.account.card?.values.join() === SCENARIO_CARD.join(),
  activation: (s) => s.screen.screen === 'values' && s.screen.purpose === 'activate' && s.screen.indices.join() === ACTIVATION_INDICES.join(),
  'activation-typed': (s) => s.screen.screen === 'values' && s.screen.input === joined(SCENARIO_CARD, ACTIVATION_INDICES) && s.screen.problem === undefined,
  'activation-space': (s) => s.screen.screen === 'values' && s.screen.problem === 'space',
  'activation-one-value': (s) => s.screen.screen === 'values' && s.screen.problem === 'oneValue',
  'activation-wrong-order': (s) => s.screen.screen === 'values' && s.screen.problem === 'wrongOrder' && s.screen.wrong === 1,
  'activation-wrong-value': (s) => s.screen.screen === 'values' && s.screen.problem === 'wrongFirst',
  'activation-locked': (s) => s.screen.screen === 'locked',
  confirmation: (s) => s.screen.screen === 'confirmation' && s.screen.expiresAt === Date.UTC(2026, 0, 26),
  'card-login': (s) => s.screen.screen === 'values' && s.screen.purpose === 'login' && s.screen.indices.join() === LOGIN_INDICES.join(),
  'card-expired': (s) => s.screen.screen === 'expired',
};

describe('named security-card states', () => {
  it('are exactly the names of docs/security-card-states.md, in its order', () => {
    expect(Object.keys(flow.states)).toEqual(documentedNames());
  });

  it.each(Object.keys(flow.states))('%s replays to what its name says, and is stored and read back unchanged', async (name) => {
    const state = await at(name);
    expect(EXPECTED[name]?.(state)).toBe(true);
    expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
  });

  it('after activation, use the reader’s own active card when they have one', async () => {
    const mine = (await at('confirmation')).account;
    expect(flow.states['card-login']!.fits?.(mine, 'computer')).toBe(true);
    expect(flow.states['card-login']!.fits?.(newPracticeAccount(), 'computer')).toBe(false);
    const state = await at('card-login', mine);
    expect(state.account.card).toEqual(mine.card);
    expect(state.screen).toMatchObject({ screen: 'values', purpose: 'login' });
  });
});

describe('the card over time', () => {
  it('keeps the same card from print to login, and logs in for 20 days, not on the 21st', async () => {
    const activatedState = run(await at('confirmation'), { type: 'OK' }, { type: 'LOG_OUT' });
    const card = activatedState.account.card!;
    const loginOn = (days: number) => run({ ...activatedState, daysAhead: days }, logIn());
    const day20 = loginOn(20);
    expect(day20.screen).toMatchObject({ screen: 'values', purpose: 'login' });
    expect(run(day20, { type: 'TYPE_VALUES', value: joined(card.values, [7, 26]) }, { type: 'SUBMIT_VALUES' }).screen).toEqual({ screen: 'home' });
    expect(loginOn(21).screen).toEqual({ screen: 'expired' });
    expect(loginOn(22).screen).toEqual({ screen: 'expired' });
    expect(today({ ...activatedState, daysAhead: 21 }) - today(activatedState)).toBe(21 * DAY_MS);
  });

  it('after expiry, a new temporary passcode gives a new card to activate', async () => {
    const expired = await at('card-expired');
    const back = run(expired, { type: 'START_AGAIN' }, passcode(), { type: 'LOG_IN', now: T0 + 1, indices: [1, 2], newCard: Array(40).fill('123') });
    expect(back.screen).toEqual({ screen: 'card', printed: false });
    expect(back.account.card).toEqual({ values: Array(40).fill('123') });
  });

  it('the practice calendar only moves forward, and says so when the card runs out while logged in', async () => {
    const home = run(await at('confirmation'), { type: 'OK' });
    expect(transition(home, { type: 'ADVANCE_DAYS', days: -3 })).toBe(home);
    expect(run(home, { type: 'ADVANCE_DAYS', days: 7 }).screen).toEqual({ screen: 'home' });
    expect(run(home, { type: 'ADVANCE_DAYS', days: 21 }).screen).toEqual({ screen: 'expired' });
    expect(flow.actions?.(home).map((a) => a.id)).toEqual(['day', 'week', 'expiry']);
    expect(flow.actions?.(await at('login'))).toEqual([]);
  });

  it('a form problem is explained but not counted; three real mistakes stop the activation', async () => {
    const activation = await at('activation');
    const space = run(activation, { type: 'TYPE_VALUES', value: '123 456' }, { type: 'SUBMIT_VALUES' });
    expect(space.screen).toMatchObject({ problem: 'space', wrong: 0 });
    expect((await at('activation-locked')).screen).toEqual({ screen: 'locked' });
  });

  it('refuses malformed logins and ignores what does not apply', async () => {
    const login = await at('login');
    expect(transition(login, { type: 'LOG_IN', now: T0, indices: [3, 3], newCard: SCENARIO_CARD })).toBe(login);
    expect(transition(login, { type: 'LOG_IN', now: T0, indices: [1, 2], newCard: ['12'] })).toBe(login);
    expect(transition(login, { type: 'OK' })).toBe(login);
    expect(transition(login, { type: 'SUBMIT_VALUES' })).toBe(login);
    expect(transition(login, { type: 'TYPE_PASSCODE', value: 'x'.repeat(65) }).screen).toMatchObject({ problem: 'tooLong' });
  });
});

describe('milestones', () => {
  it('announce the card, the index numbers asked, a refusal with its index numbers, activation', async () => {
    const keys = (a: SecurityCardState, b: SecurityCardState) => flow.milestones(a, b).map((m) => m.key);
    expect(keys(await at('login'), await at('card'))).toEqual(['sim.security-card.live.card']);
    expect(flow.milestones(await at('card'), await at('activation'))).toEqual([{ key: 'sim.security-card.live.indices', vars: { first: 12, second: 31 } }]);
    const typed = await at('activation-typed');
    const wrongOrder = run({ ...typed, screen: { ...(typed.screen as object), input: joined(SCENARIO_CARD, [31, 12]) } } as SecurityCardState, { type: 'SUBMIT_VALUES' });
    expect(keys({ ...wrongOrder, screen: { ...(wrongOrder.screen as object), problem: undefined } } as SecurityCardState, wrongOrder)).toEqual(['sim.security-card.values.wrongOrder']);
    expect(keys(typed, await at('confirmation'))).toEqual(['sim.security-card.live.activated']);
  });
});
