import { formatSetupNumber } from '../../../flows/services/otp-registrations';
import type { SiteScreen } from '../../../flows/smart-otp/smart-otp.types';
import { writeClipboard } from '../parts/clipboard';
import { CopyFallback } from '../parts/CopyFallback';
import { PortalHeading } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

type Screen = Extract<SiteScreen, { screen: 'setup-number' }>;

/**
 * The setup number just issued, with Copy. Copy writes the real clipboard where the browser
 * allows it; where it does not, the number is offered in a field to copy by hand. Its length
 * is the simulator's choice, hence the practice mark.
 */
export function SetupNumberScreen({ send, t, figure, site }: ViewContext & { site: Screen }) {
  const shown = formatSetupNumber(site.number);
  const copy = async () => send({ type: 'COPY_SETUP_NUMBER', result: (await writeClipboard(site.number)) ? 'copied' : 'denied' });
  return (
    <div className="portal__form site-wide" data-crop="setup-number">
      <PortalHeading>{t('sim.smart-otp.site.number.title')}</PortalHeading>
      <p className="portal__text">{t('sim.smart-otp.site.number.body')}</p>
      <p className="setup-number">
        <span className="setup-number__label">
          {t('sim.smart-otp.site.number.label')}
        </span>
        <span className="setup-number__value" translate="no">
          {shown}
        </span>
        <PracticeMark t={t} />
      </p>
      <div className="setup-number__actions">
        <button type="button" className="btn btn--primary" onClick={() => void copy()}>
          {t('sim.smart-otp.site.number.copy')}
        </button>
        {site.copy === 'copied' ? (
          <span className="copy-status">
            {t('sim.smart-otp.site.number.copied')}
          </span>
        ) : null}
      </div>
      {site.copy === 'denied' ? (
        <CopyFallback id="sim-setup-number-copy" label={t('sim.smart-otp.site.number.label')} value={site.number} note={t('sim.smart-otp.copy.denied')} focus={!figure} />
      ) : null}
      <button type="button" className="site-link" onClick={() => send({ type: 'SITE_GO', to: 'pc-app' })}>
        {t('sim.smart-otp.site.backToPc')}
      </button>
    </div>
  );
}
