import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { latestShot, shotById } from '../../../flows/document-photo/document-photo.phone';
import type { DocumentPhotoEvent, DocumentPhotoState } from '../../../flows/document-photo/document-photo.types';
import { useFocusOnChange, zoneOf } from '../kit/focus';
import type { FlowViewProps } from '../kit/types';
import type { ViewContext } from './context';
import { PhoneScreen } from './PhoneScreen';
import { PracticeNotes } from './PracticeNotes';
import { PracticePanel } from './PracticePanel';
import type { PageText } from './scene-draw';

/** The pictures a figure of this state waits for: the viewfinder, the photo, the thumbnail. */
function picturesNeeded(state: DocumentPhotoState): string[] {
  const { phone } = state;
  switch (phone.screen) {
    case 'camera':
      return latestShot(state) === undefined ? ['viewfinder'] : ['viewfinder', 'thumbnail'];
    case 'photo':
    case 'share':
    case 'no-mail':
      return shotById(state, phone.shot) === undefined ? [] : ['photo'];
    case 'compose':
      return shotById(state, phone.shot) === undefined ? [] : ['thumbnail'];
    default:
      return [];
  }
}

/**
 * The practice phone (iPhone or Android) and, beside it, the practice controls. Under the phone,
 * inside its figure, the practice check of the photo on screen. Focus follows a new screen
 * only when the reader is working on the phone.
 */
export function DocumentPhotoView({ state, send, t, figure, setFigureReady }: FlowViewProps<DocumentPhotoState, DocumentPhotoEvent>) {
  const text = useMemo<PageText>(
    () => ({ title: t('sim.document-photo.page.title'), lines: [t('sim.document-photo.page.line1'), t('sim.document-photo.page.line2'), t('sim.document-photo.page.line3')] }),
    [t],
  );
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const onDrawn = useCallback((what: string) => setDrawn((old) => (old.has(what) ? old : new Set(old).add(what))), []);
  const ready = picturesNeeded(state).every((what) => drawn.has(what));
  useEffect(() => setFigureReady(ready), [ready, setFigureReady]);

  const zone = useRef<string | null>(null);
  const phoneRef = useRef<HTMLDivElement | null>(null);
  const panelRef = useRef<HTMLDivElement | null>(null);
  useFocusOnChange(state.phone.screen, phoneRef, '[data-phone-heading]', () => !figure && zone.current === 'phone');

  const ctx: ViewContext = { state, send, t, figure, text, onDrawn };
  return (
    <div
      className="sim__stage dp-stage"
      onFocus={(e) => {
        zone.current = zoneOf(e.target, { phone: phoneRef.current, panel: panelRef.current });
      }}
    >
      <div className="sim__phone-wrap dp-phone-wrap" ref={phoneRef} data-figure="phone">
        <section className="sim__phone" aria-label={t('sim.common.phoneLabel')}>
          <PhoneScreen {...ctx} />
        </section>
        <PracticeNotes {...ctx} />
      </div>
      {figure ? null : (
        <div ref={panelRef}>
          <PracticePanel {...ctx} />
        </div>
      )}
    </div>
  );
}
