import { shotById } from '../../../flows/document-photo/document-photo.phone';
import type { PhoneScreen } from '../../../flows/document-photo/document-photo.types';
import { PhoneFrame } from '../parts/PhoneFrame';
import type { ViewContext } from './context';
import { ShareIcon } from './icons';
import { PhotoCanvas } from './PhotoCanvas';

type PhotoScreenState = Extract<PhoneScreen, { screen: 'photo' }>;

/**
 * The photo, opened from the camera's thumbnail: the picture (zoomable), and at the bottom
 * left the share icon. Back returns to the camera, to take it again.
 */
export function PhotoScreen(ctx: ViewContext & { phone: PhotoScreenState }) {
  const { state, send, t, phone } = ctx;
  const shot = shotById(state, phone.shot);
  const android = state.platform === 'android';
  const zoom = Math.round(phone.view.zoom * 100);
  return (
    <PhoneFrame platform={state.platform} chrome="inner" t={t} title={t('sim.document-photo.photo.title')} onBack={() => send({ type: 'BACK' })}>
      <div className="dp-photo">
        {shot === undefined ? null : <PhotoCanvas {...ctx} shot={shot} view={phone.view} label={t('sim.document-photo.photo.label', { zoom })} />}
        <div className="dp-toolbar">
          <button type="button" className="dp-toolbar__btn" aria-label={t('sim.document-photo.photo.share')} onClick={() => send({ type: 'TAP', target: 'share' })}>
            <ShareIcon android={android} />
          </button>
          <span className="dp-toolbar__spacer" aria-hidden="true" />
        </div>
      </div>
    </PhoneFrame>
  );
}
