import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE, SCENARIO_RESPONSES, SCENARIO_SECRET, PRACTICE_PINS } from '../../../../src/flows/challenge-login/challenge-login.practice';
import { challengeScenarios } from '../../../../src/flows/challenge-login/challenge-login.scenarios';
import type { ChallengeState } from '../../../../src/flows/challenge-login/challenge-login.types';
import { deviceResponse } from '../../../../src/flows/services/challenges';
import { at, flow, replayed } from './helpers';

function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/challenge-login-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

/** What each name says the state is. */
const EXPECTED: Record<string, (s: ChallengeState) => unknown> = {
  'portal-login': (s) => s.portal.screen === 'login',
  'portal-challenge': (s) => s.portal.screen === 'challenge' && s.portal.challenge === SCENARIO_CHALLENGE && s.portal.input === '',
  'portal-response-typed': (s) => s.portal.screen === 'challenge' && s.portal.input === SCENARIO_RESPONSES[SCENARIO_CHALLENGE][s.platform],
  'portal-done': (s) => s.portal.screen === 'done',
  'portal-wrong-response': (s) => s.portal.screen === 'challenge' && s.portal.problem === 'wrongResponse' && s.portal.wrong === 1,
  'portal-old-challenge': (s) => s.portal.screen === 'challenge' && s.portal.problem === 'oldChallenge' && s.portal.challenge === SCENARIO_NEXT_CHALLENGE,
  'portal-expired': (s) => s.portal.screen === 'challenge' && s.clock.now >= s.portal.expiresAt,
  'portal-locked': (s) => s.portal.screen === 'locked',
  'portal-no-device': (s) => s.portal.screen === 'no-device' && s.account.ibKey === undefined && s.account.token === undefined,
  'ios-home': (s) => s.phone.screen === 'home',
  'ios-login': (s) => s.phone.screen === 'login',
  'ios-services': (s) => s.phone.screen === 'menu' && s.phone.menu === 'services',
  'ios-portfolio': (s) => s.phone.screen === 'portfolio',
  'ios-more': (s) => s.phone.screen === 'menu' && s.phone.menu === 'more',
  'ios-two-factor': (s) => s.phone.screen === 'menu' && s.phone.menu === 'two-factor',
  'ios-challenge': (s) => s.phone.screen === 'challenge' && s.phone.challenge === SCENARIO_CHALLENGE,
  'ios-unlock': (s) => s.phone.screen === 'unlock',
  'ios-response': (s) => s.phone.screen === 'response' && s.phone.response === SCENARIO_RESPONSES[SCENARIO_CHALLENGE].ios,
  'android-home': (s) => s.phone.screen === 'home',
  'android-login': (s) => s.phone.screen === 'login',
  'android-services': (s) => s.phone.screen === 'menu' && s.phone.menu === 'services',
  'android-portfolio': (s) => s.phone.screen === 'portfolio',
  'android-more': (s) => s.phone.screen === 'menu' && s.phone.menu === 'more',
  'android-two-factor': (s) => s.phone.screen === 'menu' && s.phone.menu === 'two-factor',
  'android-challenge': (s) => s.phone.screen === 'challenge' && s.phone.pin === PRACTICE_PINS.android,
  'android-response': (s) => s.phone.screen === 'response' && s.phone.response === SCENARIO_RESPONSES[SCENARIO_CHALLENGE].android,
  'token-off': (s) => s.token.mode === 'off',
  'token-pin': (s) => s.token.mode === 'pin' && s.token.entry === PRACTICE_PINS.token,
  'token-challenge': (s) => s.token.mode === 'challenge' && s.token.entry === SCENARIO_CHALLENGE,
  'token-response': (s) => s.token.mode === 'response' && s.token.response === SCENARIO_RESPONSES[SCENARIO_CHALLENGE].token,
  'token-pin-wrong': (s) => s.token.mode === 'pin-wrong' && s.token.wrongPins === 1,
  'token-locked': (s) => s.token.mode === 'locked',
};

describe('named challenge-login states', () => {
  it('are exactly the names of docs/challenge-login-states.md, in its order', () => {
    expect(Object.keys(flow.states)).toEqual(documentedNames());
  });

  it('use the device of their name; portal states take the page’s', () => {
    for (const [name, named] of Object.entries(flow.states)) {
      const device = name.split('-')[0];
      expect(named.platform, name).toBe(device === 'portal' ? undefined : device);
    }
  });

  it.each(Object.keys(flow.states))('%s replays to what its name says, on every device it can show', async (name) => {
    const named = flow.states[name]!;
    for (const platform of named.platform ? [named.platform] : (['ios', 'android', 'token'] as const)) {
      const state = await replayed(named, platform);
      expect(EXPECTED[name]?.(state), `${name} on ${platform}`).toBe(true);
      expect(flow.parseState(JSON.parse(JSON.stringify(state))), name).toStrictEqual(state);
    }
  });

  it('use the reader’s own device where it fits, but never for a state that types a scenario response', () => {
    const mine = { username: 'practice.user' as const, ibKey: { platform: 'android' as const, secret: SCENARIO_SECRET, pin: '9753' } };
    expect(flow.states['android-challenge']!.fits?.(mine, 'android')).toBe(true);
    expect(flow.states['android-challenge']!.fits?.(mine, 'ios')).toBe(false);
    for (const name of ['portal-response-typed', 'portal-done', 'portal-old-challenge', 'portal-no-device']) expect(flow.states[name]!.fits, name).toBeUndefined();
  });

  it('type the reader’s own PIN when it is the reader’s device', async () => {
    const mine = { username: 'practice.user' as const, ibKey: { platform: 'android' as const, secret: SCENARIO_SECRET, pin: '9753' } };
    const named = flow.states['android-challenge']!;
    const events = typeof named.events === 'function' ? named.events(mine, 'android') : named.events;
    expect(events).toContainEqual({ type: 'TYPE_PIN', value: '9753' });
  });
});

describe('scenario values', () => {
  it('are what the devices really compute', async () => {
    for (const challenge of [SCENARIO_CHALLENGE, SCENARIO_NEXT_CHALLENGE] as const) {
      for (const platform of ['ios', 'android', 'token'] as const) {
        expect(await deviceResponse(platform, SCENARIO_SECRET, challenge, PRACTICE_PINS.android)).toBe(SCENARIO_RESPONSES[challenge][platform]);
      }
    }
  });
});

describe('challenge-login scenarios', () => {
  it('have unique names', () => {
    const names = challengeScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(challengeScenarios.map((s) => [s.name, s] as const))('%s ends where it says', async (_name, scenario) => {
    const named = { platform: scenario.platform, events: scenario.events, shows: 'portal', ...(scenario.setup ? { setup: scenario.setup } : {}) };
    const state = await replayed(named, scenario.platform);
    expect(state.portal.screen).toBe(scenario.expect.portal);
    if (scenario.expect.problem !== undefined) expect(state.portal).toMatchObject({ problem: scenario.expect.problem });
    if (scenario.expect.phone !== undefined) expect(state.phone.screen).toBe(scenario.expect.phone);
    if (scenario.expect.token !== undefined) expect(state.token.mode).toBe(scenario.expect.token);
    expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
  });

  it('a replay from the reader’s account does not differ from the live one: same device, same response', async () => {
    const state = await at('android-response');
    expect(state.phone).toMatchObject({ screen: 'response', response: SCENARIO_RESPONSES[SCENARIO_CHALLENGE].android });
  });
});
