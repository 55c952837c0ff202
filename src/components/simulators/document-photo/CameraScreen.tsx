import { latestShot } from '../../../flows/document-photo/document-photo.phone';
import { PhoneFrame } from '../parts/PhoneFrame';
import { ScreenHeading } from '../parts/ScreenHeading';
import type { ViewContext } from './context';
import { SwitchIcon } from './icons';
import { Thumbnail } from './PhotoCanvas';
import { Viewfinder } from './Viewfinder';

/**
 * The phone's camera: the picture, its zoom, and at the bottom the shutter in the middle, the
 * lens switch, and the last photo's thumbnail (iPhone: a square at the bottom left; Android: a
 * circle at the bottom right).
 */
export function CameraScreen(ctx: ViewContext) {
  const { state, send, t } = ctx;
  const android = state.platform === 'android';
  const shot = latestShot(state);
  const lens = t(state.camera.lens === 'rear' ? 'sim.document-photo.camera.rear' : 'sim.document-photo.camera.front');
  const thumbnail = (
    <button type="button" className={`dp-thumb${android ? ' dp-thumb--round' : ''}`} disabled={shot === undefined} aria-label={t('sim.document-photo.camera.thumbnail')} onClick={() => send({ type: 'TAP', target: 'thumbnail' })}>
      {shot === undefined ? null : <Thumbnail {...ctx} shot={shot} />}
    </button>
  );
  const lensSwitch = (
    <button type="button" className="dp-round" aria-label={t('sim.document-photo.camera.switch', { lens })} onClick={() => send({ type: 'SWITCH_LENS' })}>
      <SwitchIcon />
    </button>
  );
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t} dark>
      <div className={`dp-camera dp-camera--${state.platform}`}>
        <ScreenHeading className="dp-camera__heading">{t('sim.document-photo.camera.title')}</ScreenHeading>
        <Viewfinder {...ctx} />
        <p className="dp-camera__zoom" aria-hidden="true">
          {state.camera.frame.zoom.toFixed(1)}×
        </p>
        <p className="dp-camera__mode">{t('sim.document-photo.camera.mode')}</p>
        <div className="dp-camera__bar">
          {android ? lensSwitch : thumbnail}
          <button type="button" className="dp-shutter" aria-label={t('sim.document-photo.camera.shutter')} onClick={() => send({ type: 'SHUTTER' })}>
            <span className="dp-shutter__ring" aria-hidden="true" />
          </button>
          {android ? thumbnail : lensSwitch}
        </div>
      </div>
    </PhoneFrame>
  );
}
