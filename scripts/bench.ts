/**
 * Measures (never asserts) what the performance budget is about: build time, JavaScript an
 * article loads before the reader opens a simulator, the simulator bundle, page weight and
 * search latency, and Lighthouse scores. Prints a table and writes bench-results/latest.json.
 * Run through `npm run bench`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { readGuideSources } from './lib/guide-source.ts';
import { lighthouseScores } from './lib/lighthouse-scores.ts';
import { startStatic } from './lib/static-server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Lines of code a flow needs: its machine folder and its screens folder (what adding a flow costs). */
function flowLines(flow: string): { flow: number; screens: number } {
  const count = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .reduce((sum, f) => sum + readFileSync(`${dir}/${f}`, 'utf8').split('\n').length, 0);
  return { flow: count(`src/flows/${flow}`), screens: count(`src/components/simulators/${flow}`) };
}
const flows = readdirSync('src/components/simulators').filter((d) => !['kit', 'parts'].includes(d));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const started = performance.now();
execSync('npm run build', { stdio: 'ignore', env: { ...process.env, OUT_DIR: 'dist' } });
const buildSeconds = (performance.now() - started) / 1000;

interface Loaded {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
}

/** Records every response the page receives (body size and its gzip size) while `action` runs. */
async function record(page: Page, action: () => Promise<unknown>): Promise<Loaded[]> {
  const loaded: Promise<Loaded>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    loaded.push(
      response.body().then(
        (body) => ({ url: response.url(), type: response.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length }),
        () => ({ url: response.url(), type: response.request().resourceType(), bytes: 0, gzip: 0 }),
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(loaded);
}

/** Inline scripts (JSON data excluded): raw bytes and their gzip size. */
async function inlineScripts(page: Page): Promise<{ bytes: number; gzip: number }> {
  const text = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')].filter((s) => !s.type || s.type === 'module').map((s) => s.textContent ?? '').join('\n'),
  );
  return { bytes: Buffer.byteLength(text), gzip: text ? gzipSync(text).length : 0 };
}

const server = await startStatic('dist', 4331);
const browser = await chromium.launch(chromiumLaunch);
const results: Record<string, unknown>[] = [];
try {
  const slugs = [...new Set(readGuideSources().map((g) => g.slug))];
  for (const lang of ['ja', 'en']) {
    for (const slug of slugs) {
      const page = await browser.newPage();
      const url = `${server.url}/${lang}/guides/${slug}/`;
      const initial = await record(page, () => page.goto(url));
      const inline = await inlineScripts(page);
      // Scroll through the whole page so every lazy figure counts towards the total page weight.
      const lazy = await record(page, async () => {
        for (const img of await page.locator('img[loading="lazy"]').all()) await img.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => [...document.images].every((img) => img.complete));
      });
      // A guide without figures (the troubleshooting hub) has no try control and no simulator.
      const tryControl = page.locator('[data-try]').first();
      const hasTry = (await tryControl.count()) > 0;
      const flow = hasTry ? ((await tryControl.getAttribute('data-try'))?.split(':')[0] ?? '') : '';
      const simulator = hasTry
        ? await record(page, async () => {
            await tryControl.click();
            await page.locator('[data-simulator-host] .sim').first().waitFor();
          })
        : [];
      const js = (list: Loaded[]) => list.filter((r) => r.type === 'script');
      results.push({
        page: `/${lang}/guides/${slug}/`,
        flow,
        jsBeforeSimulator: js(initial).reduce((s, r) => s + r.bytes, 0) + inline.bytes,
        jsBeforeSimulatorGzip: js(initial).reduce((s, r) => s + r.gzip, 0) + inline.gzip,
        inlineScript: inline.bytes,
        simulatorJsGzip: js(simulator).reduce((s, r) => s + r.gzip, 0),
        simulatorJs: js(simulator).reduce((s, r) => s + r.bytes, 0),
        pageWeight: [...initial, ...lazy].reduce((s, r) => s + r.bytes, 0),
      });
      await page.close();
    }
  }

  // Search latency as the reader's browser sees it: Pagefind query plus loading the result
  // fragments, measured inside the page (the header box adds a 300 ms typing debounce on top).
  const page = await browser.newPage();
  const timings: number[] = [];
  for (const [lang, queries] of [
    ['en', ['QR code', 'session ID', 'expired', 'PIN', 'camera', 'already enrolled']],
    ['ja', ['QRコード', 'セッションID', '有効期限', 'PIN', 'カメラ', '登録済み']],
  ] as const) {
    await page.goto(`${server.url}/${lang}/`);
    timings.push(
      ...(await page.evaluate(async (list) => {
        const url = '/pagefind/pagefind.js'; // a runtime URL of the built site, not a module of this repo
        const pagefind = await import(url);
        await pagefind.init();
        const times: number[] = [];
        for (const query of list) {
          const t0 = performance.now();
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, 8).map((r: { data(): Promise<unknown> }) => r.data()));
          times.push(performance.now() - t0);
        }
        return times;
      }, [...queries])),
    );
  }
  results.push({ searchMedianMs: Math.round(median(timings)), searchMaxMs: Math.round(Math.max(...timings)) });
  const lighthouse = await lighthouseScores(['/ja/', '/en/guides/ib-key-ios-qr/', '/ja/guides/ib-key-android-session-id/'].map((p) => server.url + p));
  results.push({ lighthouse });
} finally {
  await browser.close();
  server.stop();
}

const pages = results.filter((r) => 'page' in r) as { page: string; flow: string; jsBeforeSimulator: number; jsBeforeSimulatorGzip: number; simulatorJsGzip: number; pageWeight: number }[];
console.log(`Build (npm run build): ${buildSeconds.toFixed(1)} s`);
console.log('| page | JS before simulator (raw / gzip) | simulator JS (gzip) | page weight |\n|---|---|---|---|');
for (const r of pages) console.log(`| ${r.page} | ${kb(r.jsBeforeSimulator)} / ${kb(r.jsBeforeSimulatorGzip)} | ${kb(r.simulatorJsGzip)} | ${kb(r.pageWeight)} |`);
for (const r of results.filter((r) => !('page' in r))) console.log(JSON.stringify(r));
console.log('| flow | lines (flow) | lines (screens) | simulator JS on open (gzip, largest page) |\n|---|---|---|---|');
for (const flow of flows) {
  const { flow: machine, screens } = flowLines(flow);
  const js = Math.max(0, ...pages.filter((p) => p.flow === flow).map((p) => p.simulatorJsGzip));
  console.log(`| ${flow} | ${machine} | ${screens} | ${kb(js)} |`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, results }, null, 2)}\n`);
