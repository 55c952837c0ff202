import { locales, type Locale } from '../i18n/locales';

/** Every internal URL is built here, so the URL scheme lives in one place. */
export const homePath = (lang: Locale) => `/${lang}/`;
export const guidePath = (lang: Locale, slug: string) => `/${lang}/guides/${slug}/`;
/** All guides of one category: the home page shows only the first few of each. */
export const topicPath = (lang: Locale, category: string) => `/${lang}/topics/${category}/`;
export const simulatorPath = (lang: Locale, flow: string) => `/${lang}/simulator/${flow}/`;
export const searchDataPath = (lang: Locale) => `/${lang}/search-data.json`;
export const figurePath = (lang: Locale, flow: string, state: string, theme: 'light' | 'dark' = 'light') =>
  `/figures/${lang}/${flow}/${state}${theme === 'dark' ? '.dark' : ''}.webp`;

const leadingLocale = new RegExp(`^/(${locales.join('|')})(?=/)`);

/** The same page in another language: swap the leading /<lang>/ segment. */
export function translatePath(path: string, to: Locale): string {
  return path.replace(leadingLocale, `/${to}`);
}
