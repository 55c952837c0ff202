import { useEffect, useState } from 'react';
import { appCode, OTP_PARAMETERS, otpStepAt } from '../../../flows/services/otp-registrations';
import { isOtpPaused } from '../../../flows/smart-otp/smart-otp.selectors';
import type { ViewContext } from './context';

/** The practice time now: the kit's time minus the lag the pauses and "full time" left (frozen while paused). */
function practiceTime({ state, now }: ViewContext): number {
  return (isOtpPaused(state) ? (state.clock.pausedAt ?? state.clock.now) : now()) - state.lagMs;
}

const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * "How this works": the TOTP parameters, the practice secret (base32), the practice time, its
 * time step and the code for it, so an engineer can check the code with any RFC 6238 library.
 * It reads the time once a second while open.
 */
export function HowItWorks(ctx: ViewContext) {
  const { state, t } = ctx;
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState(() => practiceTime(ctx));
  const [code, setCode] = useState<string | null>(null);
  const registration = state.account.pcOtp;
  const step = otpStepAt(time);

  useEffect(() => {
    if (!open) return;
    setTime(practiceTime(ctx));
    const id = setInterval(() => setTime(practiceTime(ctx)), 1000);
    return () => clearInterval(id);
  }, [open, state.lagMs, state.clock.pausedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let cancelled = false;
    setCode(null);
    if (!open || registration === undefined) return;
    void appCode(registration.secret, step * OTP_PARAMETERS.period * 1000).then((value) => {
      if (!cancelled) setCode(value);
    });
    return () => {
      cancelled = true;
    };
  }, [open, registration?.secret, step]); // eslint-disable-line react-hooks/exhaustive-deps

  // Pauses and "full time" put practice time behind this computer's clock; a replayed step may put it ahead.
  const offset = Math.round((time - Date.now()) / 1000);
  return (
    <details className="how-it-works" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('sim.smart-otp.how.title')}</summary>
      <p>{t('sim.smart-otp.how.intro')}</p>
      <dl className="how-it-works__facts">
        <dt>{t('sim.smart-otp.how.algorithm')}</dt>
        <dd translate="no">TOTP (RFC 6238), HMAC-SHA-1, T0 = 0</dd>
        <dt>{t('sim.smart-otp.how.period')}</dt>
        <dd>{t('sim.smart-otp.how.periodValue', { seconds: OTP_PARAMETERS.period })}</dd>
        <dt>{t('sim.smart-otp.how.digits')}</dt>
        <dd>{t('sim.smart-otp.how.digitsValue', { digits: OTP_PARAMETERS.digits })}</dd>
        <dt>{t('sim.smart-otp.how.window')}</dt>
        <dd>{t('sim.smart-otp.how.windowValue', { steps: OTP_PARAMETERS.drift })}</dd>
        <dt>{t('sim.smart-otp.how.secret')}</dt>
        <dd translate="no">{registration?.secret ?? t('sim.smart-otp.how.noSecret')}</dd>
        <dt>{t('sim.smart-otp.how.time')}</dt>
        <dd translate="no">
          {utc(time)} ({Math.floor(time / 1000)})
        </dd>
        <dt>{t('sim.smart-otp.how.step')}</dt>
        <dd translate="no">{step}</dd>
        <dt>{t('sim.smart-otp.how.code')}</dt>
        <dd translate="no">{code ?? '—'}</dd>
        <dt>{t('sim.smart-otp.how.lastUsed')}</dt>
        <dd translate="no">{registration?.lastUsedStep ?? '—'}</dd>
      </dl>
      {offset < -1 ? <p>{t('sim.smart-otp.how.behind', { seconds: -offset })}</p> : null}
      {offset > 1 ? <p>{t('sim.smart-otp.how.ahead', { seconds: offset })}</p> : null}
      <p>{t('sim.smart-otp.how.setupNumbers')}</p>
    </details>
  );
}
