import { CameraScreen } from './CameraScreen';
import { Compose, Sent } from './ComposeScreens';
import type { ViewContext } from './context';
import { AppList, ControlCenter, HomeScreen } from './HomeScreens';
import { PhotoScreen } from './PhotoScreen';
import { NoMail, ShareSheet } from './ShareScreens';

/** The practice phone's current screen. */
export function PhoneScreen(ctx: ViewContext) {
  const { phone } = ctx.state;
  switch (phone.screen) {
    case 'home':
      return <HomeScreen {...ctx} />;
    case 'control-center':
      return <ControlCenter {...ctx} />;
    case 'apps':
      return <AppList {...ctx} />;
    case 'camera':
      return <CameraScreen {...ctx} />;
    case 'photo':
      return <PhotoScreen {...ctx} phone={phone} />;
    case 'share':
      return <ShareSheet {...ctx} id={phone.shot} />;
    case 'no-mail':
      return <NoMail {...ctx} id={phone.shot} />;
    case 'compose':
      return <Compose {...ctx} id={phone.shot} draft={phone.draft} />;
    case 'sent':
      return <Sent {...ctx} id={phone.shot} />;
  }
}
