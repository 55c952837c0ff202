import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/message-center/message-center.machine';
import { messageCenterMilestones } from '../../../../src/flows/message-center/message-center.milestones';
import { delivery, first, GEAR, go, LEAVE, LOG_IN, MENU, SAVE, second, STAY, TO_SETTINGS } from '../../../../src/flows/message-center/message-center.scenario-steps';
import { checkSettings, DEFAULT_SETTINGS, hasUnsavedChanges, noticeChannels } from '../../../../src/flows/message-center/message-center.settings';
import type { MessageCenterEvent } from '../../../../src/flows/message-center/message-center.types';
import { newPracticeAccount, withMessageSettings } from '../../../../src/flows/services/practice-account';
import { fresh, run, T0 } from './helpers';

const onSettings = () => run(fresh(), ...TO_SETTINGS);

describe('the path to the message settings', () => {
  it('goes login → user menu → Secure Message Center → gear, and nowhere while logged out', () => {
    const s = fresh();
    for (const event of [MENU, go('inbox'), GEAR, SAVE, delivery('sms')] as MessageCenterEvent[]) expect(transition(s, event)).toBe(s);
    const home = run(s, LOG_IN);
    expect(home.page.screen).toBe('home');
    expect(run(home, MENU).menuOpen).toBe(true);
    expect(run(home, GEAR)).toBe(home); // the gear is on the message center's page only
    const inbox = run(home, MENU, go('inbox'));
    expect(inbox).toMatchObject({ page: { screen: 'inbox' }, menuOpen: false });
    expect(run(inbox, GEAR).page).toEqual({ screen: 'settings', form: DEFAULT_SETTINGS, saved: false });
  });

  it('ignores events that do not apply, time, and unknown ones, returning the same object', () => {
    const s = onSettings();
    for (const event of [LOG_IN, STAY, LEAVE, { type: 'TICK', now: T0 + 1 }, { type: 'NO_SUCH' }] as MessageCenterEvent[]) expect(transition(s, event)).toBe(s);
    expect(transition(s, first('klingon'))).toBe(s);
    expect(transition(s, delivery('fax'))).toBe(s);
    expect(transition(s, { type: 'PREVIEW', open: false })).toBe(s);
  });

  it('the Escape key (CLOSE_MENU) closes the user menu', () => {
    const open = run(fresh(), LOG_IN, MENU);
    expect(run(open, { type: 'CLOSE_MENU' }).menuOpen).toBe(false);
    expect(run(open, MENU).menuOpen).toBe(false);
  });
});

describe('saving', () => {
  it('stores the settings in the practice account and says so', () => {
    const saved = run(onSettings(), first('fr'), second('ja'), delivery('both'), SAVE);
    expect(saved.account.messageSettings).toEqual({ first: 'fr', second: 'ja', delivery: 'both' });
    expect(saved.page).toMatchObject({ saved: true });
    expect(messageCenterMilestones(run(onSettings(), first('fr'), second('ja')), saved)).toEqual([{ key: 'sim.message-center.live.saved' }]);
    expect(run(saved, delivery('sms')).page).toMatchObject({ saved: false });
  });

  it('refuses the same language twice, keeps the account, and clears the complaint on the next change', () => {
    const before = run(onSettings(), first('ja'), second('ja'));
    const refused = run(before, SAVE);
    expect(refused.page).toMatchObject({ problem: 'sameLanguage', saved: false });
    expect(refused.account).toBe(before.account);
    expect(messageCenterMilestones(before, refused)).toEqual([{ key: 'sim.message-center.settings.sameLanguage' }]);
    expect(run(refused, second('en')).page).not.toHaveProperty('problem');
  });

  it('opens the settings on what was saved, after logging out and in again', () => {
    const saved = run(onSettings(), first('de'), second('fr'), delivery('sms'), SAVE, go('log-out'));
    expect(saved.page.screen).toBe('login');
    expect(run(saved, LOG_IN, MENU, go('inbox'), GEAR).page).toMatchObject({ form: { first: 'de', second: 'fr', delivery: 'sms' } });
  });
});

describe('leaving with unsaved changes', () => {
  it('warns from every way out: Home, the user menu, Cancel (to the message center) and Log out', () => {
    const changed = run(onSettings(), delivery('sms'));
    for (const to of ['home', 'inbox', 'log-out'] as const) {
      const warned = run(changed, go(to));
      expect(warned.page).toMatchObject({ screen: 'settings', leaving: to });
      expect(messageCenterMilestones(changed, warned)).toEqual([{ key: 'sim.message-center.unsaved.body' }]);
    }
  });

  it('stay keeps the changes; leave drops them and goes on; nothing else changes the form meanwhile', () => {
    const warned = run(onSettings(), delivery('sms'), go('home'));
    expect(run(warned, delivery('both'))).toBe(warned);
    expect(run(warned, SAVE)).toBe(warned);
    expect(run(warned, STAY).page).toEqual({ screen: 'settings', form: { ...DEFAULT_SETTINGS, delivery: 'sms' }, saved: false });
    const left = run(warned, LEAVE);
    expect(left.page.screen).toBe('home');
    expect(left.account.messageSettings).toBeUndefined();
  });

  it('does not warn when nothing changed, or the change was undone, or saved', () => {
    expect(run(onSettings(), go('home')).page.screen).toBe('home');
    expect(run(onSettings(), delivery('sms'), delivery('email'), go('home')).page.screen).toBe('home');
    expect(run(onSettings(), delivery('sms'), SAVE, go('home')).page.screen).toBe('home');
  });
});

describe('the settings rules', () => {
  it('compare the form with the saved settings, or the practice defaults', () => {
    const account = withMessageSettings(newPracticeAccount(), { first: 'ja', second: 'en', delivery: 'sms' })!;
    expect(hasUnsavedChanges({ first: 'ja', second: 'en', delivery: 'sms' }, account)).toBe(false);
    expect(hasUnsavedChanges({ first: 'ja', second: 'en', delivery: 'email' }, account)).toBe(true);
    expect(hasUnsavedChanges(DEFAULT_SETTINGS, newPracticeAccount())).toBe(false);
  });

  it('accept two different languages only', () => {
    expect(checkSettings({ first: 'en', second: 'en', delivery: 'email' })).toEqual({ ok: false, problem: 'sameLanguage' });
    expect(checkSettings({ first: 'en', second: 'de', delivery: 'email' })).toMatchObject({ ok: true });
  });

  it('send a summary by e-mail, SMS or both, never by another channel', () => {
    expect(noticeChannels('email')).toEqual(['email']);
    expect(noticeChannels('sms')).toEqual(['sms']);
    expect(noticeChannels('both')).toEqual(['email', 'sms']);
  });

  it('announce logging in and out', () => {
    const home = run(fresh(), LOG_IN);
    expect(messageCenterMilestones(fresh(), home)).toEqual([{ key: 'sim.message-center.live.loggedIn' }]);
    expect(messageCenterMilestones(home, run(home, go('log-out')))).toEqual([{ key: 'sim.message-center.live.loggedOut' }]);
    expect(messageCenterMilestones(home, run(home, MENU))).toEqual([]);
    // A fresh start (the shell's reset) is no log out: the shell says what happened.
    expect(messageCenterMilestones(home, { ...fresh(), clock: { now: T0 + 60_000 } })).toEqual([]);
  });
});
