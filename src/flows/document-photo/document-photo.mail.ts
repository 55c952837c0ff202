/**
 * The e-mail with the photo: To and Subject must be filled as the reader's document request
 * says. The guides never name an address; the practice copy gives a practice request whose
 * address is on the reserved ".invalid" domain (it can never be delivered), and checks the
 * draft against it. Nothing is ever sent anywhere.
 */
import { stripSeparators, toHalfWidth } from '../kit/normalise';
import type { Draft, SubjectProblem, ToProblem } from './document-photo.types';

/** The practice document request: where to send the photo, and what the subject must contain. */
export const PRACTICE_REQUEST = {
  to: 'documents@practice.invalid',
  /** The request's reference; the subject holds it and the practice username. */
  reference: 'DR-2041',
} as const;

export const EMPTY_DRAFT: Draft = { to: '', subject: '', body: '' };

const ADDRESS = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** What a reader's address looks like to compare: half-width, no spaces, lower case. */
const compactAddress = (raw: string) => toHalfWidth(raw).replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '').toLowerCase();
/** What a subject looks like to compare: half-width, without spaces and hyphens, lower case. */
const compactText = (raw: string) => stripSeparators(toHalfWidth(raw)).toLowerCase();

export function checkTo(raw: string): ToProblem | null {
  const address = compactAddress(raw);
  if (address === '') return 'empty';
  if (!ADDRESS.test(address)) return 'notAddress';
  return address === PRACTICE_REQUEST.to ? null : 'notRequested';
}

/** Everything the practice request asks the subject to contain. */
export const subjectItems = (username: string): readonly string[] => [PRACTICE_REQUEST.reference, username];

export function checkSubject(raw: string, username: string): SubjectProblem | null {
  const subject = compactText(raw);
  if (subject === '') return 'empty';
  return subjectItems(username).every((item) => subject.includes(compactText(item))) ? null : 'incomplete';
}

/** The draft with the complaints Send finds (none: it can go). */
export function checkDraft(draft: Draft, username: string): Draft {
  const { toProblem: _to, subjectProblem: _subject, ...rest } = draft;
  const to = checkTo(draft.to);
  const subject = checkSubject(draft.subject, username);
  return { ...rest, ...(to === null ? {} : { toProblem: to }), ...(subject === null ? {} : { subjectProblem: subject }) };
}

export const isReadyToSend = (draft: Draft) => draft.toProblem === undefined && draft.subjectProblem === undefined;
