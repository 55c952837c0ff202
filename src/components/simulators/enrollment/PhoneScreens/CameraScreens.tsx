import type { CameraHint } from '../../../../flows/enrollment/enrollment.types';
import { PermissionDialog } from '../../parts/PermissionDialog';
import { PhoneFrame } from '../../parts/PhoneFrame';
import { ScreenHeading } from '../../parts/ScreenHeading';
import type { ViewContext } from '../context';
import { ENROLLMENT_REASONS } from '../../../../flows/enrollment/enrollment.reasons';
import { Viewfinder } from './Viewfinder';

/** The app asks for the camera the first time QR CODE / Launch Camera is tapped. */
export function CameraPermission({ state, send, t }: ViewContext) {
  const answer = (allow: boolean) => () => send({ type: 'CAMERA_PERMISSION', allow });
  const buttons =
    state.platform === 'ios'
      ? [
          { label: t('sim.enrollment.permission.ios.deny'), onClick: answer(false) },
          { label: t('sim.common.ok'), onClick: answer(true), primary: true },
        ]
      : [
          { label: t('sim.enrollment.permission.android.whileUsing'), onClick: answer(true), primary: true },
          { label: t('sim.enrollment.permission.android.onlyThisTime'), onClick: answer(true) },
          { label: t('sim.enrollment.permission.android.deny'), onClick: answer(false) },
        ];
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <PermissionDialog
        platform={state.platform}
        title={t(state.platform === 'ios' ? 'sim.enrollment.permission.ios.camera' : 'sim.enrollment.permission.android.camera')}
        body={state.platform === 'ios' ? t('sim.enrollment.permission.ios.cameraWhy') : undefined}
        buttons={buttons}
      />
    </PhoneFrame>
  );
}

/** Camera access was refused: how to allow it, or type the code instead. */
export function CameraDenied({ state, send, t }: ViewContext) {
  const ios = state.platform === 'ios';
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.enrollment.cameraDenied.title')} onBack={() => send({ type: 'BACK' })}>
      <div className="screen">
        <p className="screen__text">{t(ios ? 'sim.enrollment.cameraDenied.ios' : 'sim.enrollment.cameraDenied.android')}</p>
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'open-settings' })}>
            {t('sim.enrollment.cameraDenied.openSettings')}
          </button>
          <button type="button" className="app-btn app-btn--secondary" onClick={() => send({ type: 'BACK' })}>
            {t('sim.enrollment.cameraDenied.typeInstead')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}

/** The app's QR scanner (kind 'app') or the phone's own Camera app (kind 'system'). */
export function CameraScreen(props: ViewContext & { kind: 'app' | 'system'; hint?: CameraHint | undefined }) {
  const { state, send, t, pointCamera, kind, hint } = props;
  const system = kind === 'system';
  const lens = state.settings.lens === 'rear' ? t('sim.enrollment.camera.rear') : t('sim.enrollment.camera.front');
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className="camera">
        <ScreenHeading className="camera__heading">
          {t(system ? 'sim.enrollment.camera.systemTitle' : 'sim.enrollment.camera.appTitle')}
        </ScreenHeading>
        <Viewfinder {...props} />
        <p className="camera__hint">{hint ? t(ENROLLMENT_REASONS[`camera.${hint}`]) : t(system ? 'sim.enrollment.camera.systemHelp' : 'sim.enrollment.camera.appHelp')}</p>
        <div className="camera__controls">
          {hint === 'scanQrOff' ? (
            <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'open-settings' })}>
              {t('sim.enrollment.camera.openCameraSettings')}
            </button>
          ) : null}
          <button type="button" className="app-btn" onClick={pointCamera}>
            {t('sim.enrollment.camera.point')}
          </button>
          <div className="camera__row">
            <button type="button" className="app-btn app-btn--secondary" onClick={() => send({ type: 'SWITCH_LENS' })}>
              {t('sim.enrollment.camera.switchLens', { lens })}
            </button>
            <button type="button" className="app-btn app-btn--secondary" onClick={() => send({ type: 'BACK' })}>
              {t(system ? 'sim.common.close' : 'sim.common.cancel')}
            </button>
          </div>
        </div>
      </div>
    </PhoneFrame>
  );
}
