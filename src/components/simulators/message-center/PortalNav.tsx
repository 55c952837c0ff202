import type { ViewContext } from './context';
import { PersonIcon } from './icons';

/**
 * The logged-in portal's top bar: Home on the left, the user menu (a person icon) at the top
 * right. The menu is a disclosure: its button says whether it is open, Escape closes it.
 */
export function PortalNav({ state, send, t }: ViewContext) {
  const open = state.menuOpen;
  return (
    <nav
      className="mc-nav"
      aria-label={t('sim.message-center.nav.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) send({ type: 'CLOSE_MENU' });
      }}
    >
      <button type="button" className="mc-nav__link" onClick={() => send({ type: 'GO', to: 'home' })}>
        {t('sim.message-center.nav.home')}
      </button>
      <div className="mc-user" data-crop="user-menu">
        <button
          type="button"
          className="mc-user__button"
          aria-expanded={open}
          aria-controls="sim-mc-user-menu"
          aria-label={t('sim.message-center.nav.userMenu')}
          onClick={() => send({ type: 'TOGGLE_MENU' })}
        >
          <PersonIcon />
        </button>
        <ul className="mc-user__menu" id="sim-mc-user-menu" hidden={!open}>
          <li className="mc-user__who">{state.account.username}</li>
          <li>
            <button type="button" className="mc-user__item" onClick={() => send({ type: 'GO', to: 'inbox' })}>
              {t('sim.message-center.menu.messageCenter')}
            </button>
          </li>
          <li>
            <button type="button" className="mc-user__item" onClick={() => send({ type: 'GO', to: 'log-out' })}>
              {t('sim.common.portal.logOut')}
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
