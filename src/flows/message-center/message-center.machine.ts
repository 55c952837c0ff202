/**
 * The message-center machine: `transition(state, event)` is pure and total; an event that does
 * not apply returns the very same state object.
 */
import type { InitialContext } from '../kit/flow';
import { withMessageSettings } from '../services/practice-account';
import { asDelivery, asLanguage, checkSettings, formFrom, hasUnsavedChanges } from './message-center.settings';
import type { Destination, LanguageField, MessageCenterEvent, MessageCenterState, Page, SettingsPage } from './message-center.types';

export function createMessageCenter({ account, platform, now }: InitialContext<never, 'computer'>): MessageCenterState {
  return { platform, account, clock: { now }, page: { screen: 'login' }, menuOpen: false, preview: false };
}

const loggedIn = (state: MessageCenterState) => state.page.screen !== 'login';
const settingsPage = (state: MessageCenterState): SettingsPage | null => (state.page.screen === 'settings' ? state.page : null);
const withPage = (state: MessageCenterState, page: Page): MessageCenterState => ({ ...state, page, menuOpen: false });

/** Goes there at once, without asking: Log out ends the session; the settings form is dropped. */
function arrive(state: MessageCenterState, to: Destination): MessageCenterState {
  if (to === 'log-out') return withPage(state, { screen: 'login' });
  return withPage(state, { screen: to });
}

/** A link or menu item. From settings with unsaved changes, the warning shows first. */
function go(state: MessageCenterState, to: Destination): MessageCenterState {
  if (!loggedIn(state)) return state;
  const settings = settingsPage(state);
  if (settings !== null && hasUnsavedChanges(settings.form, state.account)) return { ...state, page: { ...settings, leaving: to }, menuOpen: false };
  if (state.page.screen === to) return state.menuOpen ? { ...state, menuOpen: false } : state;
  return arrive(state, to);
}

function openSettings(state: MessageCenterState): MessageCenterState {
  if (state.page.screen !== 'inbox') return state;
  return withPage(state, { screen: 'settings', form: formFrom(state.account), saved: false });
}

/** A changed field: the old complaint and the "saved" note go; nothing changes while the warning shows. */
function edit(state: MessageCenterState, change: Partial<SettingsPage['form']>): MessageCenterState {
  const settings = settingsPage(state);
  if (settings === null || settings.leaving !== undefined) return state;
  const form = { ...settings.form, ...change };
  return { ...state, page: { screen: 'settings', form, saved: false } };
}

function chooseLanguage(state: MessageCenterState, field: LanguageField, value: string): MessageCenterState {
  const language = asLanguage(value);
  return language === null ? state : edit(state, { [field]: language });
}

function chooseDelivery(state: MessageCenterState, value: string): MessageCenterState {
  const delivery = asDelivery(value);
  return delivery === null ? state : edit(state, { delivery });
}

function save(state: MessageCenterState): MessageCenterState {
  const settings = settingsPage(state);
  if (settings === null || settings.leaving !== undefined) return state;
  const checked = checkSettings(settings.form);
  if (!checked.ok) return { ...state, page: { ...settings, problem: checked.problem, saved: false } };
  const account = withMessageSettings(state.account, checked.settings);
  if (account === null) return state;
  return { ...state, account, page: { screen: 'settings', form: settings.form, saved: true } };
}

function answerWarning(state: MessageCenterState, leave: boolean): MessageCenterState {
  const settings = settingsPage(state);
  if (settings === null || settings.leaving === undefined) return state;
  if (leave) return arrive(state, settings.leaving);
  const { leaving: _dropped, ...rest } = settings;
  return { ...state, page: rest };
}

export function transition(state: MessageCenterState, event: MessageCenterEvent): MessageCenterState {
  switch (event.type) {
    case 'LOG_IN':
      return loggedIn(state) ? state : withPage(state, { screen: 'home' });
    case 'TOGGLE_MENU':
      return loggedIn(state) ? { ...state, menuOpen: !state.menuOpen } : state;
    case 'CLOSE_MENU':
      return state.menuOpen ? { ...state, menuOpen: false } : state;
    case 'GO':
      return go(state, event.to);
    case 'OPEN_SETTINGS':
      return openSettings(state);
    case 'CHOOSE_LANGUAGE':
      return chooseLanguage(state, event.field, event.value);
    case 'CHOOSE_DELIVERY':
      return chooseDelivery(state, event.value);
    case 'SAVE':
      return save(state);
    case 'STAY':
      return answerWarning(state, false);
    case 'LEAVE':
      return answerWarning(state, true);
    case 'PREVIEW':
      return state.preview === event.open ? state : { ...state, preview: event.open };
    default:
      // Clock events and anything unknown from storage or an older view: nothing to do.
      return state;
  }
}
