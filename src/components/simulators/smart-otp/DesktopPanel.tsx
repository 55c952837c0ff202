import { desktopHint } from '../../../flows/smart-otp/smart-otp.selectors';
import { Desktop, DesktopIcon, DesktopWindow } from '../parts/DesktopWindow';
import { PracticeMark } from '../parts/PracticeMark';
import { AppScreen } from './AppScreens';
import { APP_ICON_LABEL, APP_WINDOW_TITLE, type ViewContext } from './context';

/**
 * The reader's Windows PC: the app's icon once it is downloaded, its window when open, and a
 * practice hint under the desktop when the app was closed before the account was registered.
 */
export function DesktopPanel(ctx: ViewContext) {
  const { state, send, t } = ctx;
  const { desktop } = state;
  const hint = desktopHint(state);
  const note = !desktop.installed ? (
    <p className="practice-tip">
      <PracticeMark t={t} /> {t('sim.smart-otp.desktop.noApp')}
    </p>
  ) : hint === 'closedEarly' ? (
    <p className="practice-tip">
      <PracticeMark t={t} /> {t('sim.smart-otp.desktop.closedEarly')}
    </p>
  ) : null;
  return (
    <Desktop
      label={t('sim.smart-otp.desktop.label')}
      note={note}
      icons={
        desktop.installed ? (
          <DesktopIcon
            label={APP_ICON_LABEL}
            hint={t('sim.smart-otp.desktop.iconHint')}
            art="otp"
            selected={desktop.iconSelected}
            onSelect={() => send({ type: 'SELECT_ICON' })}
            onOpen={() => send({ type: 'OPEN_APP' })}
          />
        ) : null
      }
    >
      {desktop.window ? (
        <DesktopWindow title={APP_WINDOW_TITLE} closeLabel={t('sim.common.close')} onClose={() => send({ type: 'CLOSE_APP' })} crop="window">
          <AppScreen {...ctx} window={desktop.window} />
        </DesktopWindow>
      ) : null}
    </Desktop>
  );
}
