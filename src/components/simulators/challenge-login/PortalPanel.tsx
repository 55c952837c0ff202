import { challengeExpired, challengeRemainingMs, isChallengePaused, lockRemainingMs } from '../../../flows/challenge-login/challenge-login.selectors';
import { PRACTICE_PINS } from '../../../flows/challenge-login/challenge-login.practice';
import { CHALLENGE_REASONS } from '../../../flows/challenge-login/challenge-login.reasons';
import type { PortalScreen } from '../../../flows/challenge-login/challenge-login.types';
import { MAX_WRONG_RESPONSES, newChallenge, RESPONSE_RULE } from '../../../flows/services/challenges';
import { guidePath } from '../../../lib/routes';
import { formatMmSs } from '../parts/time-format';
import { CodeInput } from '../parts/CodeInput';
import { Countdown } from '../parts/Countdown';
import { DemoCredentials } from '../parts/DemoCredentials';
import { PortalFrame, PortalHeading } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

/** Client Portal (practice copy): a task asks for verification, then the challenge and the response. */
export function PortalPanel(ctx: ViewContext) {
  const { state, send, t } = ctx;
  const { portal } = state;
  const loggedIn = portal.screen !== 'login' && portal.screen !== 'locked';
  return (
    <PortalFrame t={t} onLogOut={loggedIn ? () => send({ type: 'PORTAL_LOG_OUT' }) : undefined}>
      {portal.screen === 'login' ? <Verification {...ctx} /> : null}
      {portal.screen === 'no-device' ? <NoDevice {...ctx} preparing={portal.preparing} /> : null}
      {portal.screen === 'challenge' ? <Challenge {...ctx} portal={portal} /> : null}
      {portal.screen === 'locked' ? <Locked {...ctx} /> : null}
      {portal.screen === 'done' ? (
        <>
          <PortalHeading>{t('sim.challenge-login.portal.doneTitle')}</PortalHeading>
          <p className="notice notice--ok">{t('sim.challenge-login.portal.doneBody')}</p>
          {portal.spacesRemoved === true ? (
            <p className="portal__text practice-tip">
              <PracticeMark t={t} /> {t('sim.challenge-login.portal.spacesRemoved')}
            </p>
          ) : null}
        </>
      ) : null}
    </PortalFrame>
  );
}

function Verification({ state, send, now, io, t }: ViewContext) {
  return (
    <form
      className="portal__form"
      data-crop="login"
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'PORTAL_CONTINUE', now: now(), challenge: newChallenge(io.randomBytes) });
      }}
    >
      <PortalHeading>{t('sim.challenge-login.portal.loginTitle')}</PortalHeading>
      <p className="portal__text">{t('sim.challenge-login.portal.loginBody')}</p>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-portal" username={state.account.username} t={t} />
      <button type="submit" className="btn btn--primary">
        {t('sim.challenge-login.portal.continue')}
      </button>
    </form>
  );
}

function NoDevice({ state, send, t, pageLang, preparing }: ViewContext & { preparing: boolean }) {
  const token = state.platform === 'token';
  const guide = state.platform === 'ios' ? 'ib-key-ios-qr' : 'ib-key-android-qr';
  const pin = token ? PRACTICE_PINS.token : state.platform === 'android' ? PRACTICE_PINS.android : null;
  return (
    <div className="portal__form">
      <PortalHeading>{t(token ? 'sim.challenge-login.portal.noTokenTitle' : 'sim.challenge-login.portal.noIbKeyTitle')}</PortalHeading>
      <p className="portal__text">{t(token ? 'sim.challenge-login.portal.noTokenBody' : 'sim.challenge-login.portal.noIbKeyBody')}</p>
      {pin === null ? null : <p className="portal__text">{t('sim.challenge-login.portal.practicePin', { pin })}</p>}
      <button type="button" className="btn btn--primary" disabled={preparing} onClick={() => send({ type: 'GET_PRACTICE_DEVICE' })}>
        {t(token ? 'sim.challenge-login.portal.getToken' : 'sim.challenge-login.portal.getIbKey')}
      </button>
      {token ? null : (
        <p className="portal__text">
          <a href={guidePath(pageLang, guide)}>{t('sim.challenge-login.portal.activationGuide')}</a>
        </p>
      )}
    </div>
  );
}

type ChallengeScreen = Extract<PortalScreen, { screen: 'challenge' }>;

function Challenge({ state, send, now, io, t, portal }: ViewContext & { portal: ChallengeScreen }) {
  const expired = challengeExpired(state);
  const problem = portal.problem === undefined ? undefined : t(CHALLENGE_REASONS[`response.${portal.problem}`], { left: MAX_WRONG_RESPONSES - portal.wrong });
  return (
    <form
      className="portal__form"
      data-crop="challenge"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'SUBMIT_RESPONSE' });
      }}
    >
      <PortalHeading>{t('sim.challenge-login.portal.challengeTitle')}</PortalHeading>
      <p className="portal__text">{t('sim.challenge-login.portal.challengeBody')}</p>
      <p className="challenge-code">
        <span className="challenge-code__label">{t('sim.challenge-login.portal.challengeLabel')}</span>
        <span className="challenge-code__value" translate="no">
          {portal.challenge}
        </span>
        <PracticeMark t={t} />
      </p>
      {expired ? (
        <div className="notice notice--danger">
          <p>{t('sim.challenge-login.portal.expired')}</p>
          <button type="button" className="btn btn--small" onClick={() => send({ type: 'NEW_CHALLENGE', now: now(), challenge: newChallenge(io.randomBytes) })}>
            {t('sim.challenge-login.portal.newChallenge')}
          </button>
        </div>
      ) : (
        <Countdown remainingMs={challengeRemainingMs(state) ?? 0} paused={isChallengePaused(state)} t={t} />
      )}
      <CodeInput
        id="sim-response"
        label={t('sim.challenge-login.portal.responseLabel')}
        value={portal.input}
        maxLength={RESPONSE_RULE.maxInput}
        inputMode="numeric"
        hint={t('sim.challenge-login.portal.responseHint')}
        problem={problem}
        onChange={(value) => send({ type: 'TYPE_RESPONSE', value })}
      />
      <button type="submit" className="btn btn--primary" disabled={portal.checking !== undefined}>
        {t(portal.checking === undefined ? 'sim.challenge-login.portal.continue' : 'sim.challenge-login.portal.checking')}
      </button>
    </form>
  );
}

function Locked({ state, t }: ViewContext) {
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.challenge-login.portal.lockedTitle')}</PortalHeading>
      <p className="notice notice--danger">{t(CHALLENGE_REASONS.locked)}</p>
      <p className="portal__text">
        {t('sim.challenge-login.portal.lockedLeft', { time: formatMmSs(lockRemainingMs(state) ?? 0) })} <PracticeMark t={t} />
      </p>
    </div>
  );
}
