import type { MessageCenterEvent, MessageCenterState } from '../../../flows/message-center/message-center.types';
import type { Translate } from '../../../i18n/t';

/** What every part of this flow's view gets. */
export interface ViewContext {
  state: MessageCenterState;
  send: (event: MessageCenterEvent) => void;
  t: Translate;
}
