import { useCallback, useEffect, useRef, useState } from 'react';
import { newOfferCode } from '../../../flows/services/activation-offers';
import type { EnrollmentEvent, EnrollmentState } from '../../../flows/enrollment/enrollment.types';
import { useFocusOnChange, zoneOf } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import type { QrSlot, ViewContext } from './context';
import { PhoneScreen } from './PhoneScreens/PhoneScreen';
import { PortalPanel } from './PortalPanel';
import { decodeQrCanvas } from './qr-decode';
import { phoneScreenKey, portalScreenKey, visibleQrSlots } from './view-model';

/**
 * The phone beside the portal (stacked on narrow screens). When the phone or the portal
 * changes screen, focus moves to the new screen's heading, but only on the side the reader
 * was using (a notification arriving on the phone does not pull focus out of the portal).
 * Nothing traps focus.
 */
export function EnrollmentView({ state, send, now, io, t, figure, setFigureReady }: FlowViewProps<EnrollmentState, EnrollmentEvent>) {
  const [drawn, setDrawn] = useState<ReadonlySet<QrSlot>>(() => new Set());
  const onQrDrawn = useCallback((slot: QrSlot) => setDrawn((old) => (old.has(slot) ? old : new Set(old).add(slot))), []);
  const portalQrRef = useRef<HTMLCanvasElement | null>(null);
  const ready = visibleQrSlots(state).every((slot) => drawn.has(slot));
  useEffect(() => setFigureReady(ready), [ready, setFigureReady]);

  const ctx: ViewContext = {
    state,
    send,
    t,
    portalQrRef,
    onQrDrawn,
    portalLogIn: () => send({ type: 'PORTAL_LOG_IN', now: now(), offerCode: newOfferCode(io.randomBytes) }),
    pointCamera: () => void decodeQrCanvas(portalQrRef.current).then((decoded) => send({ type: 'POINT_CAMERA', decoded })),
  };

  // Where the reader was last busy: focus follows a screen change only there.
  const zone = useRef<string | null>(null);
  const phoneRef = useRef<HTMLDivElement | null>(null);
  const portalRef = useRef<HTMLDivElement | null>(null);
  useFocusOnChange(phoneScreenKey(state), phoneRef, '[data-phone-heading]', () => !figure && zone.current === 'phone');
  useFocusOnChange(portalScreenKey(state), portalRef, '[data-portal-heading]', () => !figure && zone.current === 'portal');

  return (
    <div
      className="sim__stage"
      onFocus={(e) => {
        zone.current = zoneOf(e.target, { phone: phoneRef.current, portal: portalRef.current });
      }}
    >
      <div className="sim__phone-wrap" ref={phoneRef} data-figure="phone">
        <section className="sim__phone" aria-label={t('sim.common.phoneLabel')}>
          <PhoneScreen {...ctx} />
        </section>
      </div>
      <div className="sim__portal-wrap" ref={portalRef} data-figure="portal">
        <PortalPanel {...ctx} />
      </div>
    </div>
  );
}
