/** Every reason code the security-card flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const CARD_REASONS = {
  'passcode.empty': 'sim.security-card.passcode.empty',
  'passcode.tooLong': 'sim.security-card.passcode.tooLong',
  'passcode.space': 'sim.security-card.passcode.space',
  'passcode.lowerCase': 'sim.security-card.passcode.lowerCase',
  'passcode.wrong': 'sim.security-card.passcode.wrong',
  'values.empty': 'sim.security-card.values.empty',
  'values.space': 'sim.security-card.values.space',
  'values.notDigits': 'sim.security-card.values.notDigits',
  'values.oneValue': 'sim.security-card.values.oneValue',
  'values.tooShort': 'sim.security-card.values.tooShort',
  'values.tooLong': 'sim.security-card.values.tooLong',
  'values.wrongOrder': 'sim.security-card.values.wrongOrder',
  'values.wrongFirst': 'sim.security-card.values.wrongFirst',
  'values.wrongSecond': 'sim.security-card.values.wrongSecond',
  'values.wrongBoth': 'sim.security-card.values.wrongBoth',
  locked: 'sim.security-card.locked',
  expired: 'sim.security-card.expired',
} as const satisfies Record<string, UiKey>;
