/** Every reason code the enrollment flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const ENROLLMENT_REASONS = {
  /** The app's ONE activation error, whatever the server's cause. */
  activationFailed: 'sim.enrollment.error.activationFailed',
  'code.empty': 'sim.enrollment.code.empty',
  'code.tooShort': 'sim.enrollment.code.tooShort',
  'code.tooLong': 'sim.enrollment.code.tooLong',
  'code.badCharacter': 'sim.enrollment.code.badCharacter',
  'pin.empty': 'sim.enrollment.pin.tooShort',
  'pin.tooShort': 'sim.enrollment.pin.tooShort',
  'pin.tooLong': 'sim.enrollment.pin.tooLong',
  'pin.notDigits': 'sim.enrollment.pin.notDigits',
  'camera.frontLens': 'sim.enrollment.camera.hint.frontLens',
  'camera.scanQrOff': 'sim.enrollment.camera.hint.scanQrOff',
  'camera.notAnOffer': 'sim.enrollment.camera.hint.notAnOffer',
} as const satisfies Record<string, UiKey>;
