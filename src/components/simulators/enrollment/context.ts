import type { RefObject } from 'react';
import type { EnrollmentEvent, EnrollmentState } from '../../../flows/enrollment/enrollment.types';
import type { Translate } from '../../../i18n/t';

export type Dispatch = (event: EnrollmentEvent) => void;

/** Which QR codes are on screen: the portal's, and its picture in the phone's viewfinder. */
export type QrSlot = 'portal' | 'viewfinder';

/** What every screen component gets from the view. */
export interface ViewContext {
  state: EnrollmentState;
  dispatch: Dispatch;
  t: Translate;
  /** Log in to the portal: the simulator adds the time and a fresh random offer code. */
  portalLogIn: () => void;
  /** Countdown buttons: the simulator adds the time. */
  timer: (type: 'PAUSE' | 'RESUME' | 'EXTEND') => void;
  /** Point the phone's camera at the portal: the simulator decodes the portal's QR pixels. */
  pointCamera: () => void;
  /** The portal's QR canvas, read back by pointCamera. */
  portalQrRef: RefObject<HTMLCanvasElement | null>;
  onQrDrawn: (slot: QrSlot) => void;
}
