import { shotById } from '../../../flows/document-photo/document-photo.phone';
import { judgeShot } from '../../../flows/document-photo/document-photo.quality';
import { DOCUMENT_PHOTO_REASONS } from '../../../flows/document-photo/document-photo.reasons';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

/**
 * Under the phone, part of its figure: the practice check of the photo on screen (a real phone
 * judges nothing; the reader does), or, with no mail account, the guide's advice.
 */
export function PracticeNotes({ state, t }: ViewContext) {
  const { phone } = state;
  if (phone.screen === 'no-mail') {
    return (
      <p className="dp-note">
        <PracticeMark t={t} /> {t('sim.document-photo.noMail.advice')}
      </p>
    );
  }
  if (phone.screen !== 'photo') return null;
  const shot = shotById(state, phone.shot);
  if (shot === undefined) return null;
  const problems = judgeShot(shot);
  return (
    <div className={`dp-note${problems.length === 0 ? ' dp-note--ok' : ' dp-note--retake'}`} data-check={problems.length === 0 ? 'ok' : 'retake'}>
      <p className="dp-note__title">
        <PracticeMark t={t} /> {t(problems.length === 0 ? 'sim.document-photo.check.ok' : 'sim.document-photo.check.retake')}
      </p>
      {problems.length === 0 ? null : (
        <ul className="dp-note__reasons">
          {problems.map((p) => (
            <li key={p}>{t(DOCUMENT_PHOTO_REASONS[`photo.${p}`])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
