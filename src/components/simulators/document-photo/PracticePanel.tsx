import { PRACTICE_REQUEST, subjectItems } from '../../../flows/document-photo/document-photo.mail';
import { viewSize } from '../../../flows/document-photo/document-photo.scene';
import type { Condition } from '../../../flows/document-photo/document-photo.types';
import type { UiKey } from '../../../i18n/t';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';
import { KEY_STEP, KEY_ZOOM } from './gestures';

const CONDITIONS: { id: Condition; label: UiKey }[] = [
  { id: 'dim', label: 'sim.document-photo.practice.dim' },
  { id: 'shadow', label: 'sim.document-photo.practice.shadow' },
  { id: 'shaky', label: 'sim.document-photo.practice.shaky' },
];

/**
 * Beside the phone, never in a figure: what the reader does with their hands and the room
 * (move the phone, closer or further, the light, their shadow, a steady hand), the photo's
 * zoom by buttons, whether the practice phone has a mail account, and the practice request.
 */
export function PracticePanel({ state, send, t }: ViewContext) {
  const { camera, phone } = state;
  const { width, height } = viewSize(camera.frame.zoom);
  const move = (dx: number, dy: number) => () => send({ type: 'MOVE', dx: dx * KEY_STEP * width, dy: dy * KEY_STEP * height });
  const button = (label: UiKey, onClick: () => void) => (
    <button type="button" className="btn btn--small" onClick={onClick}>
      {t(label)}
    </button>
  );
  return (
    <aside className="dp-panel" aria-labelledby="sim-dp-panel-title">
      <h3 className="dp-panel__title" id="sim-dp-panel-title">
        {t('sim.document-photo.practice.title')}
      </h3>
      {phone.screen === 'camera' ? (
        <div className="dp-panel__group" role="group" aria-labelledby="sim-dp-move">
          <p className="dp-panel__label" id="sim-dp-move">
            {t('sim.document-photo.practice.move')}
          </p>
          <div className="dp-panel__pad">
            {button('sim.document-photo.practice.up', move(0, -1))}
            {button('sim.document-photo.practice.left', move(-1, 0))}
            {button('sim.document-photo.practice.right', move(1, 0))}
            {button('sim.document-photo.practice.down', move(0, 1))}
            {button('sim.document-photo.practice.closer', () => send({ type: 'ZOOM', by: KEY_ZOOM }))}
            {button('sim.document-photo.practice.further', () => send({ type: 'ZOOM', by: 1 / KEY_ZOOM }))}
          </div>
          <p className="dp-panel__hint">{t('sim.document-photo.practice.moveHint')}</p>
        </div>
      ) : null}
      {phone.screen === 'photo' ? (
        <div className="dp-panel__group" role="group" aria-labelledby="sim-dp-zoom">
          <p className="dp-panel__label" id="sim-dp-zoom">
            {t('sim.document-photo.practice.zoom')}
          </p>
          <div className="dp-panel__pad">
            {button('sim.document-photo.practice.zoomIn', () => send({ type: 'PHOTO_ZOOM', by: KEY_ZOOM }))}
            {button('sim.document-photo.practice.zoomOut', () => send({ type: 'PHOTO_ZOOM', by: 1 / KEY_ZOOM }))}
            {button('sim.document-photo.practice.fit', () => send({ type: 'PHOTO_FIT' }))}
          </div>
          <p className="dp-panel__hint">{t('sim.document-photo.practice.zoomHint')}</p>
        </div>
      ) : null}
      <fieldset className="dp-panel__group">
        <legend className="dp-panel__label">{t('sim.document-photo.practice.conditions')}</legend>
        {CONDITIONS.map(({ id, label }) => (
          <label key={id} className="dp-panel__check">
            <input type="checkbox" checked={camera.conditions[id]} onChange={(e) => send({ type: 'SET_CONDITION', condition: id, on: e.currentTarget.checked })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="dp-panel__group">
        <legend className="dp-panel__label">{t('sim.document-photo.practice.phone')}</legend>
        <label className="dp-panel__check">
          <input type="checkbox" checked={state.mailReady} onChange={(e) => send({ type: 'SET_MAIL', ready: e.currentTarget.checked })} />
          {t('sim.document-photo.practice.mailReady')}
        </label>
      </fieldset>
      <section className="dp-panel__group dp-request" aria-labelledby="sim-dp-request">
        <h4 className="dp-panel__label" id="sim-dp-request">
          {t('sim.document-photo.practice.request')} <PracticeMark t={t} />
        </h4>
        <dl className="dp-request__list">
          <dt>{t('sim.document-photo.mail.to')}</dt>
          <dd translate="no">{PRACTICE_REQUEST.to}</dd>
          <dt>{t('sim.document-photo.practice.subjectItems')}</dt>
          <dd translate="no">{subjectItems(state.account.username).join(' · ')}</dd>
        </dl>
        <p className="dp-panel__hint">{t('sim.document-photo.practice.requestNote')}</p>
      </section>
    </aside>
  );
}
