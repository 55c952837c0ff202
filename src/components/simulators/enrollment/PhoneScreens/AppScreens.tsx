import type { AppMenu, PhoneTarget } from '../../../../flows/enrollment/enrollment.types';
import type { UiKey } from '../../../../i18n/t';
import { AppLoginScreen, MenuScreen as AppMenuScreen, PortfolioScreen, type MenuItem } from '../../parts/IbkrApp';
import type { ViewContext } from '../context';

/** IBKR Mobile's login screen: Services top-left, demo credentials pre-filled and read-only. */
export function AppLogin({ state, send, t }: ViewContext) {
  const tap = (target: PhoneTarget) => send({ type: 'TAP', target });
  return <AppLoginScreen platform={state.platform} t={t} username={state.account.username} onServices={() => tap('services')} onLogIn={() => tap('log-in')} />;
}

export function AppHome({ state, send, t }: ViewContext) {
  return <PortfolioScreen platform={state.platform} t={t} onMore={() => send({ type: 'TAP', target: 'more' })} />;
}

const MENU_TITLES: Record<AppMenu, UiKey> = {
  services: 'sim.common.app.services',
  authenticate: 'sim.common.app.menu.authenticate',
  more: 'sim.common.app.more',
  'two-factor': 'sim.common.app.menu.twoFactor',
};

/** Services, Authenticate, More and Two-Factor Authentication: lists of menu items. */
export function MenuScreen({ state, send, t, menu }: ViewContext & { menu: AppMenu }) {
  const to = (target: PhoneTarget) => () => send({ type: 'TAP', target });
  const generate: UiKey = state.platform === 'ios' ? 'sim.common.app.menu.generateCode' : 'sim.common.app.menu.generateResponse';
  const items: Record<AppMenu, MenuItem[]> = {
    services: [{ label: 'sim.common.app.menu.authenticate', onTap: to('authenticate') }, { label: 'sim.common.app.menu.contactUs' }],
    authenticate: [{ label: 'sim.common.app.menu.addUser', onTap: to('add-user') }, { label: generate }],
    'two-factor': [{ label: 'sim.common.app.menu.addUser', onTap: to('add-user') }, { label: generate }],
    more: [{ label: 'sim.common.app.menu.account' }, { label: 'sim.common.app.menu.twoFactor', onTap: to('two-factor') }, { label: 'sim.common.app.menu.settings' }],
  };
  return <AppMenuScreen platform={state.platform} t={t} title={MENU_TITLES[menu]} items={items[menu]} onBack={() => send({ type: 'BACK' })} />;
}
