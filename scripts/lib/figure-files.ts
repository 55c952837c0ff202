/** Where figures live on disk and which ones exist, for the figure generator and the checks. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const figuresRoot = new URL('../../public/figures/', import.meta.url).pathname;
export const figureSizesFile = new URL('../../src/generated/figure-sizes.json', import.meta.url).pathname;
export const FIGURE_EXT = 'webp';

/** A figure's identity across languages and flows: "<lang>/<flow>/<state>". */
export const figureKey = (lang: string, flow: string, state: string) => `${lang}/${flow}/${state}`;

/** Every figure has a light and a dark rendering; the dark one's file name ends in ".dark". */
export type FigureTheme = 'light' | 'dark';
export const FIGURE_THEMES: readonly FigureTheme[] = ['light', 'dark'];

export const figureFile = (lang: string, flow: string, state: string, theme: FigureTheme = 'light') =>
  join(figuresRoot, lang, flow, `${state}${theme === 'dark' ? '.dark' : ''}.${FIGURE_EXT}`);

/** Every figure file on disk, as "<lang>/<flow>/<state>" (light) or "<lang>/<flow>/<state>.dark". */
export function existingFigures(): string[] {
  if (!existsSync(figuresRoot)) return [];
  return readdirSync(figuresRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(`.${FIGURE_EXT}`))
    .map((path) => path.replace(/\\/g, '/').replace(new RegExp(`\\.${FIGURE_EXT}$`), ''));
}
