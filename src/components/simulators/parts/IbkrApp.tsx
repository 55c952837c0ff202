/**
 * The broker app's screens that several flows share: the login screen (Services top-left),
 * the portfolio (More top-left on Android, bottom-right on iPhone) and a menu list. Labels
 * come from the caller, so each flow decides where its items lead.
 */
import type { UiKey } from '../../../i18n/t';
import type { Translate } from '../../../i18n/t';
import { DemoCredentials } from './DemoCredentials';
import { PhoneFrame } from './PhoneFrame';
import type { PhonePlatform } from './phone-platform';

interface AppScreenProps {
  platform: PhonePlatform;
  t: Translate;
}

export function AppLoginScreen({ platform, t, username, onServices, onLogIn }: AppScreenProps & { username: string; onServices: () => void; onLogIn: () => void }) {
  return (
    <PhoneFrame platform={platform} chrome="login" t={t} title={t('sim.common.app.loginTitle')} onServices={onServices}>
      <form
        className="screen"
        onSubmit={(e) => {
          e.preventDefault();
          onLogIn();
        }}
      >
        <div className="app-logo" aria-hidden="true" />
        <p className="app-name">{t('sim.common.app.name')}</p>
        <p className="screen__note">{t('sim.common.demoCredentials')}</p>
        <DemoCredentials idPrefix="sim-app" username={username} t={t} />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {t('sim.common.app.logIn')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}

const HOLDINGS = [
  ['sim.common.app.netValue', '1,250,000'],
  ['sim.common.app.cash', '320,000'],
  ['sim.common.app.dailyPnl', '+4,800'],
] as const satisfies readonly (readonly [UiKey, string])[];

/** The app's home (portfolio) with demo numbers. */
export function PortfolioScreen({ platform, t, onMore }: AppScreenProps & { onMore: () => void }) {
  return (
    <PhoneFrame platform={platform} chrome="main" t={t} title={t('sim.common.app.portfolio')} onMore={onMore}>
      <div className="portfolio">
        <p className="screen__note">{t('sim.common.app.demoData')}</p>
        {HOLDINGS.map(([key, value]) => (
          <p className="portfolio__row screen__text" key={key}>
            <span>{t(key)}</span>
            <span className="portfolio__value">{value}</span>
          </p>
        ))}
      </div>
    </PhoneFrame>
  );
}

export interface MenuItem {
  label: UiKey;
  /** Items without a handler are shown for context only. */
  onTap?: (() => void) | undefined;
}

export function MenuScreen({ platform, t, title, items, onBack }: AppScreenProps & { title: UiKey; items: MenuItem[]; onBack: () => void }) {
  return (
    <PhoneFrame platform={platform} chrome="inner" t={t} title={t(title)} onBack={onBack}>
      <ul className="menu-list">
        {items.map(({ label, onTap }) => (
          <li key={label}>
            {onTap ? (
              <button type="button" className="menu-list__item" onClick={onTap}>
                {t(label)}
              </button>
            ) : (
              <span className="menu-list__item menu-list__item--static">{t(label)}</span>
            )}
          </li>
        ))}
      </ul>
    </PhoneFrame>
  );
}
