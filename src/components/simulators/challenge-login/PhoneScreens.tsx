import { CHALLENGE_REASONS } from '../../../flows/challenge-login/challenge-login.reasons';
import type { AppMenu, AppTarget, PhoneScreen as Screen } from '../../../flows/challenge-login/challenge-login.types';
import { PIN_RULE } from '../../../flows/services/activation-offers';
import { CHALLENGE_RULE } from '../../../flows/services/challenges';
import type { UiKey } from '../../../i18n/t';
import { CodeInput } from '../parts/CodeInput';
import { AppLoginScreen, MenuScreen, PortfolioScreen, type MenuItem } from '../parts/IbkrApp';
import { PhoneFrame } from '../parts/PhoneFrame';
import type { PhonePlatform } from '../parts/phone-platform';
import { PinInput } from '../parts/PinInput';
import { PracticeMark } from '../parts/PracticeMark';
import { ScreenHeading } from '../parts/ScreenHeading';
import type { ViewContext } from './context';

type PhoneProps = ViewContext & { platform: PhonePlatform };

/** IB Key in IBKR Mobile: the phone's current screen. */
export function PhoneScreen(props: PhoneProps) {
  const { state, send, t, platform } = props;
  const tap = (target: AppTarget) => () => send({ type: 'TAP', target });
  const phone = state.phone;
  switch (phone.screen) {
    case 'home':
      return <Home {...props} />;
    case 'login':
      return <AppLoginScreen platform={platform} t={t} username={state.account.username} onServices={tap('services')} onLogIn={tap('log-in')} />;
    case 'portfolio':
      return <PortfolioScreen platform={platform} t={t} onMore={tap('more')} />;
    case 'menu':
      return <Menu {...props} menu={phone.menu} />;
    case 'challenge':
      return <ChallengeEntry {...props} phone={phone} />;
    case 'unlock':
      return <Unlock {...props} />;
    case 'generating':
      return (
        <PhoneFrame platform={platform} chrome="bare" t={t}>
          <div className="screen screen--center">
            <span className="spinner" aria-hidden="true" />
            <ScreenHeading>{t('sim.challenge-login.app.generating')}</ScreenHeading>
          </div>
        </PhoneFrame>
      );
    case 'response':
      return <Response {...props} response={phone.response} />;
    case 'not-activated':
      return (
        <PhoneFrame platform={platform} chrome="bare" t={t}>
          <div className="screen screen--center">
            <span className="status-icon status-icon--error" aria-hidden="true" />
            <ScreenHeading>{t('sim.challenge-login.app.notActivatedTitle')}</ScreenHeading>
            <p className="screen__text">{t(CHALLENGE_REASONS.notActivated)}</p>
            <div className="screen__actions">
              <button type="button" className="app-btn" onClick={tap('done')}>
                {t('sim.challenge-login.app.done')}
              </button>
            </div>
          </div>
        </PhoneFrame>
      );
  }
}

/** The app opened on its home screen: Authenticate is right there. */
function Home({ send, t, platform }: PhoneProps) {
  return (
    <PhoneFrame platform={platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <div className="app-logo" aria-hidden="true" />
        <ScreenHeading>{t('sim.common.app.name')}</ScreenHeading>
        <p className="screen__text">{t('sim.challenge-login.app.homeBody')}</p>
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'authenticate' })}>
            {t('sim.common.app.menu.authenticate')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}

const MENU_TITLES: Record<AppMenu, UiKey> = {
  services: 'sim.common.app.services',
  more: 'sim.common.app.more',
  'two-factor': 'sim.common.app.menu.twoFactor',
};

