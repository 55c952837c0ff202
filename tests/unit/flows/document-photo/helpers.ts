import type { NamedState } from '../../../../src/flows/kit/flow';
import { replay, seededIO } from '../../../../src/flows/kit/replay';
import { documentPhotoFlow } from '../../../../src/flows/document-photo/document-photo.flow';
import { createDocumentPhoto, transition } from '../../../../src/flows/document-photo/document-photo.machine';
import type { DocumentPhotoEvent, DocumentPhotoSetup, DocumentPhotoState, PhoneDevice } from '../../../../src/flows/document-photo/document-photo.types';
import { newPracticeAccount } from '../../../../src/flows/services/practice-account';

export const T0 = 1_700_000_000_000;
export const flow = documentPhotoFlow;
export const PHONES: PhoneDevice[] = ['ios', 'android'];

export const fresh = (platform: PhoneDevice, setup?: DocumentPhotoSetup) => createDocumentPhoto({ account: newPracticeAccount(), platform, now: T0, setup });

export function replayed(named: NamedState<DocumentPhotoEvent, DocumentPhotoSetup, PhoneDevice>, platform: PhoneDevice = named.platform ?? 'ios') {
  return replay<DocumentPhotoState>(flow, named, { platform, startTime: T0, account: flow.scenarioAccount(named, platform), io: seededIO() });
}

export const at = (name: string) => replayed(flow.states[name]!);

/** Applies events one by one (this flow has no effects). */
export const run = (state: DocumentPhotoState, ...events: DocumentPhotoEvent[]) => events.reduce(transition, state);
