import type { Translate } from '../../../i18n/t';
import { PracticeMark } from '../parts/PracticeMark';

export interface CardSheetProps {
  values: readonly string[];
  username: string;
  t: Translate;
}

const COLUMNS = 5;

/**
 * The online security code card: index numbers and their values, read row by row. On screen
 * and on paper it is the same element; the print stylesheet shows it alone (see print.css).
 * A real table, so a screen reader reads "index, value" pairs.
 */
export function CardSheet({ values, username, t }: CardSheetProps) {
  const rows = Array.from({ length: Math.ceil(values.length / COLUMNS) }, (_, r) => values.slice(r * COLUMNS, r * COLUMNS + COLUMNS));
  return (
    <div className="security-card" data-security-card="" data-crop="card">
      <p className="security-card__title">
        {t('sim.security-card.card.title')} <PracticeMark t={t} />
      </p>
      <p className="security-card__owner">{t('sim.security-card.card.owner', { user: username })}</p>
      <table className="security-card__grid">
        <caption className="sim-sr-only">{t('sim.security-card.card.caption')}</caption>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => {
                const index = r * COLUMNS + c + 1;
                return (
                  <td key={index}>
                    <span className="security-card__index">{String(index).padStart(2, '0')}</span>
                    <span className="security-card__value" translate="no">
                      {value}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="security-card__note">{t('sim.security-card.card.note')}</p>
    </div>
  );
}
