/** Every reason code the Smart OTP flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const SMART_OTP_REASONS = {
  'name.empty': 'sim.smart-otp.app.name.empty',
  'name.tooLong': 'sim.smart-otp.app.name.tooLong',
  'number.empty': 'sim.smart-otp.app.number.empty',
  'number.notDigits': 'sim.smart-otp.app.number.notDigits',
  'number.tooShort': 'sim.smart-otp.app.number.tooShort',
  'number.tooLong': 'sim.smart-otp.app.number.tooLong',
  'number.unknown': 'sim.smart-otp.app.number.unknown',
  'number.stale': 'sim.smart-otp.app.number.stale',
  'number.used': 'sim.smart-otp.app.number.used',
  'app.noSelection': 'sim.smart-otp.app.noSelection',
  'app.closedEarly': 'sim.smart-otp.desktop.closedEarly',
  'otp.empty': 'sim.smart-otp.otp.empty',
  'otp.notDigits': 'sim.smart-otp.otp.notDigits',
  'otp.tooShort': 'sim.smart-otp.otp.tooShort',
  'otp.tooLong': 'sim.smart-otp.otp.tooLong',
  'otp.wrong': 'sim.smart-otp.otp.wrong',
  'otp.reused': 'sim.smart-otp.otp.reused',
  'otp.expired': 'sim.smart-otp.otp.expired',
  'otp.notRegistered': 'sim.smart-otp.otp.notRegistered',
  'copy.denied': 'sim.smart-otp.copy.denied',
} as const satisfies Record<string, UiKey>;
