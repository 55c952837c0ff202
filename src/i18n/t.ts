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
 * Each string is looked up by i18next once per build for each set of variables, rather than on
 * every use: a build of 1,200 guides per language asks for strings some 300,000 times, mostly the
 * same few hundred (labels, "Figure {{n}}" with n from 1 to 30), and i18next's lookups took about
 * 2 s of the rendering. i18next's answer depends only on the key, the variables and the strings.
 */
const looked = new Map<Locale, Map<string, string>>();

export function t(lang: Locale, key: UiKey, vars?: UiVars): string {
  const strings = looked.get(lang) ?? looked.set(lang, new Map()).get(lang)!;
  const id = vars ? `${key}|${JSON.stringify(vars)}` : key;
  let text = strings.get(id);
  if (text === undefined) strings.set(id, (text = i18n.getFixedT(lang)(key, vars ?? {})));
  return text;
}

/** A `t` bound to one language, for components that render a whole page or island in it. */
export function translator(lang: Locale): Translate {
  return (key, vars) => t(lang, key, vars);
}
