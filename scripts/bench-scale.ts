/**
 * The scale mode of the benchmark (issue 11 §1): how the build and the pages a reader loads grow
 * with the number of guides. Measures, never asserts.
 *
 * Usage: node scripts/bench-scale.ts 24 240 1200   (N = guides per language, real ones included)
 *
 * For each N, serially:
 * 1. writes N synthetic guides per language (scripts/lib/synthetic-guides.ts) to .tmp/scale/<N>/guides;
 * 2. builds with `GUIDES_DIR=… OUT_DIR=dist-scale-<N> npm run build:site` (astro build with the
 *    settings of package.json), then `pagefind --site dist-scale-<N>`,
 *    each under /usr/bin/time -v (wall time, peak memory: "Maximum resident set size", the largest
 *    process of the command's tree), or sampling /proc of the child tree where that is missing;
 * 3. serves the built site (scripts/lib/static-server.ts) and measures in Chromium, each in a fresh
 *    browser context (empty cache): the home page of each language and a median guide page (the
 *    real guide of median HTML size at the first N, the same page at every N): HTML, and the JS and
 *    CSS fetched before the `load` event (inline <script>/<style> counted apart); on the guide page
 *    the JS and CSS fetched when its first try control ([data-try]) is clicked; the bytes a first
 *    search in the header box (#site-search) fetches; the elements of each page, and of the largest
 *    page of each other kind (topics, simulator…), by outerHTML bytes (JavaScript off), to name what grew;
 * 4. sizes from disk: Pagefind's index, search-data.json, the largest guide and non-guide page;
 * 5. removes dist-scale-<N> except for the last N.
 *
 * The build runs in a copy of the site's sources (.tmp/scale/site, taken when the run starts; why:
 * scripts/lib/scale-build.ts), not in the working tree. The copy's caches are cleared before each N,
 * so every build starts cold, and the copy is removed at the end.
 *
 * Prints a markdown table (rows: metrics, columns: N) and the elements that grew; writes
 * bench-results/scale.json (results of earlier runs for other N are kept). `--report` prints both
 * again from that file without measuring.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { startStatic } from './lib/static-server.ts';
import { defaultSyntheticDir, projectRoot, syntheticLangs, writeSyntheticGuides } from './lib/synthetic-guides.ts';
import { buildSiteAt, copySiteSources } from './lib/scale-build.ts';
import type { Timed } from './lib/timed.ts';

const args = process.argv.slice(2);
/** --report: print the table and the growth again from bench-results/scale.json, measuring nothing (without N: all of it, refreshing the stored table). */
const reportOnly = args.includes('--report');
const counts = args.filter((a) => a !== '--report').map(Number);
if ((counts.length === 0 && !reportOnly) || counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: node scripts/bench-scale.ts <N> [N …]   (guides per language)\n       node scripts/bench-scale.ts --report [N …]');
  process.exit(1);
}

const scaleDir = join(projectRoot, '.tmp/scale');
const siteDir = join(scaleDir, 'site');
const resultsFile = join(projectRoot, 'bench-results/scale.json');
const queries: Record<string, string> = { ja: 'QRコード', en: 'QR code' };

// ---------------------------------------------------------------------------------------------
// Measuring in the browser

interface Bytes {
  bytes: number;
  gzip: number;
}
const zero = (): Bytes => ({ bytes: 0, gzip: 0 });
const add = (a: Bytes, body: Buffer): Bytes => ({ bytes: a.bytes + body.length, gzip: a.gzip + gzipSync(body).length });
const sizeOf = (body: Buffer | string): Bytes => add(zero(), Buffer.from(body));

type Kind = 'js' | 'css' | 'html' | 'json' | 'pagefind' | 'image' | 'other';
function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (path.startsWith('/pagefind/')) return 'pagefind';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.json')) return 'json';
  if (/\.(webp|png|jpe?g|svg|gif|avif)$/.test(path)) return 'image';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

