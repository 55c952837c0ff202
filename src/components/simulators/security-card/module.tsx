/** The online security code card simulator: its flow, its screens and their styles, loaded on demand by the registry. */
import styles from './security-card.css?url';
import { securityCardFlow } from '../../../flows/security-card/security-card.flow';
import { defineFlowModule } from '../kit/types';
import { SecurityCardView } from './SecurityCardView';

export default defineFlowModule({ flow: securityCardFlow, View: SecurityCardView, styles: [styles] });
