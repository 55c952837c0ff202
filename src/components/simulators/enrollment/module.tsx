/** The IB Key activation simulator: its flow and its screens, loaded on demand by the registry. */
import { enrollmentFlow } from '../../../flows/enrollment/enrollment.flow';
import { defineFlowModule } from '../kit/types';
import { EnrollmentView } from './EnrollmentView';

export default defineFlowModule({ flow: enrollmentFlow, View: EnrollmentView });
