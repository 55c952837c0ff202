import { shotById } from '../../../flows/document-photo/document-photo.phone';
import { DOCUMENT_PHOTO_REASONS } from '../../../flows/document-photo/document-photo.reasons';
import { FIT } from '../../../flows/document-photo/document-photo.review';
import { PermissionDialog } from '../parts/PermissionDialog';
import { PhoneFrame } from '../parts/PhoneFrame';
import { ScreenHeading } from '../parts/ScreenHeading';
import type { ViewContext } from './context';
import { BubbleIcon, MailIcon, NoteIcon } from './icons';
import { PhotoCanvas } from './PhotoCanvas';

/** The photo behind a sheet or dialog, dimmed. */
function PhotoBehind(ctx: ViewContext & { id: number }) {
  const shot = shotById(ctx.state, ctx.id);
  return (
    <div className="dp-behind" aria-hidden="true" inert>
      {shot === undefined ? null : <PhotoCanvas {...ctx} shot={shot} view={FIT} label="" />}
    </div>
  );
}

/** The share sheet over the photo: the mail app (iPhone: Mail; Android: for example Gmail) among others. */
export function ShareSheet(ctx: ViewContext & { id: number }) {
  const { state, send, t } = ctx;
  const android = state.platform === 'android';
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="dp-sheet-host">
        <PhotoBehind {...ctx} />
        <div className={`dp-sheet dp-sheet--${state.platform}`} role="group" aria-labelledby="sim-dp-share-title">
          <div className="dp-sheet__head">
            <ScreenHeading className="dp-sheet__title">
              <span id="sim-dp-share-title">{t(android ? 'sim.document-photo.share.titleAndroid' : 'sim.document-photo.share.titleIos')}</span>
            </ScreenHeading>
            <button type="button" className="dp-sheet__close" aria-label={t('sim.common.close')} onClick={() => send({ type: 'TAP', target: 'cancel' })}>
              ×
            </button>
          </div>
          <ul className="dp-sheet__apps">
            <li>
              <button type="button" className="dp-sheet__app" onClick={() => send({ type: 'TAP', target: 'mail' })}>
                <span className="dp-sheet__icon dp-sheet__icon--mail" aria-hidden="true">
                  <MailIcon />
                </span>
                {t(android ? 'sim.document-photo.app.gmail' : 'sim.document-photo.app.mail')}
              </button>
            </li>
            <li className="dp-sheet__app dp-sheet__app--static">
              <span className="dp-sheet__icon" aria-hidden="true">
                <BubbleIcon />
              </span>
              {t('sim.document-photo.app.messages')}
            </li>
            <li className="dp-sheet__app dp-sheet__app--static">
              <span className="dp-sheet__icon" aria-hidden="true">
                <NoteIcon />
              </span>
              {t(android ? 'sim.document-photo.app.files' : 'sim.document-photo.app.notes')}
            </li>
          </ul>
        </div>
      </div>
    </PhoneFrame>
  );
}

/** Mail was chosen, but the phone has no mail account: it says so instead of opening a new message. */
export function NoMail(ctx: ViewContext & { id: number }) {
  const { state, send, t } = ctx;
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="dp-sheet-host">
        <PhotoBehind {...ctx} />
        <PermissionDialog
          platform={state.platform}
          title={t('sim.document-photo.noMail.title')}
          body={t(DOCUMENT_PHOTO_REASONS.noMail)}
          buttons={[{ label: t('sim.common.ok'), onClick: () => send({ type: 'TAP', target: 'ok' }), primary: true }]}
        />
      </div>
    </PhoneFrame>
  );
}