function Menu({ send, t, platform, menu }: PhoneProps & { menu: AppMenu }) {
  const to = (target: AppTarget) => () => send({ type: 'TAP', target });
  const generate: UiKey = platform === 'ios' ? 'sim.common.app.menu.generateCode' : 'sim.common.app.menu.generateResponse';
  const items: Record<AppMenu, MenuItem[]> = {
    services: [{ label: 'sim.common.app.menu.authenticate', onTap: to('authenticate') }, { label: 'sim.common.app.menu.contactUs' }],
    more: [{ label: 'sim.common.app.menu.account' }, { label: 'sim.common.app.menu.twoFactor', onTap: to('two-factor') }, { label: 'sim.common.app.menu.settings' }],
    'two-factor': [{ label: 'sim.common.app.menu.addUser' }, { label: generate, onTap: to('generate') }],
  };
  return <MenuScreen platform={platform} t={t} title={MENU_TITLES[menu]} items={items[menu]} onBack={() => send({ type: 'BACK' })} />;
}

/** The challenge (Android: and the PIN), then Generate Passcode; Enter in a field does the same. */
function ChallengeEntry({ send, t, platform, phone }: PhoneProps & { phone: Extract<Screen, { screen: 'challenge' }> }) {
  const android = platform === 'android';
  return (
    <PhoneFrame platform={platform} chrome="inner" t={t} title={t('sim.common.app.menu.authenticate')} onBack={() => send({ type: 'BACK' })}>
      <form
        className="screen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'GENERATE_PASSCODE' });
        }}
      >
        <p className="screen__text">{t(android ? 'sim.challenge-login.app.androidIntro' : 'sim.challenge-login.app.iosIntro')}</p>
        {android ? (
          <PinInput
            id="sim-app-pin"
            label={t('sim.challenge-login.app.pinLabel')}
            value={phone.pin}
            maxLength={PIN_RULE.maxInput}
            hint={t('sim.challenge-login.app.pinHint')}
            problem={phone.pinProblem ? t(CHALLENGE_REASONS[`pin.${phone.pinProblem}`]) : undefined}
            onChange={(value) => send({ type: 'TYPE_PIN', value })}
          />
        ) : null}
        <CodeInput
          id="sim-app-challenge"
          label={t('sim.challenge-login.app.challengeLabel')}
          value={phone.challenge}
          maxLength={CHALLENGE_RULE.maxInput}
          inputMode="numeric"
          hint={t('sim.challenge-login.app.challengeHint')}
          problem={phone.challengeProblem ? t(CHALLENGE_REASONS[`challenge.${phone.challengeProblem}`]) : undefined}
          onChange={(value) => send({ type: 'TYPE_CHALLENGE', value })}
        />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {t('sim.challenge-login.app.generate')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}

const UNLOCK: { method: 'face' | 'fingerprint' | 'passcode'; label: UiKey }[] = [
  { method: 'face', label: 'sim.challenge-login.unlock.face' },
  { method: 'fingerprint', label: 'sim.challenge-login.unlock.fingerprint' },
  { method: 'passcode', label: 'sim.challenge-login.unlock.passcode' },
];

/** iPhone: Face ID (look at the screen), Touch ID (finger on the Home button), or the passcode. */
function Unlock({ send, t, platform }: PhoneProps) {
  return (
    <PhoneFrame platform={platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="unlock-art" aria-hidden="true" />
        <ScreenHeading>{t('sim.challenge-login.unlock.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.challenge-login.unlock.body')}</p>
        <div className="screen__actions">
          {UNLOCK.map(({ method, label }) => (
            <button key={method} type="button" className="app-btn app-btn--secondary" onClick={() => send({ type: 'UNLOCK', method })}>
              {t(label)}
            </button>
          ))}
        </div>
      </div>
    </PhoneFrame>
  );
}

function Response({ send, t, platform, response }: PhoneProps & { response: string }) {
  return (
    <PhoneFrame platform={platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <ScreenHeading>{t('sim.challenge-login.app.responseTitle')}</ScreenHeading>
        <p className="response-code">
          <span className="response-code__value" translate="no">
            {response}
          </span>
          <PracticeMark t={t} />
        </p>
        <p className="screen__text">{t('sim.challenge-login.app.responseBody')}</p>
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'done' })}>
            {t('sim.challenge-login.app.done')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}
