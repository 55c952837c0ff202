/** Small read-only questions of the view (figure readiness, focus keys). Pure. */
import { portalShowsOffer, viewfinderShowsQr } from '../../../flows/enrollment/enrollment.selectors';
import type { EnrollmentState } from '../../../flows/enrollment/enrollment.types';
import type { QrSlot } from './context';

/** The QR codes that have to be drawn before a figure can be taken. */
export function visibleQrSlots(state: EnrollmentState): QrSlot[] {
  const slots: QrSlot[] = [];
  if (portalShowsOffer(state)) slots.push('portal');
  if (viewfinderShowsQr(state)) slots.push('viewfinder');
  return slots;
}

/** The key that changes whenever the phone shows a new screen (focus moves to its heading). */
export function phoneScreenKey(state: EnrollmentState): string {
  const phone = state.phone;
  if (phone.screen === 'menu') return `menu:${phone.menu}`;
  if (phone.screen === 'camera') return `camera:${phone.kind}`;
  if (phone.screen === 'app-store') return `app-store:${phone.installing ? 'installing' : 'page'}`;
  return phone.screen;
}

/** The key that changes whenever the portal shows a new screen or a new offer. */
export function portalScreenKey(state: EnrollmentState): string {
  const portal = state.portal;
  if (portal.screen !== 'home') return portal.screen;
  return `home:${portal.offer.code}:${portal.confirmedEnrolled ? 'confirmed' : 'offer'}`;
}
