import type { Translate } from '../../../i18n/t';
import { formatMmSs, splitMinutesSeconds } from './time-format';

export interface CountdownProps {
  remainingMs: number;
  paused: boolean;
  expired: boolean;
  onPause: () => void;
  onResume: () => void;
  onExtend: () => void;
  t: Translate;
}

/**
 * How long the offer is valid, with Pause/Resume and "Add 5 minutes" (WCAG 2.2.1).
 * The time is not a live region: it changes every second. Milestones are announced elsewhere.
 */
export function Countdown({ remainingMs, paused, expired, onPause, onResume, onExtend, t }: CountdownProps) {
  const { minutes, seconds } = splitMinutesSeconds(remainingMs);
  const spoken = t('sim.common.countdown.spoken', { minutes, seconds });
  return (
    <div className={`countdown${paused ? ' countdown--paused' : ''}`} role="group" aria-label={t('sim.common.countdown.label')}>
      <p className="countdown__line">
        <span className="countdown__label">{t('sim.common.countdown.validFor')}</span>{' '}
        <span className="countdown__time" aria-label={spoken} role="timer">
          {formatMmSs(remainingMs)}
        </span>
        {paused ? <span className="countdown__state"> {t('sim.common.countdown.paused')}</span> : null}
      </p>
      {expired ? null : (
        <div className="countdown__buttons">
          <button type="button" className="btn btn--small" onClick={paused ? onResume : onPause}>
            {paused ? t('sim.common.countdown.resume') : t('sim.common.countdown.pause')}
          </button>
          <button type="button" className="btn btn--small" onClick={onExtend}>
            {t('sim.common.countdown.extend')}
          </button>
        </div>
      )}
    </div>
  );
}
