import { shotById } from '../../../flows/document-photo/document-photo.phone';
import { judgeShot } from '../../../flows/document-photo/document-photo.quality';
import { DOCUMENT_PHOTO_REASONS } from '../../../flows/document-photo/document-photo.reasons';
import { MAX_BODY, MAX_SUBJECT, MAX_TO, type Draft, type MailField } from '../../../flows/document-photo/document-photo.types';
import { PhoneFrame } from '../parts/PhoneFrame';
import { ScreenHeading } from '../parts/ScreenHeading';
import type { ViewContext } from './context';
import { SendIcon } from './icons';
import { Thumbnail } from './PhotoCanvas';

function MailField({ send, field, label, value, max, problem, multiline = false }: ViewContext & { field: MailField; label: string; value: string; max: number; problem?: string | undefined; multiline?: boolean }) {
  const id = `sim-dp-mail-${field}`;
  const problemId = `${id}-problem`;
  const common = {
    id,
    className: 'dp-mail__input',
    value,
    // One more than the rule allows, so a paste that is too long reaches the rule and is refused with a message.
    maxLength: max + 1,
    autoComplete: 'off',
    spellCheck: false,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? problemId : undefined,
  } as const;
  return (
    <div className={`dp-mail__field${multiline ? ' dp-mail__field--body' : ''}`}>
      <label className="dp-mail__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => send({ type: 'TYPE', field, value: e.currentTarget.value })} />
      ) : (
        <input {...common} type={field === 'to' ? 'email' : 'text'} inputMode={field === 'to' ? 'email' : 'text'} onChange={(e) => send({ type: 'TYPE', field, value: e.currentTarget.value })} />
      )}
      {problem ? (
        <p className="field__problem dp-mail__problem" id={problemId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A new message with the photo attached: To and Subject (as the document request gives them),
 * and Send at the top right (iPhone: an arrow up; Android: a paper plane). Enter sends too.
 */
export function Compose(ctx: ViewContext & { id: number; draft: Draft }) {
  const { state, send, t, id, draft } = ctx;
  const android = state.platform === 'android';
  const shot = shotById(state, id);
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <form
        className="dp-mail"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'SEND' });
        }}
      >
        <div className="dp-mail__bar">
          <button type="button" className="dp-mail__cancel" onClick={() => send({ type: 'TAP', target: 'cancel' })}>
            {t(android ? 'sim.common.back' : 'sim.common.cancel')}
          </button>
          <ScreenHeading className="dp-mail__title">{t(android ? 'sim.document-photo.mail.titleAndroid' : 'sim.document-photo.mail.titleIos')}</ScreenHeading>
          <button type="submit" className="dp-mail__send" aria-label={t('sim.document-photo.mail.send')}>
            <SendIcon android={android} />
          </button>
        </div>
        <MailField {...ctx} field="to" label={t('sim.document-photo.mail.to')} value={draft.to} max={MAX_TO} problem={draft.toProblem ? t(DOCUMENT_PHOTO_REASONS[`to.${draft.toProblem}`]) : undefined} />
        <MailField
          {...ctx}
          field="subject"
          label={t('sim.document-photo.mail.subject')}
          value={draft.subject}
          max={MAX_SUBJECT}
          problem={draft.subjectProblem ? t(DOCUMENT_PHOTO_REASONS[`subject.${draft.subjectProblem}`]) : undefined}
        />
        <MailField {...ctx} field="body" label={t('sim.document-photo.mail.body')} value={draft.body} max={MAX_BODY} multiline />
        {shot === undefined ? null : (
          <div className="dp-mail__attachment">
            <span className="dp-thumb dp-thumb--static">
              <Thumbnail {...ctx} shot={shot} />
            </span>
            <span>{t('sim.document-photo.mail.attachment')}</span>
          </div>
        )}
      </form>
    </PhoneFrame>
  );
}

/** Sent (practice: nothing left the browser), and whether the photo that went would have been readable. */
export function Sent(ctx: ViewContext & { id: number }) {
  const { state, send, t, id } = ctx;
  const shot = shotById(state, id);
  const problems = shot === undefined ? [] : judgeShot(shot);
  return (
    <PhoneFrame platform={state.platform} chrome="bare" t={t}>
      <div className="screen screen--center">
        <span className="status-icon status-icon--ok" aria-hidden="true" />
        <ScreenHeading>{t('sim.document-photo.sent.title')}</ScreenHeading>
        <p className="screen__text">{t('sim.document-photo.sent.body')}</p>
        {problems.length === 0 ? null : (
          <p className="screen__text dp-warn">
            {t('sim.document-photo.sent.unreadable')} {problems.map((p) => t(DOCUMENT_PHOTO_REASONS[`photo.${p}`])).join(' ')}
          </p>
        )}
        <div className="screen__actions">
          <button type="button" className="app-btn" onClick={() => send({ type: 'TAP', target: 'done' })}>
            {t('sim.document-photo.sent.done')}
          </button>
        </div>
      </div>
    </PhoneFrame>
  );
}
