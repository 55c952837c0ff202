/** Reason codes of the enrollment flow → UI string keys. The flow never carries text. */
import type { CameraHint, CodeProblem, EnrollmentError, PinProblem } from '../../../flows/enrollment/enrollment.types';
import type { UiKey } from '../../../i18n/t';

export const CODE_PROBLEM_KEYS: Record<CodeProblem, UiKey> = {
  empty: 'sim.enrollment.code.empty',
  tooShort: 'sim.enrollment.code.tooShort',
  tooLong: 'sim.enrollment.code.tooLong',
  badCharacter: 'sim.enrollment.code.badCharacter',
};

export const PIN_PROBLEM_KEYS: Record<PinProblem, UiKey> = {
  pinTooShort: 'sim.enrollment.pin.tooShort',
  pinTooLong: 'sim.enrollment.pin.tooLong',
  pinNotDigits: 'sim.enrollment.pin.notDigits',
};

export const ERROR_KEYS: Record<EnrollmentError, UiKey> = {
  alreadyEnrolled: 'sim.enrollment.error.alreadyEnrolled',
  expired: 'sim.enrollment.error.expired',
  wrongCode: 'sim.enrollment.error.wrongCode',
  tooManyAttempts: 'sim.enrollment.error.tooManyAttempts',
  notLoggedIn: 'sim.enrollment.error.notLoggedIn',
};

export const CAMERA_HINT_KEYS: Record<CameraHint, UiKey> = {
  frontLens: 'sim.enrollment.camera.hint.frontLens',
  scanQrOff: 'sim.enrollment.camera.hint.scanQrOff',
  notAnOffer: 'sim.enrollment.camera.hint.notAnOffer',
};
