/**
 * The named states of docs/message-center-states.md: one figure and one "Try this step" each.
 * Every state fits the reader's own practice account (nothing in it is a scenario secret), so
 * "Try this step" opens on the settings the reader saved; figures use a fresh account.
 */
import type { NamedState } from '../kit/flow';
import {
  delivery, first, GEAR, go, LANGUAGES, LOG_IN, MENU, otherDelivery, PREVIEW, SAVE, second, TO_INBOX, TO_SETTINGS,
} from './message-center.scenario-steps';
import type { MessageCenterEvent } from './message-center.types';

type Named = NamedState<MessageCenterEvent, never, 'computer'>;

const always = () => true;
const portal = (events: Named['events'], crop?: string): Named => ({ events, shows: 'portal', fits: always, ...(crop === undefined ? {} : { crop }) });
const preview = (events: Named['events']): Named => ({ events, shows: 'preview', fits: always });

/** Every named state, in the order of docs/message-center-states.md. */
export const messageCenterStates: Readonly<Record<string, Named>> = {
  'portal-login': portal([]),
  'portal-home': portal([LOG_IN]),
  'user-menu': portal([LOG_IN, MENU]),
  inbox: portal(TO_INBOX),
  settings: portal([...TO_INBOX, GEAR]),
  'settings-languages': portal([...TO_SETTINGS, ...LANGUAGES], '[data-crop="languages"]'),
  'settings-delivery': portal([...TO_SETTINGS, ...LANGUAGES, delivery('sms')], '[data-crop="delivery"]'),
  'settings-saved': portal([...TO_SETTINGS, ...LANGUAGES, delivery('sms'), SAVE]),
  'preview-email': preview([...TO_SETTINGS, delivery('email'), PREVIEW]),
  'preview-sms': preview([...TO_SETTINGS, delivery('sms'), PREVIEW]),
  'same-language': portal([...TO_SETTINGS, first('ja'), second('ja'), SAVE], '[data-crop="languages"]'),
  'unsaved-changes': portal((account) => [...TO_SETTINGS, delivery(otherDelivery(account)), go('inbox')]),
};
