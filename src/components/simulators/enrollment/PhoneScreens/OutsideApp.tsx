import type { PhoneTarget } from '../../../../flows/enrollment/enrollment.types';
import { PermissionDialog } from '../../parts/PermissionDialog';
import { PhoneFrame } from '../../parts/PhoneFrame';
import { ScreenHeading } from '../../parts/ScreenHeading';
import { SystemBanner } from '../../parts/SystemBanner';
import type { ViewContext } from '../context';
import { Viewfinder } from './Viewfinder';

/** The Camera app read the portal's QR code: a banner at the top offers to open it. */
export function QrBanner(ctx: ViewContext & { opens: 'website' | 'app' }) {
  const { state, send, t, opens } = ctx;
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="camera">
        <ScreenHeading className="camera__heading">{t('sim.enrollment.camera.systemTitle')}</ScreenHeading>
        <Viewfinder {...ctx}>
          <SystemBanner
            source={t('sim.enrollment.banner.source')}
            message={t(opens === 'app' ? 'sim.enrollment.banner.openApp' : 'sim.enrollment.banner.openWebsite')}
            onTap={() => send({ type: 'TAP_BANNER' })}
          />
        </Viewfinder>
        <p className="camera__hint">{t('sim.enrollment.banner.help')}</p>
      </div>
    </PhoneFrame>
  );
}

/** The broker's website (practice copy), leading to the app store. */
export function Website({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <p className="browser-bar" translate="no">
        {t('sim.enrollment.website.address')}
      </p>
      <div className="screen">
        <ScreenHeading>{t('sim.enrollment.website.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.enrollment.website.body')}</p>
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'get-app' })}>
            {t('sim.enrollment.website.toStore')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}

/** The store page of the app, with Get; installing takes a moment. */
export function AppStore({ state, send, t, installing }: ViewContext & { installing: boolean }) {
  const ios = state.platform === 'ios';
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen">
        <ScreenHeading>{t(ios ? 'sim.enrollment.store.title.ios' : 'sim.enrollment.store.title.android')}</ScreenHeading>
        <div className="store-app">
          <span className="app-logo" aria-hidden="true" />
          <div className="store-app__meta">
            <p className="store-app__name">{t('sim.common.app.name')}</p>
            {installing ? null : (
              <button type="button" className="store-get" onClick={() => send({ type: 'TAP', target: 'get-app' })}>
                {t(ios ? 'sim.enrollment.store.get' : 'sim.enrollment.store.install')}
              </button>
            )}
          </div>
        </div>
        {installing ? (
          <>
            <span className="progress" aria-hidden="true" />
            <p className="screen__text">{t('sim.enrollment.store.installing')}</p>
          </>
        ) : (
          <p className="screen__note">{t('sim.enrollment.store.note')}</p>
        )}
      </div>
    </PhoneFrame>
  );
}

/** The phone's home screen: Camera, Settings and, once installed, the app. */
export function PhoneHome({ state, send, t }: ViewContext) {
  const installed = state.settings.appInstalled;
  const icon = (target: PhoneTarget, kind: string, label: string) => (
    <li>
      <button type="button" className={`home-icon home-icon--${kind}`} onClick={() => send({ type: 'TAP', target })}>
        <span className="home-icon__art" aria-hidden="true" />
        {label}
      </button>
    </li>
  );
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="home-screen">
        <ScreenHeading>{t('sim.enrollment.home.title')}</ScreenHeading>
        <ul className="home-grid">
          {icon('camera-app', 'camera', t('sim.enrollment.home.camera'))}
          {icon('open-settings', 'settings', t('sim.enrollment.home.settings'))}
          {installed ? icon('open-app', 'app', t('sim.common.app.name')) : null}
        </ul>
        <p className="screen__note">{t(installed ? 'sim.enrollment.home.installedTip' : 'sim.enrollment.home.tip')}</p>
      </div>
    </PhoneFrame>
  );
}

/** Notifications refused: what the reader loses (login notifications), and how to turn them on later. */
export function NotificationsOff({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <ScreenHeading>{t('sim.enrollment.notificationsOff.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.enrollment.notificationsOff.body')}</p>
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'continue' })}>
            {t('sim.enrollment.notificationsOff.continue')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}

/** Opened from the banner, the app asks once for notifications. */
export function AllowNotifications({ state, send, t }: ViewContext) {
  const answer = (allow: boolean) => () => send({ type: 'ALLOW_NOTIFICATIONS', allow });
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <PermissionDialog
        platform={state.platform}
        title={t('sim.enrollment.notifications.title')}
        body={t('sim.enrollment.notifications.body')}
        buttons={[
          { label: t('sim.enrollment.notifications.deny'), onClick: answer(false) },
          { label: t('sim.enrollment.notifications.allow'), onClick: answer(true), primary: true },
        ]}
      />
    </PhoneFrame>
  );
}
