/** Building blocks of the named states and scenarios: the events a reader's clicks send. */
import type { PracticeAccount } from '../services/practice-account';
import { savedSettings } from './message-center.settings';
import type { Delivery, Destination, Language, MessageCenterEvent } from './message-center.types';

export const LOG_IN: MessageCenterEvent = { type: 'LOG_IN' };
export const MENU: MessageCenterEvent = { type: 'TOGGLE_MENU' };
export const GEAR: MessageCenterEvent = { type: 'OPEN_SETTINGS' };
export const SAVE: MessageCenterEvent = { type: 'SAVE' };
export const STAY: MessageCenterEvent = { type: 'STAY' };
export const LEAVE: MessageCenterEvent = { type: 'LEAVE' };
export const PREVIEW: MessageCenterEvent = { type: 'PREVIEW', open: true };

export const go = (to: Destination): MessageCenterEvent => ({ type: 'GO', to });
export const first = (value: Language | string): MessageCenterEvent => ({ type: 'CHOOSE_LANGUAGE', field: 'first', value });
export const second = (value: Language | string): MessageCenterEvent => ({ type: 'CHOOSE_LANGUAGE', field: 'second', value });
export const delivery = (value: Delivery | string): MessageCenterEvent => ({ type: 'CHOOSE_DELIVERY', value });

/** Log in → user menu → Secure Message Center. */
export const TO_INBOX: MessageCenterEvent[] = [LOG_IN, MENU, go('inbox')];
/** … → the gear beside "Compose new message". */
export const TO_SETTINGS: MessageCenterEvent[] = [...TO_INBOX, GEAR];
/** The languages the guide's figures show: Japanese first, English second. */
export const LANGUAGES: MessageCenterEvent[] = [first('ja'), second('en')];

/** A delivery method other than the saved one, so the form surely has unsaved changes. */
export const otherDelivery = (account: PracticeAccount): Delivery => (savedSettings(account).delivery === 'sms' ? 'email' : 'sms');
