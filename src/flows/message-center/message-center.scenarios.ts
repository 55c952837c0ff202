/**
 * End-to-end scenarios: plain event lists with where they must end, replayed by the unit tests
 * through the machine (and the same paths the e2e tests click through).
 */
import {
  delivery, first, GEAR, go, LANGUAGES, LEAVE, LOG_IN, MENU, SAVE, second, STAY, TO_SETTINGS,
} from './message-center.scenario-steps';
import type { MessageCenterEvent, MessageCenterState } from './message-center.types';

export interface MessageCenterScenario {
  name: string;
  events: MessageCenterEvent[];
  expect: (state: MessageCenterState) => boolean;
}

const scenario = (name: string, events: MessageCenterEvent[], expect: MessageCenterScenario['expect']): MessageCenterScenario => ({ name, events, expect });
const onSettings = (s: MessageCenterState) => (s.page.screen === 'settings' ? s.page : null);

export const messageCenterScenarios: MessageCenterScenario[] = [
  scenario('save-languages-and-sms', [...TO_SETTINGS, ...LANGUAGES, delivery('sms'), SAVE], (s) =>
    onSettings(s)?.saved === true && s.account.messageSettings?.first === 'ja' && s.account.messageSettings.delivery === 'sms',
  ),
  scenario('saved-settings-are-there-after-logging-in-again', [...TO_SETTINGS, ...LANGUAGES, delivery('both'), SAVE, go('log-out'), LOG_IN, go('inbox'), GEAR], (s) => {
    const form = onSettings(s)?.form;
    return form?.first === 'ja' && form.second === 'en' && form.delivery === 'both';
  }),
  scenario('same-language-twice-is-refused', [...TO_SETTINGS, first('de'), second('de'), SAVE], (s) => onSettings(s)?.problem === 'sameLanguage' && s.account.messageSettings === undefined),
  scenario('refused-then-fixed-and-saved', [...TO_SETTINGS, first('de'), second('de'), SAVE, second('fr'), SAVE], (s) => s.account.messageSettings?.second === 'fr'),
  scenario('leaving-with-changes-warns', [...TO_SETTINGS, delivery('sms'), go('home')], (s) => onSettings(s)?.leaving === 'home'),
  scenario('stay-keeps-the-changes', [...TO_SETTINGS, delivery('sms'), go('home'), STAY, SAVE], (s) => s.account.messageSettings?.delivery === 'sms'),
  scenario('leave-drops-the-changes', [...TO_SETTINGS, delivery('sms'), go('log-out'), LEAVE], (s) => s.page.screen === 'login' && s.account.messageSettings === undefined),
  scenario('leaving-without-changes-does-not-warn', [...TO_SETTINGS, go('inbox')], (s) => s.page.screen === 'inbox'),
  scenario('leaving-after-saving-does-not-warn', [...TO_SETTINGS, delivery('sms'), SAVE, go('home')], (s) => s.page.screen === 'home'),
  scenario('unknown-values-are-ignored', [...TO_SETTINGS, first('xx'), delivery('fax'), SAVE], (s) => s.account.messageSettings?.first === 'en' && s.account.messageSettings.delivery === 'email'),
  scenario('logged-out-reader-cannot-reach-the-settings', [go('inbox'), GEAR, MENU, first('ja'), SAVE], (s) => s.page.screen === 'login'),
];
