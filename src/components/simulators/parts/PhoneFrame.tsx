import type { ReactNode } from 'react';
import type { PhonePlatform } from './phone-platform';
import type { Translate } from '../../../i18n/t';
import { ScreenHeading } from './ScreenHeading';

/**
 * What surrounds a screen inside the broker app:
 * - 'login': the app's login screen, "Services" top-left;
 * - 'main': after login, "More" top-left on Android (app bar), bottom-right on iOS (tab bar);
 * - 'inner': a back arrow and the screen title;
 * - 'bare': no app bar (camera, system screens); the screen draws its own heading.
 */
export type PhoneChrome = 'login' | 'main' | 'inner' | 'bare';

export interface PhoneFrameProps {
  platform: PhonePlatform;
  chrome: PhoneChrome;
  t: Translate;
  /** Screen title in the app bar; it is the heading that takes focus. Not used with 'bare'. */
  title?: string;
  onServices?: (() => void) | undefined;
  onMore?: (() => void) | undefined;
  onBack?: (() => void) | undefined;
  /** Dark screen (camera). */
  dark?: boolean;
  children: ReactNode;
}

function StatusBar({ platform }: { platform: PhonePlatform }) {
  return (
    <div className="phone__status" aria-hidden="true">
      <span className="phone__clock">{platform === 'ios' ? '9:41' : '10:00'}</span>
      <span className="phone__icons">
        <span className="phone__signal" />
        <span className="phone__wifi" />
        <span className="phone__battery" />
      </span>
    </div>
  );
}

function BarButton({ label, icon, onClick }: { label: string; icon: string; onClick: () => void }) {
  return (
    <button type="button" className={`phone__bar-btn phone__bar-btn--${icon}`} onClick={onClick}>
      <span className="phone__bar-icon" aria-hidden="true" />
      <span className="phone__bar-label">{label}</span>
    </button>
  );
}

function AppBar({ platform, chrome, t, title, onServices, onMore, onBack }: Omit<PhoneFrameProps, 'children' | 'dark'>) {
  let left: ReactNode = null;
  if (chrome === 'login' && onServices) left = <BarButton label={t('sim.common.app.services')} icon="services" onClick={onServices} />;
  if (chrome === 'main' && platform === 'android' && onMore) left = <BarButton label={t('sim.common.app.more')} icon="more" onClick={onMore} />;
  if (chrome === 'inner' && onBack) left = <BarButton label={t('sim.common.back')} icon="back" onClick={onBack} />;
  return (
    <div className="phone__bar">
      <div className="phone__bar-left">{left}</div>
      <ScreenHeading className="phone__title">{title}</ScreenHeading>
      <div className="phone__bar-right" />
    </div>
  );
}

const IOS_TABS = ['home', 'portfolio', 'watchlists', 'trade'] as const;

function TabBar({ t, onMore }: { t: Translate; onMore: () => void }) {
  return (
    <nav className="phone__tabs" aria-label={t('sim.common.app.tabs')}>
      {IOS_TABS.map((tab) => (
        <span key={tab} className={`phone__tab phone__tab--${tab}`} aria-hidden="true">
          <span className="phone__tab-icon" />
          {t(`sim.common.app.tab.${tab}`)}
        </span>
      ))}
      <button type="button" className="phone__tab phone__tab--more" onClick={onMore}>
        <span className="phone__tab-icon" aria-hidden="true" />
        {t('sim.common.app.more')}
      </button>
    </nav>
  );
}

/** An unbranded phone, about 320×640 CSS px, drawn with CSS only: iOS or Android look. */
export function PhoneFrame(props: PhoneFrameProps) {
  const { platform, chrome, t, onMore, dark, children } = props;
  return (
    <div className={`phone phone--${platform}${dark ? ' phone--dark' : ''}`}>
      <div className="phone__screen">
        <StatusBar platform={platform} />
        {chrome === 'bare' ? null : <AppBar {...props} />}
        <div className="phone__body">{children}</div>
        {chrome === 'main' && platform === 'ios' && onMore ? <TabBar t={t} onMore={onMore} /> : null}
        <div className={platform === 'ios' ? 'phone__home-indicator' : 'phone__nav'} aria-hidden="true">
          {platform === 'android' ? (
            <>
              <span className="phone__nav-back" />
              <span className="phone__nav-home" />
              <span className="phone__nav-recent" />
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