type ByKind = Partial<Record<Kind, Bytes>>;
interface Fetched {
  url: string;
  body: Buffer;
}
function byKind(list: Fetched[]): ByKind {
  const out: ByKind = {};
  for (const f of list) out[kindOf(f.url)] = add(out[kindOf(f.url)] ?? zero(), f.body);
  return out;
}

/**
 * Collects every response while `action` runs and until no request has been in flight for
 * `quietMs` (Playwright's networkidle only describes the page's first load, not later clicks).
 */
async function record(page: Page, action: () => Promise<unknown>, quietMs = 500): Promise<Fetched[]> {
  const bodies: Promise<Fetched>[] = [];
  let inFlight = 0;
  let lastChange = performance.now();
  const onRequest = () => ((inFlight += 1), (lastChange = performance.now()));
  const onDone = () => ((inFlight -= 1), (lastChange = performance.now()));
  const onResponse = (response: Response) =>
    bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: Buffer.alloc(0) })));
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  await action();
  const deadline = performance.now() + 15_000;
  while ((inFlight > 0 || performance.now() - lastChange < quietMs) && performance.now() < deadline) await page.waitForTimeout(100);
  page.off('request', onRequest);
  page.off('requestfinished', onDone);
  page.off('requestfailed', onDone);
  page.off('response', onResponse);
  return Promise.all(bodies);
}

/** Inline <script> and <style> bytes and style="" attribute bytes of an HTML text. */
function inlineBytes(html: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/.test(m[1]!)).map((m) => m[2]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const attrs = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!);
  const total = (list: string[]) => list.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { script: total(scripts), scriptCount: scripts.length, style: total(styles), styleCount: styles.length, styleAttributes: total(attrs) };
}

interface PageMeasure {
  url: string;
  html: Bytes;
  inline: ReturnType<typeof inlineBytes>;
  /** Fetched before the load event, the document excluded. */
  beforeLoad: ByKind;
  requestsBeforeLoad: number;
  /** Fetched when the first [data-try] control is clicked (guide pages). */
  tryClick?: ByKind & { flow: string; requests: number };
  /** outerHTML bytes by element path (siblings with the same path summed), JavaScript off. */
  elements: Record<string, { count: number; bytes: number }>;
}

async function elementSizes(browser: Browser, url: string): Promise<PageMeasure['elements']> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const list = await page.evaluate(() => {
    const enc = new TextEncoder();
    const out: [string, number][] = [];
    const label = (el: Element) => {
      const classes = [...el.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
      return `${el.tagName.toLowerCase()}${el.id && !/\d{2,}/.test(el.id) ? `#${el.id}` : ''}${classes.length ? `.${classes.join('.')}` : ''}`;
    };
    const walk = (el: Element, path: string, depth: number) => {
      for (const child of el.children) {
        const p = `${path} > ${label(child)}`;
        out.push([p, enc.encode(child.outerHTML).length]);
        if (depth < 6) walk(child, p, depth + 1);
      }
    };
    walk(document.documentElement, 'html', 0);
    return out;
  });
  await context.close();
  const merged: PageMeasure['elements'] = {};
  for (const [path, bytes] of list) {
    const m = (merged[path] ??= { count: 0, bytes: 0 });
    m.count += 1;
    m.bytes += bytes;
  }
  // Only what weighs something: the rest is noise in the JSON.
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v.bytes >= 256));
}

