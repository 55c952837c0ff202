import type { SecurityCardEvent, SecurityCardState } from '../../../flows/security-card/security-card.types';
import type { Locale } from '../../../i18n/locales';
import type { Translate } from '../../../i18n/t';

/** What every screen of this flow gets from the view. */
export interface ViewContext {
  state: SecurityCardState;
  send: (event: SecurityCardEvent) => void;
  now: () => number;
  /** Fresh random index numbers and card values for a login (the page's randomness). */
  draw: () => { indices: [number, number]; newCard: string[] };
  t: Translate;
  lang: Locale;
  /** "24 December 2026" / 「2026年12月24日」 in the page's language. */
  formatDate: (time: number) => string;
}
