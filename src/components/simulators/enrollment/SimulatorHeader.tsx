import type { Platform } from '../../../flows/enrollment/enrollment.types';
import type { Translate } from '../../../i18n/t';

export interface SimulatorHeaderProps {
  t: Translate;
  platform: Platform;
  onPlatform: (platform: Platform) => void;
  onWithoutApp: () => void;
  onReset: () => void;
}

const PLATFORMS: Platform[] = ['android', 'ios'];

/** "Practice only", the phone switch, the banner-path start and "Reset practice account". */
export function SimulatorHeader({ t, platform, onPlatform, onWithoutApp, onReset }: SimulatorHeaderProps) {
  return (
    <div className="sim__header">
      <h2 className="sim__title">{t('sim.enrollment.title')}</h2>
      <p className="sim__practice">{t('sim.common.practiceNotice')}</p>
      <div className="sim__controls">
        <div className="sim__platform" role="group" aria-label={t('sim.common.phoneType')}>
          {PLATFORMS.map((p) => (
            <button key={p} type="button" className="sim__platform-btn" aria-pressed={p === platform} onClick={() => p !== platform && onPlatform(p)}>
              {t(p === 'ios' ? 'sim.common.ios' : 'sim.common.android')}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn--small" onClick={onWithoutApp}>
          {t('sim.enrollment.startWithoutApp')}
        </button>
        <button type="button" className="btn btn--small btn--danger" onClick={onReset}>
          {t('sim.common.reset')}
        </button>
      </div>
    </div>
  );
}