async function measurePage(browser: Browser, url: string, clickTry: boolean): Promise<PageMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    if (!bodies.has(r.url())) bodies.set(r.url(), r.body().catch(() => Buffer.alloc(0)));
  });
  const doc = await page.goto(url, { waitUntil: 'load' });
  if (!doc?.ok()) throw new Error(`${url}: HTTP ${doc?.status()}`);
  const html = await doc.body();
  // What had arrived when the load event started (Resource Timing), the document itself apart.
  const loadedUrls = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.responseEnd <= nav.loadEventStart).map((e) => e.name);
  });
  const beforeLoadList = await Promise.all([...new Set(loadedUrls)].map(async (u) => ({ url: u, body: (await bodies.get(u)) ?? Buffer.alloc(0) })));
  const measure: PageMeasure = {
    url: new URL(url).pathname,
    html: sizeOf(html),
    inline: inlineBytes(html.toString('utf8')),
    beforeLoad: byKind(beforeLoadList),
    requestsBeforeLoad: beforeLoadList.length,
    elements: {},
  };
  if (clickTry) {
    await record(page, () => page.waitForLoadState('networkidle'));
    const control = page.locator('[data-try]').first();
    const flow = (await control.getAttribute('data-try'))?.split(':')[0] ?? '';
    const fetched = await record(page, async () => {
      await control.click();
      await page.locator('[data-simulator-host] .sim').first().waitFor({ timeout: 20_000 });
    });
    measure.tryClick = { ...byKind(fetched), flow, requests: fetched.length };
  }
  await context.close();
  measure.elements = await elementSizes(browser, url);
  return measure;
}

interface SearchMeasure {
  query: string;
  /** From focusing the box until the results are complete. */
  fetched: ByKind;
  requests: number;
  total: Bytes;
  firstResultMs: number;
  files: string[];
}

