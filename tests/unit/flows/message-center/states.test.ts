import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageCenterScenarios } from '../../../../src/flows/message-center/message-center.scenarios';
import type { MessageCenterState } from '../../../../src/flows/message-center/message-center.types';
import { newPracticeAccount, withMessageSettings } from '../../../../src/flows/services/practice-account';
import { at, flow, fresh, run } from './helpers';

function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/message-center-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

const settings = (s: MessageCenterState) => (s.page.screen === 'settings' ? s.page : null);

/** What each name says the state is. */
const EXPECTED: Record<string, (s: MessageCenterState) => boolean> = {
  'portal-login': (s) => s.page.screen === 'login',
  'portal-home': (s) => s.page.screen === 'home' && !s.menuOpen,
  'user-menu': (s) => s.page.screen === 'home' && s.menuOpen,
  inbox: (s) => s.page.screen === 'inbox' && !s.menuOpen,
  settings: (s) => settings(s)?.saved === false && settings(s)?.problem === undefined,
  'settings-languages': (s) => settings(s)?.form.first === 'ja' && settings(s)?.form.second === 'en',
  'settings-delivery': (s) => settings(s)?.form.delivery === 'sms' && settings(s)?.saved === false,
  'settings-saved': (s) => settings(s)?.saved === true && s.account.messageSettings?.delivery === 'sms' && s.account.messageSettings.first === 'ja',
  'preview-email': (s) => s.preview && settings(s)?.form.delivery === 'email',
  'preview-sms': (s) => s.preview && settings(s)?.form.delivery === 'sms',
  'same-language': (s) => settings(s)?.problem === 'sameLanguage' && s.account.messageSettings === undefined,
  'unsaved-changes': (s) => settings(s)?.leaving === 'inbox',
};

describe('named message-center states', () => {
  it('are exactly the names of docs/message-center-states.md, in its order', () => {
    expect(Object.keys(flow.states)).toEqual(documentedNames());
    expect(Object.keys(EXPECTED)).toEqual(documentedNames());
  });

  it.each(Object.keys(flow.states))('%s replays to what its name says, and survives storage', async (name) => {
    const state = await at(name);
    expect(EXPECTED[name]!(state), name).toBe(true);
    expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
    expect(flow.describe(state)['page']).toBe(state.page.screen);
  });

  it('open on the reader’s own saved settings in "Try this step"', async () => {
    const mine = withMessageSettings(newPracticeAccount(), { first: 'fr', second: 'de', delivery: 'both' })!;
    expect(flow.states['settings']!.fits?.(mine, 'computer')).toBe(true);
    expect(settings(await at('settings', mine))?.form).toEqual({ first: 'fr', second: 'de', delivery: 'both' });
    // The warning needs unsaved changes, whatever the reader saved before.
    for (const delivery of ['email', 'sms', 'both'] as const) {
      const account = withMessageSettings(newPracticeAccount(), { first: 'en', second: 'ja', delivery })!;
      expect(settings(await at('unsaved-changes', account))?.leaving, delivery).toBe('inbox');
    }
  });
});

describe('message-center scenarios', () => {
  it('have unique names', () => {
    const names = messageCenterScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(messageCenterScenarios.map((s) => [s.name, s] as const))('%s ends where it says', (_name, scenario) => {
    const state = run(fresh(), ...scenario.events);
    expect(scenario.expect(state)).toBe(true);
    expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
  });
});
