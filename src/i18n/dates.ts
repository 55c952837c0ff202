import type { Locale } from './locales';

// Building an Intl.DateTimeFormat costs far more than formatting with one: a build asks for the
// same format on every guide page, so each language's formatter is made once.
const longDates = new Map<Locale, Intl.DateTimeFormat>();

/** A date as the language writes it in full (2026年12月3日, December 3, 2026), read in UTC. */
export function longDate(lang: Locale, date: Date): string {
  let format = longDates.get(lang);
  if (!format) longDates.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}
