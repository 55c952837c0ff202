import { createInstance } from 'i18next';
import en from './ui/en.json';
import ja from './ui/ja.json';
import type { Locale } from './locales';

type StoredKey = keyof typeof en;
/** "home.guideCount" for the stored "home.guideCount_one" / "_other": i18next picks by `count`. */
type PluralKey = StoredKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
/** Every UI string key. English is the reference; `ui-schema.ts` makes Japanese match it. */
export type UiKey = StoredKey | PluralKey;
export type UiVars = Record<string, string | number>;
export type Translate = (key: UiKey, vars?: UiVars) => string;

const i18n = createInstance();
// Keys are flat and dotted, so dots and colons are plain characters, not separators.
// Escaping is left to Astro and React, which escape every text they render.
void i18n.init({
  resources: { en: { translation: en }, ja: { translation: ja } },
  lng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * Strings without variables, looked up by i18next once per build rather than on every use: a
 * build of 1,200 guides per language asks for strings some 300,000 times, three in four times
 * without variables, and i18next's lookups took about 2 s of the rendering.
 */
const plain = new Map<Locale, Map<UiKey, string>>();

export function t(lang: Locale, key: UiKey, vars?: UiVars): string {
  if (vars) return i18n.getFixedT(lang)(key, vars);
  const strings = plain.get(lang) ?? plain.set(lang, new Map()).get(lang)!;
  let text = strings.get(key);
  if (text === undefined) strings.set(key, (text = i18n.getFixedT(lang)(key, {})));
  return text;
}

/** A `t` bound to one language, for components that render a whole page or island in it. */
export function translator(lang: Locale): Translate {
  return (key, vars) => t(lang, key, vars);
}
