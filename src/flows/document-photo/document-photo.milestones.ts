/**
 * What the live region says, at milestones only: the lens switched, a photo taken, the practice
 * check of an opened photo, no mail account, Send refused (with each reason), and sent. Pure.
 */
import type { Message } from '../kit/flow';
import { shotById } from './document-photo.phone';
import { judgeShot } from './document-photo.quality';
import { DOCUMENT_PHOTO_REASONS } from './document-photo.reasons';
import type { DocumentPhotoState, Draft } from './document-photo.types';

/** The practice check of a photo, as sentences. */
export function checkMessages(state: DocumentPhotoState, id: number): Message[] {
  const shot = shotById(state, id);
  if (shot === undefined) return [];
  const problems = judgeShot(shot);
  if (problems.length === 0) return [{ key: 'sim.document-photo.live.checkOk' }];
  return [{ key: 'sim.document-photo.live.checkRetake' }, ...problems.map((p) => ({ key: DOCUMENT_PHOTO_REASONS[`photo.${p}`] }))];
}

function draftMessages(before: Draft | null, after: Draft): Message[] {
  const messages: Message[] = [];
  if (after.toProblem !== undefined && after.toProblem !== before?.toProblem) messages.push({ key: DOCUMENT_PHOTO_REASONS[`to.${after.toProblem}`] });
  if (after.subjectProblem !== undefined && after.subjectProblem !== before?.subjectProblem) messages.push({ key: DOCUMENT_PHOTO_REASONS[`subject.${after.subjectProblem}`] });
  return messages;
}

export function documentPhotoMilestones(prev: DocumentPhotoState, next: DocumentPhotoState): Message[] {
  // This flow never moves its clock: a new clock is a new start (reset, another phone), which the shell announces.
  if (prev === next || prev.clock.now !== next.clock.now) return [];
  const messages: Message[] = [];
  if (prev.camera.lens !== next.camera.lens) messages.push({ key: next.camera.lens === 'front' ? 'sim.document-photo.live.front' : 'sim.document-photo.live.rear' });
  if (next.nextShot > prev.nextShot) messages.push({ key: 'sim.document-photo.live.taken' });
  const before = prev.phone;
  const after = next.phone;
  if (after.screen === 'photo' && before.screen !== 'photo') messages.push(...checkMessages(next, after.shot));
  if (after.screen === 'no-mail' && before.screen !== 'no-mail') messages.push({ key: DOCUMENT_PHOTO_REASONS.noMail });
  if (after.screen === 'compose') messages.push(...draftMessages(before.screen === 'compose' ? before.draft : null, after.draft));
  if (after.screen === 'sent' && before.screen !== 'sent') messages.push({ key: 'sim.document-photo.live.sent' });
  return messages;
}
