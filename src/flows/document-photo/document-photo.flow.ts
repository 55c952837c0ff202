/** A document photo taken on an iPhone or Android phone and sent by e-mail, as the kit runs it. */
import type { Flow } from '../kit/flow';
import { newPracticeAccount } from '../services/practice-account';
import { createDocumentPhoto, transition } from './document-photo.machine';
import { documentPhotoMilestones } from './document-photo.milestones';
import { shotById } from './document-photo.phone';
import { isReadable } from './document-photo.quality';
import { DOCUMENT_PHOTO_REASONS } from './document-photo.reasons';
import { documentPhotoStates } from './document-photo.states';
import {
  documentPhotoStateSchema, type DocumentPhotoEvent, type DocumentPhotoSetup, type DocumentPhotoState, type PhoneDevice,
} from './document-photo.types';

/** The practice check of the photo on screen: 'ok', 'retake', or 'none' where no photo is shown. */
function checkOnScreen(state: DocumentPhotoState): string {
  const { phone } = state;
  if (phone.screen !== 'photo') return 'none';
  const shot = shotById(state, phone.shot);
  return shot === undefined ? 'none' : isReadable(shot) ? 'ok' : 'retake';
}

export const documentPhotoFlow: Flow<DocumentPhotoState, DocumentPhotoEvent, DocumentPhotoSetup, PhoneDevice> = {
  id: 'document-photo',
  version: 1,
  title: 'sim.document-photo.title',
  platforms: ['ios', 'android'],
  starts: [
    { id: 'mail-ready', label: 'sim.document-photo.start.mailReady', setup: { mail: true } },
    { id: 'no-mail', label: 'sim.document-photo.start.noMail', setup: { mail: false } },
  ],
  initial: createDocumentPhoto,
  transition,
  states: documentPhotoStates,
  scenarioAccount: () => newPracticeAccount(),
  reasons: DOCUMENT_PHOTO_REASONS,
  milestones: documentPhotoMilestones,
  timer: () => null,
  ticking: () => false,
  effects: () => [],
  parseState(value) {
    const parsed = documentPhotoStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  describe: (state) => ({
    platform: state.platform,
    screen: state.phone.screen,
    lens: state.camera.lens,
    mail: state.mailReady ? 'ready' : 'none',
    check: checkOnScreen(state),
    photos: String(state.shots.length),
  }),
};
