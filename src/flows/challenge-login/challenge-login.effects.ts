/**
 * The flow's asynchronous work, all Web Crypto: the device computing a response (OCRA), the
 * server judging a typed one, and a one-click practice device. Results come back as events.
 */
import { base32Encode } from '../crypto/otp';
import type { Effect } from '../kit/flow';
import { deviceOf, deviceResponse, judgeResponse, newChallenge } from '../services/challenges';
import type { ChallengeEvent, ChallengeState } from './challenge-login.types';

/** 160 bits: the HMAC-SHA-1 key size of OCRA. */
const SECRET_BYTES = 20;

export function challengeEffects(state: ChallengeState): Effect<ChallengeEvent>[] {
  const { account, platform, portal, phone, token } = state;
  const effects: Effect<ChallengeEvent>[] = [];
  const device = deviceOf(account, platform);

  if (portal.screen === 'challenge' && portal.checking !== undefined) {
    const typed = portal.checking;
    effects.push({
      key: `judge:${portal.challenge}:${typed}`,
      run: async () => ({ type: 'RESPONSE_CHECKED', verdict: await judgeResponse(account, platform, typed, portal.challenge, state.earlier) }),
    });
  }
  if (portal.screen === 'no-device' && portal.preparing) {
    effects.push({
      key: 'practice-device',
      run: async (io) => ({ type: 'PRACTICE_DEVICE_READY', secret: base32Encode(io.randomBytes(SECRET_BYTES)), challenge: newChallenge(io.randomBytes) }),
    });
  }
  if (phone.screen === 'generating' && device !== null && platform !== 'token') {
    const { challenge, pin } = phone;
    effects.push({ key: `app:${challenge}:${pin ?? ''}`, run: async () => ({ type: 'RESPONSE_READY', response: await deviceResponse(platform, device.secret, challenge, pin) }) });
  }
  if (token.mode === 'generating' && device !== null && platform === 'token') {
    effects.push({ key: `token:${token.entry}`, run: async () => ({ type: 'TOKEN_RESPONSE', response: await deviceResponse('token', device.secret, token.entry) }) });
  }
  return effects;
}
