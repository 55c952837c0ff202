/**
 * Measures search on a built site, in Chromium, without asserting anything:
 * - the golden-set top-3 hit rate per language (../shared/search-golden.json, over the queries
 *   whose guides exist);
 * - time from typing to the first result in the search box: cold (first query of a fresh page,
 *   Pagefind not loaded yet) and warm (a second query);
 * - bytes fetched by the first query (everything requested from focusing the box until its
 *   results are complete), as transferred and as they would be gzipped by a server.
 *
 * Usage: OUT_DIR=dist-search node scripts/search-measure.ts [--raw] [--port 4343]
 *   --raw   rank with Pagefind alone (what the box did before issue 10) instead of the box
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { startStatic } from './lib/static-server.ts';
import { builtGuide, formatOutcome, rawPagefindResults, readGolden, runGolden, searchBoxResults, type GoldenOutcome } from './lib/search-golden.ts';

const args = process.argv.slice(2);
const raw = args.includes('--raw');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4343;

const golden = readGolden();
if (!golden) throw new Error('no golden set: put it at ../shared/search-golden.json or set SEARCH_GOLDEN');
const outDir = process.env['OUT_DIR'] ?? 'dist';
const exists = builtGuide(outDir);

/** The first result showing in the box (any item with a link), as the reader sees it. */
const firstResult = (page: Page) => page.locator('[data-search-results] li a').first().waitFor({ state: 'visible', timeout: 15_000 });

interface FirstQuery {
  lang: string;
  query: string;
  coldMs: number;
  warmMs: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
  files: string[];
}

async function firstQuery(page: Page, lang: string, query: string, warmQuery: string): Promise<FirstQuery> {
  await page.goto(`${server.url}/${lang}/`, { waitUntil: 'networkidle' });
  const loaded: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
  page.on('response', (response) => {
    loaded.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: body.length, gzip: /\.(js|json|css|html)$/.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length }))
        .catch(() => ({ url: response.url(), bytes: 0, gzip: 0 })),
    );
  });
  const input = page.locator('[data-search]').first().getByRole('searchbox');
  // Typing the whole query at once: the clock starts with the input event, as a reader's last key.
  await input.focus();
  const t0 = Date.now();
  await input.fill(query);
  await firstResult(page);
  const coldMs = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const files = await Promise.all(loaded);
  await input.fill('');
  await page.locator('[data-search-results]').first().waitFor({ state: 'hidden' });
  const t1 = Date.now();
  await input.fill(warmQuery);
  await firstResult(page);
  const warmMs = Date.now() - t1;
  return {
    lang,
    query,
    coldMs,
    warmMs,
    requests: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0),
    files: files.map((f) => `${new URL(f.url).pathname} ${f.bytes} B`),
  };
}

const server = await startStatic(outDir, port);
const browser = await chromium.launch(chromiumLaunch);
const outcomes: GoldenOutcome[] = [];
const timings: FirstQuery[] = [];
try {
  for (const lang of Object.keys(golden)) {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto(`${server.url}/${lang}/`);
    outcomes.push(await runGolden(page, lang, golden[lang]!, exists, raw ? rawPagefindResults : searchBoxResults));
    await page.close();
    // Cold and warm timings, three fresh pages each, median reported.
    const runs: FirstQuery[] = [];
    for (let i = 0; i < 3; i += 1) {
      const fresh = await browser.newContext({ baseURL: server.url });
      const p = await fresh.newPage();
      runs.push(await firstQuery(p, lang, lang === 'ja' ? 'QRコード' : 'QR code', lang === 'ja' ? '有効期限' : 'expired'));
      await fresh.close();
    }
    runs.sort((a, b) => a.coldMs - b.coldMs);
    timings.push({ ...runs[1]!, warmMs: [...runs].sort((a, b) => a.warmMs - b.warmMs)[1]!.warmMs });
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(raw ? 'Ranking: Pagefind alone (--raw)' : 'Ranking: the site’s search box');
for (const o of outcomes) console.log(formatOutcome(o));
for (const t of timings) {
  console.log(
    `${t.lang}: typing → first result ${t.coldMs} ms cold (first query “${t.query}”), ${t.warmMs} ms warm; first query fetched ${t.requests} files, ${(t.bytes / 1024).toFixed(1)} KB as served (${(t.gzipBytes / 1024).toFixed(1)} KB with gzip for text files)`,
  );
  for (const f of t.files) console.log(`    ${f}`);
}
