/**
 * Renders every figure the guides use, in every language, from the simulator itself:
 * opens /<lang>/simulator/<flow>/?try=<state>&figure on the built site, screenshots the
 * phone or portal panel, and writes public/figures/<lang>/<flow>/<state>.webp plus the
 * sizes the pages reserve. Figures no guide uses any more are deleted.
 * Run through `npm run figures` (it builds the site first).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumLaunch } from '../playwright.config.ts';
import { locales } from '../src/i18n/locales.ts';
import { existingFigures, figureFile, figureKey, figureSizesFile } from './lib/figure-files.ts';
import { readGuideSources } from './lib/guide-source.ts';
import { startPreview } from './lib/preview-server.ts';

const SCALE = 2; // device pixels per CSS pixel: sharp on high-density screens
const used = new Map<string, { lang: string; flow: string; state: string }>();
for (const guide of readGuideSources()) {
  for (const figure of guide.figures) used.set(figureKey(guide.lang, figure.flow, figure.state), { lang: guide.lang, ...figure });
}

const server = await startPreview(4330);
const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: SCALE, colorScheme: 'light', reducedMotion: 'reduce' });
const sizes: Record<string, [number, number]> = {};
try {
  for (const lang of locales) {
    for (const [key, { flow, state }] of [...used].filter(([, f]) => f.lang === lang)) {
      await page.goto(`${server.url}/${lang}/simulator/${flow}/?try=${flow}:${state}&figure`);
      const root = page.locator('[data-figure-ready="true"]');
      await root.waitFor();
      // The state names what its figure shows: a panel of the simulator, cropped to the part the step is about.
      const target = await root.getAttribute('data-figure-target');
      if (!target) throw new Error(`${key}: the simulator names no figure target (is "${state}" a state of ${flow}?)`);
      const png = await page.locator(target).screenshot({ animations: 'disabled' });
      const file = figureFile(lang, flow, state);
      mkdirSync(dirname(file), { recursive: true });
      const { width, height } = await sharp(png).webp({ quality: 82 }).toFile(file);
      sizes[key] = [Math.round(width / SCALE), Math.round(height / SCALE)];
      console.log(`figure ${key} ${sizes[key].join('×')}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}

for (const stale of existingFigures().filter((key) => !used.has(key))) {
  const [lang = '', flow = '', state = ''] = stale.split('/');
  rmSync(figureFile(lang, flow, state));
  console.log(`removed unused figure ${stale}`);
}
const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(figureSizesFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} figures written.`);
