/** The challenge/response login simulator: its flow and its screens, loaded on demand by the registry. */
import { challengeLoginFlow } from '../../../flows/challenge-login/challenge-login.flow';
import { defineFlowModule } from '../kit/types';
import { ChallengeView } from './ChallengeView';

export default defineFlowModule({ flow: challengeLoginFlow, View: ChallengeView });
