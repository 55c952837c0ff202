import type { Translate } from '../../../i18n/t';
import { formatMmSs, splitMinutesSeconds } from './time-format';
import { PracticeMark } from './PracticeMark';

export interface CountdownProps {
  remainingMs: number;
  paused: boolean;
  t: Translate;
}

/**
 * How long something stays valid, as the practised screen shows it. The length of the timer is
 * the simulator's choice, so it carries the "practice" mark. Pause and extend are practice
 * controls and live in the simulator's header, never here (figures show this). The time is
 * not a live region: it changes every second; milestones are announced elsewhere.
 */
export function Countdown({ remainingMs, paused, t }: CountdownProps) {
  const { minutes, seconds } = splitMinutesSeconds(remainingMs);
  return (
    <p className={`countdown${paused ? ' countdown--paused' : ''}`}>
      <span className="countdown__label">{t('sim.common.countdown.validFor')}</span>{' '}
      <span className="countdown__time" aria-label={t('sim.common.countdown.spoken', { minutes, seconds })} role="timer">
        {formatMmSs(remainingMs)}
      </span>
      {paused ? <span className="countdown__state"> {t('sim.common.countdown.paused')}</span> : null} <PracticeMark t={t} />
    </p>
  );
}
