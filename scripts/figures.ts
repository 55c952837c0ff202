/**
 * Renders every figure the guides use, in every language and in light and dark, from the
 * simulator itself: opens /<lang>/simulator/<flow>/?try=<flow>:<state>&figure on the built
 * site, screenshots the element the state names, and writes
 * public/figures/<lang>/<flow>/<state>.webp and <state>.dark.webp plus the sizes the pages
 * reserve. Figures no guide uses any more are deleted.
 * Run through `npm run figures` (it builds the site first).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { chromiumLaunch } from '../playwright.config.ts';
import { existingFigures, FIGURE_THEMES, figureFile, figureKey, figureSizesFile, type FigureTheme } from './lib/figure-files.ts';
import { readGuideSources } from './lib/guide-source.ts';
import { startStatic } from './lib/static-server.ts';

const SCALE = 2; // device pixels per CSS pixel: sharp on high-density screens
const used = new Map<string, { lang: string; flow: string; state: string }>();
for (const guide of readGuideSources()) {
  for (const figure of guide.figures) used.set(figureKey(guide.lang, figure.flow, figure.state), { lang: guide.lang, ...figure });
}

const server = await startStatic(process.env['OUT_DIR'] ?? 'dist', 4330);
const browser = await chromium.launch(chromiumLaunch);
// One page per theme: the simulator follows the page's light or dark colours.
const pages = await Promise.all(
  FIGURE_THEMES.map((colorScheme) => browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: SCALE, colorScheme, reducedMotion: 'reduce' })),
);
const sizes: Record<string, [number, number]> = {};

/** Renders one figure in one theme; returns its size in CSS pixels. */
async function render(page: Page, theme: FigureTheme, lang: string, flow: string, state: string): Promise<[number, number]> {
  await page.goto(`${server.url}/${lang}/simulator/${flow}/?try=${flow}:${state}&figure`);
  const root = page.locator('[data-figure-ready="true"]');
  await root.waitFor();
  // The state names what its figure shows: a panel of the simulator, cropped to the part the step is about.
  const target = await root.getAttribute('data-figure-target');
  if (!target) throw new Error(`${lang}/${flow}/${state}: the simulator names no figure target (is "${state}" a state of ${flow}?)`);
  const png = await page.locator(target).screenshot({ animations: 'disabled' });
  const file = figureFile(lang, flow, state, theme);
  mkdirSync(dirname(file), { recursive: true });
  const { width, height } = await sharp(png).webp({ quality: 82 }).toFile(file);
  return [Math.round(width / SCALE), Math.round(height / SCALE)];
}

try {
  for (const [key, { lang, flow, state }] of used) {
    const [light] = await Promise.all(FIGURE_THEMES.map((theme, i) => render(pages[i]!, theme, lang, flow, state)));
    sizes[key] = light!;
    console.log(`figure ${key} ${light!.join('×')}`);
  }
} finally {
  await browser.close();
  server.stop();
}

const files = new Set([...used.keys()].flatMap((key) => [key, `${key}.dark`]));
for (const stale of existingFigures().filter((key) => !files.has(key))) {
  const [lang = '', flow = '', name = ''] = stale.split('/');
  const dark = name.endsWith('.dark');
  rmSync(figureFile(lang, flow, dark ? name.slice(0, -'.dark'.length) : name, dark ? 'dark' : 'light'));
  console.log(`removed unused figure ${stale}`);
}
const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(figureSizesFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} figures written.`);
