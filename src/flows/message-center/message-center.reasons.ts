/** Every reason code the message-center flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const MESSAGE_CENTER_REASONS = {
  sameLanguage: 'sim.message-center.settings.sameLanguage',
  unsavedChanges: 'sim.message-center.unsaved.body',
} as const satisfies Record<string, UiKey>;
