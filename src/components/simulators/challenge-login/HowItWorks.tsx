import { useEffect, useState } from 'react';
import { deviceOf, deviceResponse, OCRA_SUITES } from '../../../flows/services/challenges';
import type { ViewContext } from './context';

/**
 * "How this works": the OCRA suite, the practice secret, the challenge and the response the
 * device computes for it, so an engineer can check the maths with any RFC 6287 library.
 */
/** The challenge in play: the portal's, or the one the device last answered. */
function shownChallenge({ portal, phone, token, platform }: ViewContext['state']): string | null {
  if (portal.screen === 'challenge') return portal.challenge;
  if (platform !== 'token' && (phone.screen === 'response' || phone.screen === 'generating')) return phone.challenge;
  return platform === 'token' && token.mode === 'response' ? token.entry : null;
}

export function HowItWorks({ state, t }: ViewContext) {
  const { platform } = state;
  const device = deviceOf(state.account, platform);
  const challenge = shownChallenge(state);
  const [response, setResponse] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setResponse(null);
    if (device === null || challenge === null) return;
    void deviceResponse(platform, device.secret, challenge, device.pin).then((value) => {
      if (!cancelled) setResponse(value);
    });
    return () => {
      cancelled = true;
    };
  }, [platform, device?.secret, device?.pin, challenge]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <details className="how-it-works">
      <summary>{t('sim.challenge-login.how.title')}</summary>
      <p>{t('sim.challenge-login.how.intro')}</p>
      {device === null ? (
        <p>{t('sim.challenge-login.how.noDevice')}</p>
      ) : (
        <dl className="how-it-works__facts">
          <dt>{t('sim.challenge-login.how.suite')}</dt>
          <dd translate="no">{OCRA_SUITES[platform]}</dd>
          <dt>{t('sim.challenge-login.how.secret')}</dt>
          <dd translate="no">{device.secret}</dd>
          {platform === 'android' ? (
            <>
              <dt>{t('sim.challenge-login.how.pin')}</dt>
              <dd translate="no">{device.pin}</dd>
            </>
          ) : null}
          <dt>{t('sim.challenge-login.how.challenge')}</dt>
          <dd translate="no">{challenge ?? t('sim.challenge-login.how.noChallenge')}</dd>
          <dt>{t('sim.challenge-login.how.response')}</dt>
          <dd translate="no">{response ?? '—'}</dd>
        </dl>
      )}
    </details>
  );
}
