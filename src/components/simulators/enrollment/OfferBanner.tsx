import type { OfferStatus } from '../../../flows/enrollment/enrollment.selectors';
import type { Offer } from '../../../flows/enrollment/enrollment.types';
import { formatOfferCode, offerQrText } from '../../../flows/services/enrollment-offers';
import { Countdown } from '../parts/Countdown';
import { QrCode } from '../parts/QrCode';
import type { ViewContext } from './context';

interface OfferBannerProps extends ViewContext {
  offer: Offer;
  status: OfferStatus;
  remainingMs: number;
  paused: boolean;
}

/**
 * The portal's banner: a real QR code carrying the offer, the same code printed under it,
 * and the countdown. A dead offer stays on screen (a camera can still read it, and gets
 * "expired"), dimmed, with what to do next.
 */
export function OfferBanner({ offer, status, remainingMs, paused, t, timer, portalQrRef, onQrDrawn }: OfferBannerProps) {
  const live = status === 'live';
  const code = formatOfferCode(offer.code);
  return (
    <div className="offer" role="group" aria-labelledby="sim-offer-title">
      <QrCode
        className={live ? '' : 'qr--expired'}
        text={offerQrText(offer.code)}
        caption={code}
        captionLabel={t('sim.enrollment.portal.codeLabel')}
        label={t('sim.enrollment.portal.qrLabel', { code })}
        canvasRef={portalQrRef}
        onDrawn={() => onQrDrawn('portal')}
      />
      <div className="offer__text">
        <h4 className="portal__heading" id="sim-offer-title">
          {t('sim.enrollment.portal.offerTitle')}
        </h4>
        {live ? (
          <>
            <p className="portal__text">{t('sim.enrollment.portal.offerBody')}</p>
            <Countdown
              remainingMs={remainingMs}
              paused={paused}
              expired={false}
              onPause={() => timer('PAUSE')}
              onResume={() => timer('RESUME')}
              onExtend={() => timer('EXTEND')}
              t={t}
            />
          </>
        ) : (
          <p className="notice notice--danger">
            {t(status === 'used' ? 'sim.enrollment.portal.used' : 'sim.enrollment.portal.expired')}
          </p>
        )}
      </div>
    </div>
  );
}
