import type { ViewContext } from '../context';
import { AddUser } from './AddUser';
import { AppHome, AppLogin, MenuScreen } from './AppScreens';
import { CameraDenied, CameraPermission, CameraScreen } from './CameraScreens';
import { CodeEntry } from './CodeEntry';
import { AllowNotifications, AppStore, NotificationsOff, PhoneHome, QrBanner, Website } from './OutsideApp';
import { PinEntry } from './PinEntry';
import { Activating, ErrorScreen, Success, Unlock } from './ResultScreens';
import { Notification } from './Notification';
import { Settings } from './Settings';

/** The phone's current screen. */
export function PhoneScreen(ctx: ViewContext) {
  const phone = ctx.state.phone;
  switch (phone.screen) {
    case 'app-login':
      return <AppLogin {...ctx} />;
    case 'app-home':
      return <AppHome {...ctx} />;
    case 'menu':
      return <MenuScreen {...ctx} menu={phone.menu} />;
    case 'add-user':
      return <AddUser {...ctx} />;
    case 'code-entry':
      return <CodeEntry {...ctx} input={phone.input} problem={phone.problem} />;
    case 'pin-entry':
      return <PinEntry {...ctx} code={phone.code} pin={phone.pin} problem={phone.problem} />;
    case 'camera-permission':
      return <CameraPermission {...ctx} />;
    case 'camera-denied':
      return <CameraDenied {...ctx} />;
    case 'camera':
      return <CameraScreen {...ctx} kind={phone.kind} hint={phone.hint} />;
    case 'unlock':
      return <Unlock {...ctx} />;
    case 'activating':
      return <Activating {...ctx} />;
    case 'success':
      return <Success {...ctx} />;
    case 'error':
      return <ErrorScreen {...ctx} />;
    case 'qr-banner':
      return <QrBanner {...ctx} opens={phone.opens} />;
    case 'website':
      return <Website {...ctx} />;
    case 'app-store':
      return <AppStore {...ctx} installing={phone.installing} />;
    case 'phone-home':
      return <PhoneHome {...ctx} />;
    case 'allow-notifications':
      return <AllowNotifications {...ctx} />;
    case 'notifications-off':
      return <NotificationsOff {...ctx} />;
    case 'settings':
      return <Settings {...ctx} />;
    case 'notification':
      return <Notification {...ctx} />;
  }
}

