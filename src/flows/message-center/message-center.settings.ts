/**
 * The rules of the message settings, pure: what the form starts from, when it has unsaved
 * changes, and whether it may be saved (two different languages). The defaults of an account
 * that never saved settings are the simulator's choice.
 */
import type { MessageSettings, PracticeAccount } from '../services/practice-account';
import { deliverySchema, languageSchema, type Delivery, type Language, type SettingsForm } from './message-center.types';

/** What the practice portal shows before the reader saves anything (practice). */
export const DEFAULT_SETTINGS: MessageSettings = { first: 'en', second: 'ja', delivery: 'email' };

/** The settings in force: the saved ones, or the practice defaults. */
export const savedSettings = (account: PracticeAccount): MessageSettings => account.messageSettings ?? DEFAULT_SETTINGS;

export const formFrom = (account: PracticeAccount): SettingsForm => ({ ...savedSettings(account) });

export const sameSettings = (a: SettingsForm, b: SettingsForm): boolean => a.first === b.first && a.second === b.second && a.delivery === b.delivery;

/** The form differs from what is saved: leaving now would lose something. */
export const hasUnsavedChanges = (form: SettingsForm, account: PracticeAccount): boolean => !sameSettings(form, savedSettings(account));

export type SettingsCheck = { ok: true; settings: MessageSettings } | { ok: false; problem: 'sameLanguage' };

/** Save's check: the first and second language must differ. */
export function checkSettings(form: SettingsForm): SettingsCheck {
  return form.first === form.second ? { ok: false, problem: 'sameLanguage' } : { ok: true, settings: { ...form } };
}

/** A value from a select or radio group, accepted only when it is one of the offered ones. */
export const asLanguage = (value: string): Language | null => (languageSchema.safeParse(value).success ? (value as Language) : null);
export const asDelivery = (value: string): Delivery | null => (deliverySchema.safeParse(value).success ? (value as Delivery) : null);

/** Which notices a delivery method sends: every one carries a summary only, never the message. */
export const noticeChannels = (delivery: Delivery): readonly ('email' | 'sms')[] => (delivery === 'both' ? ['email', 'sms'] : [delivery]);
