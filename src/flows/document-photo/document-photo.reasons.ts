/** Every reason code the document-photo flow can show, and the string that explains it. */
import type { UiKey } from '../../i18n/t';

export const DOCUMENT_PHOTO_REASONS = {
  'photo.wrongLens': 'sim.document-photo.check.wrongLens',
  'photo.cutOff': 'sim.document-photo.check.cutOff',
  'photo.tooFar': 'sim.document-photo.check.tooFar',
  'photo.dark': 'sim.document-photo.check.dark',
  'photo.shadow': 'sim.document-photo.check.shadow',
  'photo.blurred': 'sim.document-photo.check.blurred',
  'to.empty': 'sim.document-photo.mail.to.empty',
  'to.notAddress': 'sim.document-photo.mail.to.notAddress',
  'to.notRequested': 'sim.document-photo.mail.to.notRequested',
  'to.tooLong': 'sim.document-photo.mail.to.tooLong',
  'subject.empty': 'sim.document-photo.mail.subject.empty',
  'subject.incomplete': 'sim.document-photo.mail.subject.incomplete',
  'subject.tooLong': 'sim.document-photo.mail.subject.tooLong',
  noMail: 'sim.document-photo.noMail.body',
} as const satisfies Record<string, UiKey>;
