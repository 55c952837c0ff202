import { formFrom, noticeChannels } from '../../../flows/message-center/message-center.settings';
import type { MessageCenterState } from '../../../flows/message-center/message-center.types';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

/** The delivery method the preview follows: the one being edited, else the saved one. */
const deliveryOf = (state: MessageCenterState) => (state.page.screen === 'settings' ? state.page.form.delivery : formFrom(state.account).delivery);

/**
 * Practice: what an e-mail or SMS notice of a new message contains: a summary and a prompt to
 * log in, never the message. The wording is the practice copy's own. The button is a practice
 * control, so figures show only the preview itself.
 */
export function NoticePreview({ state, send, t, figure }: ViewContext & { figure: boolean }) {
  const delivery = deliveryOf(state);
  return (
    <aside className="mc-preview" aria-labelledby="sim-mc-preview-title">
      <h3 className="mc-preview__title" id="sim-mc-preview-title">
        {t('sim.message-center.preview.title')}
      </h3>
      {figure ? null : (
        <>
          <p className="mc-note">{t('sim.message-center.preview.intro')}</p>
          <button type="button" className="btn btn--small" aria-expanded={state.preview} aria-controls="sim-mc-preview" onClick={() => send({ type: 'PREVIEW', open: !state.preview })}>
            {t(state.preview ? 'sim.message-center.preview.hide' : 'sim.message-center.preview.show')}
          </button>
        </>
      )}
      <div id="sim-mc-preview" className="mc-preview__body" data-figure="preview" hidden={!state.preview}>
        <p className="mc-note">{t('sim.message-center.preview.forDelivery', { method: t(`sim.message-center.delivery.${delivery}`) })}</p>
        {noticeChannels(delivery).map((channel) => (channel === 'email' ? <EmailNotice key={channel} t={t} /> : <SmsNotice key={channel} t={t} />))}
        <p className="notice">{t('sim.message-center.preview.summaryOnly')}</p>
        <p className="mc-note">
          <PracticeMark t={t} /> {t('sim.message-center.preview.wording')}
        </p>
      </div>
    </aside>
  );
}

function EmailNotice({ t }: Pick<ViewContext, 't'>) {
  return (
    <article className="mc-email" aria-label={t('sim.message-center.preview.email.label')}>
      <p className="mc-email__label">{t('sim.message-center.preview.email.label')}</p>
      <dl className="mc-email__head">
        <dt>{t('sim.message-center.preview.email.from')}</dt>
        <dd>{t('sim.message-center.preview.email.fromValue')}</dd>
        <dt>{t('sim.message-center.preview.email.subjectLabel')}</dt>
        <dd>{t('sim.message-center.preview.email.subject')}</dd>
      </dl>
      <p className="mc-email__body">{t('sim.message-center.preview.email.body')}</p>
      <p className="mc-email__body mc-email__prompt">{t('sim.message-center.preview.prompt')}</p>
    </article>
  );
}

function SmsNotice({ t }: Pick<ViewContext, 't'>) {
  return (
    <article className="mc-sms" aria-label={t('sim.message-center.preview.sms.label')}>
      <p className="mc-email__label">{t('sim.message-center.preview.sms.label')}</p>
      <p className="mc-sms__bubble">
        {t('sim.message-center.preview.sms.body')} {t('sim.message-center.preview.prompt')}
      </p>
    </article>
  );
}
