import type { AppMenu, PhoneTarget } from '../../../../flows/enrollment/enrollment.types';
import { DemoCredentials } from '../../parts/DemoCredentials';
import type { UiKey } from '../../../../i18n/t';
import { PhoneFrame } from '../../parts/PhoneFrame';
import type { ViewContext } from '../context';

/** IBKR Mobile's login screen: Services top-left, demo credentials pre-filled and read-only. */
export function AppLogin({ state, send, t }: ViewContext) {
  const tap = (target: PhoneTarget) => send({ type: 'TAP', target });
  return (
    <PhoneFrame platform={state.platform} chrome="login" t={t} title={t('sim.enrollment.app.loginTitle')} onServices={() => tap('services')}>
      <form
        className="screen"
        onSubmit={(e) => {
          e.preventDefault();
          tap('log-in');
        }}
      >
        <div className="app-logo" aria-hidden="true" />
        <p className="app-name">{t('sim.common.app.name')}</p>
        <p className="screen__note">{t('sim.common.demoCredentials')}</p>
        <DemoCredentials idPrefix="sim-app" username={state.account.username} t={t} />
        <div className="screen__actions">
          <button type="submit" className="app-btn">
            {t('sim.enrollment.app.logIn')}
          </button>
        </div>
      </form>
    </PhoneFrame>
  );
}

const HOLDINGS = [
  ['sim.enrollment.app.netValue', '1,250,000'],
  ['sim.enrollment.app.cash', '320,000'],
  ['sim.enrollment.app.dailyPnl', '+4,800'],
] as const satisfies readonly (readonly [UiKey, string])[];

/** The app's home (portfolio) with demo numbers. More: top-left on Android, bottom-right on iOS. */
export function AppHome({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="main" t={t} title={t('sim.enrollment.app.portfolio')} onMore={() => send({ type: 'TAP', target: 'more' })}>
      <div className="portfolio">
        <p className="screen__note">{t('sim.enrollment.app.demoData')}</p>
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

interface MenuItem {
  key: UiKey;
  /** A button that goes somewhere; items without a target are shown for context only. */
  target?: PhoneTarget;
}

function menuItems(menu: AppMenu, ios: boolean): MenuItem[] {
  const generate: UiKey = ios ? 'sim.enrollment.menu.generateCode' : 'sim.enrollment.menu.generateResponse';
  switch (menu) {
    case 'services':
      return [{ key: 'sim.enrollment.menu.authenticate', target: 'authenticate' }, { key: 'sim.enrollment.menu.contactUs' }];
    case 'authenticate':
    case 'two-factor':
      return [{ key: 'sim.enrollment.menu.addUser', target: 'add-user' }, { key: generate }];
    case 'more':
      return [
        { key: 'sim.enrollment.menu.account' },
        { key: 'sim.enrollment.menu.twoFactor', target: 'two-factor' },
        { key: 'sim.enrollment.menu.settings' },
      ];
  }
}

const MENU_TITLES: Record<AppMenu, UiKey> = {
  services: 'sim.common.app.services',
  authenticate: 'sim.enrollment.menu.authenticate',
  more: 'sim.common.app.more',
  'two-factor': 'sim.enrollment.menu.twoFactor',
};

/** Services, Authenticate, More and Two-Factor Authentication: lists of menu items. */
export function MenuScreen({ state, send, t, menu }: ViewContext & { menu: AppMenu }) {
  const items = menuItems(menu, state.platform === 'ios');
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t(MENU_TITLES[menu])} onBack={() => send({ type: 'BACK' })}>
      <ul className="menu-list">
        {items.map(({ key, target }) => (
          <li key={key}>
            {target ? (
              <button type="button" className="menu-list__item" onClick={() => send({ type: 'TAP', target })}>
                {t(key)}
              </button>
            ) : (
              <span className="menu-list__item menu-list__item--static">{t(key)}</span>
            )}
          </li>
        ))}
      </ul>
    </PhoneFrame>
  );
}
