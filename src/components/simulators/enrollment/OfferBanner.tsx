import type { OfferStatus } from '../../../flows/enrollment/enrollment.selectors';
import { formatOfferCode, offerQrText, type Offer } from '../../../flows/services/activation-offers';
import { Countdown } from '../parts/Countdown';
import { PracticeMark } from '../parts/PracticeMark';
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
 * and the time left. A dead offer stays on screen (a camera can still read it, and gets the
 * error), dimmed, with what to do next. The code's form and timer are the simulator's
 * choices, hence the practice marks.
 */
export function OfferBanner({ offer, status, remainingMs, paused, t, portalQrRef, onQrDrawn }: OfferBannerProps) {
  const live = status === 'live';
  const code = formatOfferCode(offer.code);
  return (
    <div className="offer" role="group" aria-labelledby="sim-offer-title" data-crop="offer">
      <QrCode
        className={live ? '' : 'qr--expired'}
        text={offerQrText(offer.code)}
        caption={code}
        captionLabel={t('sim.enrollment.portal.codeLabel')}
        label={t('sim.enrollment.portal.qrLabel', { code })}
        canvasRef={portalQrRef}
        onDrawn={() => onQrDrawn('portal')}
        mark={<PracticeMark t={t} />}
      />
      <div className="offer__text">
        <h4 className="portal__heading" id="sim-offer-title">
          {t('sim.enrollment.portal.offerTitle')}
        </h4>
        {live ? (
          <>
            <p className="portal__text">{t('sim.enrollment.portal.offerBody')}</p>
            <Countdown remainingMs={remainingMs} paused={paused} t={t} />
          </>
        ) : (
          <p className="notice notice--danger">{t(status === 'used' ? 'sim.enrollment.portal.used' : 'sim.enrollment.portal.expired')}</p>
        )}
      </div>
    </div>
  );
}
