/** The message-settings simulator: its flow and its screens, loaded on demand by the registry. */
import styles from './message-center.css?url';
import { messageCenterFlow } from '../../../flows/message-center/message-center.flow';
import { defineFlowModule } from '../kit/types';
import { MessageCenterView } from './MessageCenterView';

export default defineFlowModule({ flow: messageCenterFlow, View: MessageCenterView, styles: [styles] });
