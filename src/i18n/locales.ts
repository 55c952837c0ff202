/** The one list of site languages. Everything else (routes, switchers, parity checks) derives from it. */
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Used for x-default and when the browser language matches none of ours. */
export const defaultLocale: Locale = 'en';

export const localeNames: Record<Locale, string> = { ja: '日本語', en: 'English' };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

export function otherLocales(lang: Locale): Locale[] {
  return locales.filter((l) => l !== lang);
}