async function measureSearch(browser: Browser, base: string, lang: string): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/`, { waitUntil: 'load' });
  await record(page, () => page.waitForLoadState('networkidle'));
  const query = queries[lang]!;
  let firstResultMs = 0;
  const fetched = await record(page, async () => {
    const input = page.locator('#site-search');
    await input.focus();
    const t0 = performance.now();
    await input.fill(query);
    await page.locator('#site-search-results [data-search-results] li a').first().waitFor({ state: 'visible', timeout: 20_000 });
    firstResultMs = Math.round(performance.now() - t0);
  });
  await context.close();
  const total = fetched.reduce((sum, f) => add(sum, f.body), zero());
  return { query, fetched: byKind(fetched), requests: fetched.length, total, firstResultMs, files: fetched.map((f) => `${new URL(f.url).pathname} ${f.body.length}`) };
}

// ---------------------------------------------------------------------------------------------
// Sizes on disk

/** /ja/topics/pc-otp/ → /:lang/topics/*\/: the page's route, for grouping pages of one kind. */
const routeGroup = (path: string) => path.replace(/^\/(ja|en)\//, '/:lang/').replace(/^(\/:lang\/[^/]+\/)[^/]+\/$/, '$1*/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

function diskSizes(dist: string) {
  const files = filesUnder(dist);
  const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ path: `/${f.replace(/index\.html$/, '')}`, bytes: statSync(join(dist, f)).size }));
  const isGuide = (p: string) => /^\/(ja|en)\/guides\/[^/]+\/$/.test(p);
  const guides = html.filter((h) => isGuide(h.path));
  const others = html.filter((h) => !isGuide(h.path));
  const largest = (list: typeof html) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const pagefindFiles = filesUnder(join(dist, 'pagefind'));
  const apparent = pagefindFiles.reduce((s, f) => s + statSync(join(dist, 'pagefind', f)).size, 0);
  const duKiB = Number(/^(\d+)/.exec(spawnSync('du', ['-sk', join(dist, 'pagefind')], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 0);
  const searchData = Object.fromEntries(
    syntheticLangs.map((lang) => {
      const file = join(dist, lang, 'search-data.json');
      return [lang, existsSync(file) ? sizeOf(readFileSync(file)) : zero()];
    }),
  );
  const groups: Record<string, { path: string; bytes: number; pages: number }> = {};
  for (const h of others) {
    const group = routeGroup(h.path);
    const g = (groups[group] ??= { path: '', bytes: 0, pages: 0 });
    g.pages += 1;
    if (h.bytes > g.bytes) Object.assign(g, { path: h.path, bytes: h.bytes });
  }
  return {
    htmlPages: html.length,
    /** The largest page of each kind of non-guide page (/:lang/topics/*\/ …). */
    largestByRoute: groups,
    guidePages: guides.length,
    maxGuideHtml: largest(guides),
    maxNonGuideHtml: largest(others),
    largestNonGuidePages: [...others].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    guideHtmlBytes: guides.map((g) => g.bytes).sort((a, b) => a - b),
    pagefind: { files: pagefindFiles.length, bytes: apparent, duKiB },
    searchData,
    distBytes: files.reduce((s, f) => s + statSync(join(dist, f)).size, 0),
  };
}

/** The real guide (slug without -s<i>) of median HTML size, per language. */
function medianRealGuide(dist: string, lang: string): string {
  const dir = join(dist, lang, 'guides');
  const sizes = readdirSync(dir)
    .filter((slug) => !/-s\d+$/.test(slug) && existsSync(join(dir, slug, 'index.html')))
    .map((slug) => ({ slug, bytes: statSync(join(dir, slug, 'index.html')).size }))
    .sort((a, b) => a.bytes - b.bytes);
  return sizes[Math.floor((sizes.length - 1) / 2)]!.slug;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The run

interface ScaleResult {
  n: number;
  date: string;
  guidesPerLanguage: number;
  build: Timed;
  pagefind: Timed;
  disk: ReturnType<typeof diskSizes>;
  pages: Record<string, PageMeasure>;
  /** Element sizes of the largest page of each other kind (at the first N). */
  otherPages: Record<string, { url: string; elements: PageMeasure['elements'] }>;
  search: Record<string, SearchMeasure>;
}

const medianSlugs: Record<string, string> = {};
const extraPages: Record<string, string> = {};

async function measureAll(): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  mkdirSync(scaleDir, { recursive: true });
  copySiteSources(siteDir);

  for (const [i, n] of counts.entries()) {
    const set = writeSyntheticGuides(n, defaultSyntheticDir(n));
    const dist = join(projectRoot, `dist-scale-${n}`);
    console.error(`N=${n}: ${set.count} guides per language (${set.realCount} real) in ${relative(projectRoot, set.dir)}; building…`);
    // Cold caches for every N, the site's own build commands.
    const { build, pagefind } = await buildSiteAt({ siteDir, guidesDir: set.dir, dist, logDir: scaleDir, label: String(n) });
    console.error(`N=${n}: astro build ${build.seconds.toFixed(1)} s, peak ${build.peakMiB.toFixed(0)} MiB; pagefind ${pagefind.seconds.toFixed(1)} s, peak ${pagefind.peakMiB.toFixed(0)} MiB; measuring…`);

    const disk = diskSizes(dist);
    for (const lang of syntheticLangs) medianSlugs[lang] ??= medianRealGuide(dist, lang);
    const server = await startStatic(dist, await freePort());
    const browser = await chromium.launch(chromiumLaunch);
    const pages: Record<string, PageMeasure> = {};
    const search: Record<string, SearchMeasure> = {};
    const otherPages: Record<string, { url: string; elements: PageMeasure['elements'] }> = {};
    // The largest page of each other kind (topics, simulator, …) at the first N, the same page after.
    if (Object.keys(extraPages).length === 0) {
      for (const [group, g] of Object.entries(disk.largestByRoute)) if (g.path.endsWith('/') && group !== '/:lang/' && group !== '/') extraPages[group] = g.path;
    }
    try {
      for (const lang of syntheticLangs) {
        pages[`home ${lang}`] = await measurePage(browser, `${server.url}/${lang}/`, false);
        pages[`guide ${lang}`] = await measurePage(browser, `${server.url}/${lang}/guides/${medianSlugs[lang]}/`, true);
        search[lang] = await measureSearch(browser, server.url, lang);
      }
      for (const [group, path] of Object.entries(extraPages)) {
        if (existsSync(join(dist, path, 'index.html'))) otherPages[group] = { url: path, elements: await elementSizes(browser, server.url + path) };
      }
    } finally {
      await browser.close();
      server.stop();
    }
    results.push({ n, date: new Date().toISOString(), guidesPerLanguage: set.count, build, pagefind, disk, pages, otherPages, search });
    if (i < counts.length - 1) rmSync(dist, { recursive: true, force: true });
  }
  // The copy of the sources served its purpose (and would only turn up in someone's grep).
  rmSync(siteDir, { recursive: true, force: true });
  return results;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const stored = (): Record<string, ScaleResult> =>
  existsSync(resultsFile) ? ((JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: Record<string, ScaleResult> }).results ?? {}) : {};
const results = reportOnly
  ? Object.values(stored())
      .filter((r) => counts.length === 0 || counts.includes(r.n))
      .sort((a, b) => a.n - b.n)
  : await measureAll();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const both = (b: Bytes | undefined) => (b ? `${kb(b.bytes)} (${kb(b.gzip)} gz)` : '0');
const rows: [string, (r: ScaleResult) => string][] = [
  ['guides per language', (r) => String(r.guidesPerLanguage)],
  ['astro build: wall time', (r) => `${r.build.seconds.toFixed(1)} s`],
  ['astro build: peak memory', (r) => `${r.build.peakMiB.toFixed(0)} MiB`],
  ['pagefind: wall time', (r) => `${r.pagefind.seconds.toFixed(1)} s`],
  ['pagefind: peak memory', (r) => `${r.pagefind.peakMiB.toFixed(0)} MiB`],
  ['HTML pages (guide pages)', (r) => `${r.disk.htmlPages} (${r.disk.guidePages})`],
  ['dist size', (r) => `${(r.disk.distBytes / 1048576).toFixed(1)} MB`],
];
for (const key of ['home ja', 'home en', 'guide ja', 'guide en']) {
  const p = (r: ScaleResult) => r.pages[key]!;
  if (key.startsWith('guide')) rows.push([`${key}: page`, (r) => p(r).url]);
  rows.push(
    [`${key}: HTML`, (r) => both(p(r).html)],
    [`${key}: JS before load`, (r) => both(p(r).beforeLoad.js)],
    [`${key}: CSS before load`, (r) => both(p(r).beforeLoad.css)],
    [`${key}: inline script / inline style / style="" bytes`, (r) => `${kb(p(r).inline.script)} / ${kb(p(r).inline.style)} / ${kb(p(r).inline.styleAttributes)}`],
  );
  if (key.startsWith('guide')) {
    rows.push(
      [`${key}: try click JS`, (r) => both(p(r).tryClick?.js)],
      [`${key}: try click CSS`, (r) => both(p(r).tryClick?.css)],
    );
  }
}
rows.push(['search index (dist/pagefind)', (r) => `${kb(r.disk.pagefind.bytes)} in ${r.disk.pagefind.files} files (du ${r.disk.pagefind.duKiB} KiB)`]);
for (const lang of syntheticLangs) rows.push([`search-data.json ${lang}`, (r) => both(r.disk.searchData[lang])]);
for (const lang of syntheticLangs) {
  rows.push([`first search ${lang} (“${queries[lang]}”): fetched`, (r) => `${both(r.search[lang]!.total)}, ${r.search[lang]!.requests} requests`]);
  rows.push([`first search ${lang}: of which Pagefind`, (r) => both(r.search[lang]!.fetched.pagefind)]);
  // Pagefind's page list of the language: the one file of a first search that grows with the pages.
  rows.push([`first search ${lang}: of which pf_meta`, (r) => kb(r.search[lang]!.files.filter((f) => f.includes('.pf_meta ')).reduce((sum, f) => sum + Number(f.split(' ').pop()), 0))]);
  rows.push([`first search ${lang}: typing → first result (noisy)`, (r) => `${r.search[lang]!.firstResultMs} ms`]);
}
for (const group of [...new Set(results.flatMap((r) => Object.keys(r.disk.largestByRoute)))].sort()) {
  rows.push([`max HTML of ${group} (pages)`, (r) => {
    const g = r.disk.largestByRoute[group];
    return g ? `${kb(g.bytes)} ${g.path} (${g.pages})` : '–';
  }]);
}
rows.push(
  ['max guide page HTML', (r) => `${kb(r.disk.maxGuideHtml.bytes)} ${r.disk.maxGuideHtml.path}`],
  ['max non-guide page HTML', (r) => `${kb(r.disk.maxNonGuideHtml.bytes)} ${r.disk.maxNonGuideHtml.path}`],
);

const table = [`| metric | ${results.map((r) => `N=${r.n}`).join(' | ')} |`, `|---|${results.map(() => '---|').join('')}`, ...rows.map(([name, cell]) => `| ${name} | ${results.map(cell).join(' | ')} |`)];
console.log(table.join('\n'));

// Elements that grew from the first to the last N (same pages at every N). A path is listed when
// none of its children accounts for most of its growth, so the list names the growing element;
// a repeated element that got more copies is named as the unit, its parts are left out.
if (results.length > 1) {
  const [first, last] = [results[0]!, results[results.length - 1]!];
  console.log(`\nElements that grew by more than 1 KB from N=${first.n} to N=${last.n}; size at N=${results.map((r) => r.n).join(', ')} (outerHTML, JavaScript off; siblings with the same path summed):`);
  /** The element at every N, so a list that stops growing (a capped one) shows as such. */
  const series = (path: string, at: (r: ScaleResult) => PageMeasure['elements'] | undefined) =>
    results.map((r) => ({ n: r.n, ...(at(r)?.[path] ?? { count: 0, bytes: 0 }) })).map((v) => `${kb(v.bytes)} (×${v.count})`).join(' → ');
  const report = (key: string, url: string, before: PageMeasure['elements'], after: PageMeasure['elements'], at: (r: ScaleResult) => PageMeasure['elements'] | undefined) => {
    const growth = (path: string) => (after[path]?.bytes ?? 0) - (before[path]?.bytes ?? 0);
    const grew = Object.keys(after).filter((path) => growth(path) > 1024);
    const children = (path: string) => grew.filter((p) => p.startsWith(`${path} > `) && !p.slice(path.length + 3).includes(' > '));
    const more = (path: string) => (after[path]?.count ?? 0) > (before[path]?.count ?? 0);
    const parent = (path: string) => path.slice(0, path.lastIndexOf(' > '));
    // A repeated element that got more copies (a card ×N) is the unit: always named, its parts never.
    const units = grew.filter((path) => more(path) && !more(parent(path)));
    const named = grew
      .filter((path) => units.includes(path) || !children(path).some((c) => growth(c) >= 0.8 * growth(path)))
      .filter((path) => !units.some((u) => path.startsWith(`${u} > `)))
      .sort((a, b) => growth(b) - growth(a));
    console.log(`- ${key} (${url}): ${named.length === 0 ? 'nothing' : ''}`);
    for (const path of named.slice(0, 10)) console.log(`  - ${path}: ${series(path, at)}`);
  };
  for (const key of Object.keys(last.pages)) report(key, last.pages[key]!.url, first.pages[key]!.elements, last.pages[key]!.elements, (r) => r.pages[key]?.elements);
  for (const key of Object.keys(last.otherPages)) {
    if (first.otherPages[key]) report(key, last.otherPages[key]!.url, first.otherPages[key]!.elements, last.otherPages[key]!.elements, (r) => r.otherPages[key]?.elements);
  }
}

if (!reportOnly) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  const merged = { ...stored(), ...Object.fromEntries(results.map((r) => [String(r.n), r])) };
  writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), medianGuides: medianSlugs, table, results: merged }, null, 2)}\n`);
  console.error(`Wrote ${relative(projectRoot, resultsFile)}; dist-scale-${counts[counts.length - 1]} kept.`);
} else if (counts.length === 0 && existsSync(resultsFile)) {
  // The stored table follows the report (rows added since the measurement, for instance).
  const file = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(resultsFile, `${JSON.stringify({ ...file, table }, null, 2)}\n`);
}
