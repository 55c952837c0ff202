import { isLocale, type Locale } from '../i18n/locales';

/** The language of the page being rendered, from its /<lang>/ route parameter. */
export function pageLang(params: Record<string, string | undefined>): Locale {
  const lang = params['lang'];
  if (!isLocale(lang)) throw new Error(`Not a site language: ${String(lang)}`);
  return lang;
}
