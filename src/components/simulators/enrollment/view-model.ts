/** Small read-only questions the view and the simulator both ask of a state. Pure. */
import { offerStatus } from '../../../flows/enrollment/enrollment.selectors';
import { portalOffer } from '../../../flows/enrollment/enrollment.portal-offer';
import type { EnrollmentState } from '../../../flows/enrollment/enrollment.types';
import type { QrSlot } from './context';

/**
 * The portal shows the activation banner (QR, code, countdown) when logged in, unless the
 * user is known to be enrolled: confirmed by the phone, or just activated (then the banner
 * gives way to "IB Key is active").
 */
export function portalShowsOffer(state: EnrollmentState): boolean {
  const { portal } = state;
  if (portal.screen !== 'home' || portal.confirmedEnrolled) return false;
  return !(state.account.enrolled && offerStatus(state) !== 'live');
}

/** The phone's camera sees the portal's QR: a camera screen, rear lens, and a QR on the portal. */
export function viewfinderShowsQr(state: EnrollmentState): boolean {
  const screen = state.phone.screen;
  return (screen === 'camera' || screen === 'qr-banner') && state.settings.lens === 'rear' && portalOffer(state) !== null;
}

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
  if (phone.screen === 'error') return `error:${phone.reason}`;
  if (phone.screen === 'app-store') return `app-store:${phone.installing ? 'installing' : 'page'}`;
  return phone.screen;
}

/** The key that changes whenever the portal shows a new screen or a new offer. */
export function portalScreenKey(state: EnrollmentState): string {
  const portal = state.portal;
  if (portal.screen !== 'home') return portal.screen;
  return `home:${portal.offer.code}:${portal.confirmedEnrolled ? 'confirmed' : 'offer'}`;
}
