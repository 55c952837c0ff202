import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { EnrollmentState } from '../../flows/enrollment/enrollment.types';
import type { Translate } from '../../i18n/t';
import type { Dispatch, QrSlot, ViewContext } from './enrollment/context';
import { PhoneScreen } from './enrollment/PhoneScreens/PhoneScreen';
import { PortalPanel } from './enrollment/PortalPanel';
import { phoneScreenKey, portalScreenKey, visibleQrSlots } from './enrollment/view-model';
import { useFocusOnChange, zoneOf, type Zone } from './enrollment/focus';

export interface EnrollmentViewProps extends Omit<ViewContext, 'onQrDrawn'> {
  state: EnrollmentState;
  dispatch: Dispatch;
  t: Translate;
  /** Figure mode: fixed layout, no motion, `data-figure-ready` once every QR code is drawn. */
  figure: boolean;
  /** The one polite live region's text (milestones only). */
  announcement: string;
  /** Simulator controls above the stage (practice notice, phone switch, reset). */
  header?: ReactNode;
  /** A line under the stage (e.g. "that step was not found"). */
  status?: string | undefined;
}

/**
 * Rendering only: the phone beside the portal (stacked on narrow screens). When the phone
 * or the portal changes screen, focus moves to the new screen's heading, but only on the
 * side the reader was using (a notification arriving on the phone does not pull focus out
 * of the portal). Nothing traps focus.
 */
export function EnrollmentView(props: EnrollmentViewProps) {
  const { state, figure, announcement, header, status } = props;
  const phoneRef = useRef<HTMLDivElement | null>(null);
  const [drawn, setDrawn] = useState<ReadonlySet<QrSlot>>(() => new Set());
  const onQrDrawn = useCallback((slot: QrSlot) => {
    setDrawn((old) => (old.has(slot) ? old : new Set(old).add(slot)));
  }, []);
  const ctx: ViewContext = { ...props, onQrDrawn };

  // Where the reader was last busy: focus follows a screen change only there.
  const zone = useRef<Zone>(null);
  const portalRef = useRef<HTMLDivElement | null>(null);
  useFocusOnChange(phoneScreenKey(state), phoneRef, '[data-phone-heading]', () => !figure && zone.current === 'phone');
  useFocusOnChange(portalScreenKey(state), portalRef, '[data-portal-heading]', () => !figure && zone.current === 'portal');

  const ready = visibleQrSlots(state).every((slot) => drawn.has(slot));
  return (
    <div
      onFocus={(e) => {
        zone.current = zoneOf(e.target, phoneRef.current, portalRef.current);
      }}
      className={`sim${figure ? ' sim--figure' : ''}`}
      data-platform={state.platform}
      data-screen={state.phone.screen}
      data-portal={state.portal.screen}
      data-figure-ready={figure && ready ? 'true' : undefined}
      data-pagefind-ignore=""
    >
      {header}
      <div className="sim__stage">
        <div className="sim__phone-wrap" ref={phoneRef} data-figure="phone">
          <section className="sim__phone" aria-label={props.t('sim.enrollment.phoneLabel')}>
            <PhoneScreen {...ctx} />
          </section>
        </div>
        <div className="sim__portal-wrap" ref={portalRef} data-figure="portal">
          <PortalPanel {...ctx} />
        </div>
      </div>
      {status ? <p className="sim__status">{status}</p> : null}
      <div className="sim-sr-only" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
