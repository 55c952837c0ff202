/** Every reason code the challenge-login flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const CHALLENGE_REASONS = {
  'response.empty': 'sim.challenge-login.response.empty',
  'response.notDigits': 'sim.challenge-login.response.notDigits',
  'response.tooShort': 'sim.challenge-login.response.tooShort',
  'response.tooLong': 'sim.challenge-login.response.tooLong',
  'response.expired': 'sim.challenge-login.response.expired',
  'response.wrongResponse': 'sim.challenge-login.response.wrong',
  'response.oldChallenge': 'sim.challenge-login.response.oldChallenge',
  'challenge.empty': 'sim.challenge-login.challenge.empty',
  'challenge.notDigits': 'sim.challenge-login.challenge.notDigits',
  'challenge.tooShort': 'sim.challenge-login.challenge.tooShort',
  'challenge.tooLong': 'sim.challenge-login.challenge.tooLong',
  'pin.empty': 'sim.challenge-login.pin.tooShort',
  'pin.notDigits': 'sim.challenge-login.pin.notDigits',
  'pin.tooShort': 'sim.challenge-login.pin.tooShort',
  'pin.tooLong': 'sim.challenge-login.pin.tooLong',
  locked: 'sim.challenge-login.portal.locked',
  notActivated: 'sim.challenge-login.app.notActivated',
  'token.pinWrong': 'sim.challenge-login.token.pinWrong',
  'token.locked': 'sim.challenge-login.token.locked',
} as const satisfies Record<string, UiKey>;
