import { MESSAGE_CENTER_REASONS } from '../../../flows/message-center/message-center.reasons';
import type { ViewContext } from './context';

/**
 * The reader tried to leave the settings with unsaved changes: stay (and save), or leave
 * without saving. Part of the page, not a modal: nothing traps focus; its heading takes focus.
 */
export function UnsavedWarning({ send, t }: ViewContext) {
  return (
    <div className="mc-warning" role="group" aria-labelledby="sim-mc-unsaved-title" data-crop="unsaved">
      <h4 className="mc-warning__title" id="sim-mc-unsaved-title" tabIndex={-1} data-dialog-heading="">
        {t('sim.message-center.unsaved.title')}
      </h4>
      <p className="portal__text">{t(MESSAGE_CENTER_REASONS.unsavedChanges)}</p>
      <div className="mc-actions">
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'STAY' })}>
          {t('sim.message-center.unsaved.stay')}
        </button>
        <button type="button" className="btn" onClick={() => send({ type: 'LEAVE' })}>
          {t('sim.message-center.unsaved.leave')}
        </button>
      </div>
    </div>
  );
}
