/**
 * Message settings of the Secure Message Center in Client Portal: log in, open the user menu
 * (person icon, top-right), Secure Message Center, the gear beside "Compose new message",
 * then the first and second language and the delivery method, and Save. The settings live in
 * the practice account. The zod schemas are the single source of the types and of what a
 * stored state must look like to be resumed.
 */
import * as z from 'zod/mini';
import type { ClockEvent } from '../kit/flow';
import { MESSAGE_DELIVERIES, MESSAGE_LANGUAGES, practiceAccountSchema } from '../services/practice-account';

export const languageSchema = z.enum(MESSAGE_LANGUAGES);
export const deliverySchema = z.enum(MESSAGE_DELIVERIES);
export type Language = z.infer<typeof languageSchema>;
export type Delivery = z.infer<typeof deliverySchema>;

/** What the settings form holds while the reader edits it (it may name one language twice until Save refuses it). */
export const settingsFormSchema = z.object({ first: languageSchema, second: languageSchema, delivery: deliverySchema });
export type SettingsForm = z.infer<typeof settingsFormSchema>;

/** Where the reader can go from a logged-in page. */
export const destinationSchema = z.enum(['home', 'inbox', 'log-out']);
export type Destination = z.infer<typeof destinationSchema>;

export const pageSchema = z.discriminatedUnion('screen', [
  /** Client Portal's login, with the demo credentials filled in. */
  z.object({ screen: z.literal('login') }),
  /** Logged in: the portal's start page; the user menu is the person icon at the top right. */
  z.object({ screen: z.literal('home') }),
  /** Secure Message Center: the messages, "Compose new message" and the gear beside it. */
  z.object({ screen: z.literal('inbox') }),
  z.object({
    screen: z.literal('settings'),
    form: settingsFormSchema,
    /** Save was refused: the same language was chosen twice. */
    problem: z.optional(z.literal('sameLanguage')),
    /** "Your settings were saved", until the next change. */
    saved: z.boolean(),
    /** The unsaved-changes warning is showing; where the reader wanted to go. */
    leaving: z.optional(destinationSchema),
  }),
]);
export type Page = z.infer<typeof pageSchema>;
export type SettingsPage = Extract<Page, { screen: 'settings' }>;

export const messageCenterStateSchema = z.object({
  platform: z.literal('computer'),
  account: practiceAccountSchema,
  clock: z.object({ now: z.number(), pausedAt: z.optional(z.number()) }),
  page: pageSchema,
  /** The user menu (person icon) is open. */
  menuOpen: z.boolean(),
  /** The practice preview of an e-mail or SMS notice is open. */
  preview: z.boolean(),
});
export type MessageCenterState = z.infer<typeof messageCenterStateSchema>;

export type LanguageField = 'first' | 'second';

export type MessageCenterEvent =
  | ClockEvent
  | { type: 'LOG_IN' }
  | { type: 'TOGGLE_MENU' }
  | { type: 'CLOSE_MENU' }
  /** A link or menu item: the portal's start page, the message center, or Log out. */
  | { type: 'GO'; to: Destination }
  /** The gear beside "Compose new message". */
  | { type: 'OPEN_SETTINGS' }
  | { type: 'CHOOSE_LANGUAGE'; field: LanguageField; value: string }
  | { type: 'CHOOSE_DELIVERY'; value: string }
  | { type: 'SAVE' }
  /** The unsaved-changes warning: stay on the settings, or leave without saving. */
  | { type: 'STAY' }
  | { type: 'LEAVE' }
  /** Practice: show or hide what an e-mail or SMS notice would contain. */
  | { type: 'PREVIEW'; open: boolean };
