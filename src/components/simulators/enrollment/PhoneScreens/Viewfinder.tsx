import { portalOffer } from '../../../../flows/enrollment/enrollment.portal-offer';
import { offerQrText } from '../../../../flows/services/activation-offers';
import type { ReactNode } from 'react';
import { QrCode } from '../../parts/QrCode';
import type { ViewContext } from '../context';

/**
 * What the camera sees: the portal's QR code when the portal shows one (rear lens), the
 * reader's own face with the front lens, or nothing to read. Decorative: the sentence
 * under it says the same for screen readers.
 */
export function Viewfinder({ state, t, onQrDrawn, children }: ViewContext & { children?: ReactNode }) {
  const offer = portalOffer(state);
  const front = state.settings.lens === 'front';
  let description = t('sim.enrollment.camera.seesNothing');
  let picture: ReactNode = <p className="camera__nothing">{t('sim.enrollment.camera.nothingInView')}</p>;
  if (front) {
    description = t('sim.enrollment.camera.seesFront');
    picture = null;
  } else if (offer !== null) {
    description = t('sim.enrollment.camera.seesQr');
    picture = (
      <div className="camera__target">
        <QrCode text={offerQrText(offer.code)} caption="" label="" size={120} onDrawn={() => onQrDrawn('viewfinder')} />
      </div>
    );
  }
  return (
    <div className={`camera__view${front ? ' camera__view--front' : ''}`}>
      <div className="camera__picture" aria-hidden="true">
        {picture}
        <span className="camera__reticle" />
      </div>
      <p className="sim-sr-only">{description}</p>
      {children}
    </div>
  );
}
