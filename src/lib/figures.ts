import sizes from '../generated/figure-sizes.json';
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/t';
import en from '../i18n/ui/en.json';

/** Figures are screenshots of a simulator at a named state; their text lives in the UI strings. */
export interface FigureRef {
  flow: string;
  state: string;
}

export const figureKey = (lang: Locale, { flow, state }: FigureRef) => `${lang}/${flow}/${state}`;

/** Width and height written by `npm run figures`, so the page reserves the space. */
export function figureSize(lang: Locale, ref: FigureRef): { width: number; height: number } | undefined {
  const [width, height] = (sizes as Record<string, number[]>)[figureKey(lang, ref)] ?? [];
  return width && height ? { width, height } : undefined;
}

/** The caption and alt keys of a figure; a guide using a figure without them fails the build. */
export function figureTextKeys({ flow, state }: FigureRef): { caption: UiKey; alt: UiKey } {
  const caption = `figure.${flow}.${state}.caption`;
  const alt = `figure.${flow}.${state}.alt`;
  if (!(caption in en) || !(alt in en)) throw new Error(`Figure ${flow}/${state} has no caption or alt text in the UI strings`);
  return { caption: caption as UiKey, alt: alt as UiKey };
}
