import type { UiKey } from '../../../i18n/t';
import { PhoneFrame } from '../parts/PhoneFrame';
import { ScreenHeading } from '../parts/ScreenHeading';
import type { ViewContext } from './context';
import { CameraIcon, GridIcon } from './icons';

/** An app on a home screen: the Camera app is the one that opens; the others are there for context. */
function AppIcon({ label, kind, onTap }: { label: string; kind: string; onTap?: () => void }) {
  return (
    <li>
      {onTap ? (
        <button type="button" className={`home-icon dp-app dp-app--${kind}`} onClick={onTap}>
          <span className="dp-app__art" aria-hidden="true">
            <CameraIcon />
          </span>
          {label}
        </button>
      ) : (
        <span className={`home-icon home-icon--static dp-app dp-app--${kind}`}>
          <span className="dp-app__art" aria-hidden="true" />
          {label}
        </span>
      )}
    </li>
  );
}

const IOS_APPS: UiKey[] = ['sim.document-photo.app.photos', 'sim.document-photo.app.mail', 'sim.document-photo.app.settings'];
const ANDROID_APPS: UiKey[] = ['sim.document-photo.app.gallery', 'sim.document-photo.app.gmail', 'sim.document-photo.app.settings'];

/** The home screen: the Camera app; on the iPhone a swipe up from the bottom edge, on Android the list of all apps. */
export function HomeScreen({ state, send, t }: ViewContext) {
  const ios = state.platform === 'ios';
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="home-screen dp-home">
        <ScreenHeading>{t('sim.document-photo.home.title')}</ScreenHeading>
        <ul className="home-grid">
          <AppIcon label={t('sim.document-photo.app.camera')} kind="camera" onTap={() => send({ type: 'TAP', target: 'camera-app' })} />
          {(ios ? IOS_APPS : ANDROID_APPS).map((key) => (
            <AppIcon key={key} label={t(key)} kind="other" />
          ))}
        </ul>
        {ios ? (
          <button type="button" className="dp-swipe" onClick={() => send({ type: 'TAP', target: 'swipe-up' })}>
            <span className="dp-swipe__handle" aria-hidden="true" />
            {t('sim.document-photo.home.swipeUp')}
          </button>
        ) : (
          <button type="button" className="dp-swipe" onClick={() => send({ type: 'TAP', target: 'all-apps' })}>
            <GridIcon />
            {t('sim.document-photo.home.allApps')}
          </button>
        )}
      </div>
    </PhoneFrame>
  );
}

/** iPhone, swiped up from the bottom: shortcuts, among them the camera icon. */
export function ControlCenter({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="dp-shortcuts">
        <ScreenHeading>{t('sim.document-photo.shortcuts.title')}</ScreenHeading>
        <ul className="dp-shortcuts__grid">
          {['a', 'b', 'c', 'd', 'e'].map((id) => (
            <li key={id} className="dp-shortcuts__tile" aria-hidden="true" />
          ))}
          <li>
            <button type="button" className="dp-shortcuts__tile dp-shortcuts__camera" aria-label={t('sim.document-photo.shortcuts.camera')} onClick={() => send({ type: 'TAP', target: 'camera-icon' })}>
              <CameraIcon />
            </button>
          </li>
        </ul>
        <button type="button" className="dp-swipe" onClick={() => send({ type: 'BACK' })}>
          {t('sim.document-photo.shortcuts.close')}
        </button>
      </div>
    </PhoneFrame>
  );
}

const APP_LIST: UiKey[] = ['sim.document-photo.app.calculator', 'sim.document-photo.app.calendar', 'sim.document-photo.app.camera', 'sim.document-photo.app.clock', 'sim.document-photo.app.gmail', 'sim.document-photo.app.settings'];

/** Android: all apps, in alphabetical order in English; the camera app's name depends on the phone's maker. */
export function AppList({ state, send, t }: ViewContext) {
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.document-photo.apps.title')} onBack={() => send({ type: 'BACK' })}>
      <div className="screen">
        <ul className="home-grid dp-apps">
          {APP_LIST.map((key) =>
            key === 'sim.document-photo.app.camera' ? (
              <AppIcon key={key} label={t(key)} kind="camera" onTap={() => send({ type: 'TAP', target: 'camera-app' })} />
            ) : (
              <AppIcon key={key} label={t(key)} kind="other" />
            ),
          )}
        </ul>
        <p className="screen__note">{t('sim.document-photo.apps.note')}</p>
      </div>
    </PhoneFrame>
  );
}
