import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n/t';

export interface PortalFrameProps {
  t: Translate;
  /** The website's name in the bar (default: Client Portal). */
  name?: string | undefined;
  /** Shown with a Log out button when someone is logged in. */
  onLogOut?: (() => void) | undefined;
  children: ReactNode;
}

/** The broker's website (Client Portal unless `name` says otherwise) in a browser-like frame, always marked as a practice copy. */
export function PortalFrame({ t, name, onLogOut, children }: PortalFrameProps) {
  return (
    <section className="portal" aria-labelledby="sim-portal-name">
      <div className="portal__bar">
        <h2 className="portal__name" id="sim-portal-name">
          {name ?? t('sim.common.portal.name')} <span className="portal__badge">{t('sim.common.practiceBadge')}</span>
        </h2>
        {onLogOut ? (
          <button type="button" className="btn btn--small" onClick={onLogOut}>
            {t('sim.common.portal.logOut')}
          </button>
        ) : null}
      </div>
      <div className="portal__body">{children}</div>
    </section>
  );
}

/** A portal screen's heading: it takes focus when the portal changes screen. */
export function PortalHeading({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h3 className="portal__heading" tabIndex={-1} data-portal-heading="" id={id}>
      {children}
    </h3>
  );
}
