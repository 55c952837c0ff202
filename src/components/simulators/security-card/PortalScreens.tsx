import { cardStatus, MAX_WRONG_CARD_TRIES, PRACTICE_TEMP_PASSCODE } from '../../../flows/services/security-cards';
import { CARD_REASONS } from '../../../flows/security-card/security-card.reasons';
import { today } from '../../../flows/security-card/security-card.machine';
import type { ValuesScreen } from '../../../flows/security-card/security-card.types';
import { CodeInput } from '../parts/CodeInput';
import { DemoCredentials } from '../parts/DemoCredentials';
import { PortalHeading } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import { CardSheet } from './CardSheet';
import type { ViewContext } from './context';

/** Log in: the demo credentials, and the temporary passcode unless a card is active (then the card is asked next). */
export function Login({ state, send, draw, now, t }: ViewContext) {
  const { screen } = state;
  if (screen.screen !== 'login') return null;
  const needsPasscode = cardStatus(state.account.card, today(state)) !== 'active';
  return (
    <form
      className="portal__form"
      data-crop="login"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'LOG_IN', now: now(), ...draw() });
      }}
    >
      <PortalHeading>{t(needsPasscode ? 'sim.security-card.login.titleTemporary' : 'sim.security-card.login.titleCard')}</PortalHeading>
      <p className="notice">{t('sim.common.demoCredentials')}</p>
      <DemoCredentials idPrefix="sim-portal" username={state.account.username} t={t} />
      {needsPasscode ? (
        <>
          <CodeInput
            id="sim-temp-passcode"
            label={t('sim.security-card.login.passcodeLabel')}
            value={screen.passcode}
            maxLength={64}
            hint={t('sim.security-card.login.passcodeHint')}
            problem={screen.problem ? t(CARD_REASONS[`passcode.${screen.problem}`]) : undefined}
            onChange={(value) => send({ type: 'TYPE_PASSCODE', value })}
          />
          <p className="portal__text practice-tip">
            <PracticeMark t={t} /> {t('sim.security-card.login.practicePasscode', { code: PRACTICE_TEMP_PASSCODE })}
          </p>
        </>
      ) : (
        <p className="portal__text">{t('sim.security-card.login.cardNext')}</p>
      )}
      <button type="submit" className="btn btn--primary">
        {t('sim.security-card.login.logIn')}
      </button>
    </form>
  );
}

/** The card, with Print (the browser's own print: the card alone on the page) and Continue. */
export function CardPage({ state, send, draw, t, printed }: ViewContext & { printed: boolean }) {
  const values = state.account.card?.values ?? [];
  return (
    <div className="portal__form portal__form--wide">
      <PortalHeading>{t('sim.security-card.card.heading')}</PortalHeading>
      <p className="portal__text">{t('sim.security-card.card.intro')}</p>
      <CardSheet values={values} username={state.account.username} t={t} />
      {printed ? <p className="notice notice--ok">{t('sim.security-card.card.printed')}</p> : null}
      <div className="portal__actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            send({ type: 'PRINT' });
            printCard();
          }}
        >
          {t('sim.security-card.card.print')}
        </button>
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'CONTINUE', indices: draw().indices })}>
          {t('sim.security-card.continue')}
        </button>
      </div>
    </div>
  );
}

/**
 * The browser's real print, of the card alone: a copy of the card goes to a container directly
 * in <body>, and while html[data-print='card'] is set the print stylesheet hides everything else,
 * so the card fills one page and nothing else prints.
 */
function printCard() {
  const card = document.querySelector('[data-security-card]');
  if (!card) return;
  const sheet = document.createElement('div');
  sheet.className = 'print-card';
  sheet.append(card.cloneNode(true));
  document.body.append(sheet);
  const root = document.documentElement;
  root.dataset['print'] = 'card';
  addEventListener(
    'afterprint',
    () => {
      delete root.dataset['print'];
      sheet.remove();
    },
    { once: true },
  );
  window.print();
}

export function Confirmation({ send, t, formatDate, expiresAt }: ViewContext & { expiresAt: number }) {
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.security-card.confirmation.title')}</PortalHeading>
      <p className="notice notice--ok">{t('sim.security-card.confirmation.body', { date: formatDate(expiresAt) })}</p>
      <button type="button" className="btn btn--primary" onClick={() => send({ type: 'OK' })}>
        OK
      </button>
    </div>
  );
}

export function Home({ state, t, formatDate }: ViewContext) {
  const expiresAt = state.account.card?.expiresAt;
  return (
    <div className="portal__form">
      <PortalHeading>{t('sim.common.portal.welcome', { user: state.account.username })}</PortalHeading>
      {expiresAt === undefined ? null : <p className="notice">{t('sim.security-card.home.cardUntil', { date: formatDate(expiresAt) })}</p>}
    </div>
  );
}

/** The practice lock, or the expired card: what happened and the way back. */
export function Stopped({ send, t, reason }: ViewContext & { reason: 'locked' | 'expired' }) {
  return (
    <div className="portal__form">
      <PortalHeading>{t(reason === 'locked' ? 'sim.security-card.lockedTitle' : 'sim.security-card.expiredTitle')}</PortalHeading>
      <p className="notice notice--danger">
        {reason === 'locked' ? <PracticeMark t={t} /> : null} {t(CARD_REASONS[reason])}
      </p>
      <button type="button" className="btn" onClick={() => send({ type: 'START_AGAIN' })}>
        {t('sim.security-card.startAgain')}
      </button>
    </div>
  );
}

export function Values({ send, t, screen }: ViewContext & { screen: ValuesScreen }) {
  const [first, second] = screen.indices;
  const problem = screen.problem ? t(CARD_REASONS[`values.${screen.problem}`], { first, second }) : undefined;
  return (
    <form
      className="portal__form"
      data-crop="values"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'SUBMIT_VALUES' });
      }}
    >
      <PortalHeading>{t(screen.purpose === 'activate' ? 'sim.security-card.values.activateTitle' : 'sim.security-card.values.loginTitle')}</PortalHeading>
      <p className="portal__text">{t('sim.security-card.values.intro')}</p>
      <p className="card-indices">
        <span>{t('sim.security-card.values.index', { n: String(first).padStart(2, '0') })}</span>
        <span>{t('sim.security-card.values.index', { n: String(second).padStart(2, '0') })}</span>
      </p>
      <CodeInput
        id="sim-card-values"
        label={t('sim.security-card.values.label')}
        value={screen.input}
        maxLength={64}
        inputMode="numeric"
        hint={t('sim.security-card.values.hint')}
        problem={problem}
        onChange={(value) => send({ type: 'TYPE_VALUES', value })}
      />
      {screen.wrong > 0 ? (
        <p className="portal__text">
          {t('sim.security-card.values.triesLeft', { left: MAX_WRONG_CARD_TRIES - screen.wrong })} <PracticeMark t={t} />
        </p>
      ) : null}
      <button type="submit" className="btn btn--primary">
        {t('sim.security-card.continue')}
      </button>
    </form>
  );
}
