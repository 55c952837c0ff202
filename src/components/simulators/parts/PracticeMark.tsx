import type { Translate } from '../../../i18n/t';

/** The small "practice" tag beside a value the simulator chose (a code length, a timer), so no figure passes it off as the broker's. */
export function PracticeMark({ t }: { t: Translate }) {
  return <span className="practice-mark">{t('sim.common.practiceBadge')}</span>;
}
