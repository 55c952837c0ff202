import type { RefObject } from 'react';
import type { EnrollmentEvent, EnrollmentState } from '../../../flows/enrollment/enrollment.types';
import type { Translate } from '../../../i18n/t';

export type Send = (event: EnrollmentEvent) => void;

/** Which QR codes are on screen: the portal's, and its picture in the phone's viewfinder. */
export type QrSlot = 'portal' | 'viewfinder';

/** What every screen component of this flow gets from the view. */
export interface ViewContext {
  state: EnrollmentState;
  send: Send;
  t: Translate;
  /** Log in to the portal: the view adds the time and a fresh random offer code. */
  portalLogIn: () => void;
  /** Point the phone's camera at the portal: the view decodes the portal's QR pixels. */
  pointCamera: () => void;
  /** The portal's QR canvas, read back by pointCamera. */
  portalQrRef: RefObject<HTMLCanvasElement | null>;
  onQrDrawn: (slot: QrSlot) => void;
}
