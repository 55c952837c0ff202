/**
 * The flow's asynchronous work: the server making the app's secret at registration, the app
 * computing a code (otplib), and the server judging a code typed on the website. Results
 * come back as events; a result whose key is gone by then is dropped by the kit.
 */
import { base32Encode } from '../crypto/otp';
import type { Effect } from '../kit/flow';
import { appCode, judgeOtp, otpStepAt, OTP_SECRET_BYTES } from '../services/otp-registrations';
import type { SmartOtpEvent, SmartOtpState } from './smart-otp.types';

export function smartOtpEffects(state: SmartOtpState): Effect<SmartOtpEvent>[] {
  const { account, site } = state;
  const window = state.desktop.window;
  const effects: Effect<SmartOtpEvent>[] = [];
  if (window?.screen === 'registering') {
    effects.push({ key: `register:${window.name}`, run: async (io) => ({ type: 'REGISTERED', secret: base32Encode(io.randomBytes(OTP_SECRET_BYTES)) }) });
  }
  const registration = account.pcOtp;
  if (window?.screen === 'menu' && window.generating !== undefined && registration !== undefined) {
    const at = window.generating;
    effects.push({ key: `otp:${registration.secret}:${at}`, run: async () => ({ type: 'OTP_SHOWN', code: await appCode(registration.secret, at), step: otpStepAt(at) }) });
  }
  if (site.screen === 'otp-entry' && site.checking !== undefined) {
    const { code, at } = site.checking;
    effects.push({
      key: `verify:${code}:${at}`,
      run: async () => {
        const verdict = await judgeOtp(registration, code, at);
        return verdict.ok ? { type: 'OTP_CHECKED', verdict: 'accepted', step: verdict.step } : { type: 'OTP_CHECKED', verdict: verdict.reason };
      },
    });
  }
  return effects;
}
