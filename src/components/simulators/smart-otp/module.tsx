/** The PC one-time-password app simulator: its flow and its screens, loaded on demand by the registry. */
import styles from './smart-otp.css?url';
import { smartOtpFlow } from '../../../flows/smart-otp/smart-otp.flow';
import { defineFlowModule } from '../kit/types';
import { SmartOtpView } from './SmartOtpView';

export default defineFlowModule({ flow: smartOtpFlow, View: SmartOtpView, styles: [styles] });
