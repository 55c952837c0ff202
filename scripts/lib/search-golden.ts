/**
 * The golden query set (../shared/search-golden.json): queries a reader might type, each with the
 * guides that should answer it. Shared by tests/e2e/search-golden.spec.ts and scripts/search-measure.ts.
 *
 * A query passes when one of its guides is among the first three results of the site's own search
 * in that language. Queries whose guides do not exist yet (being written) are set aside, not failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

export interface GoldenCase {
  lang: string;
  query: string;
  slugs: string[];
}

/** The team's shared golden set when it sits beside the project; else the copy kept in the repository (CI). */
const sharedPath = new URL('../../../shared/search-golden.json', import.meta.url);
const defaultPath = existsSync(sharedPath) ? sharedPath : new URL('../../tests/golden/search-golden.json', import.meta.url);

/** The golden set by language, or null when the file is not on this machine (SEARCH_GOLDEN overrides the path). */
export function readGolden(path: string | URL = process.env['SEARCH_GOLDEN'] ?? defaultPath): Record<string, GoldenCase[]> | null {
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const byLang: Record<string, GoldenCase[]> = {};
  for (const [lang, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) continue; // "about"
    byLang[lang] = (list as [string, string[]][]).map(([query, slugs]) => ({ lang, query, slugs }));
  }
  return byLang;
}

/** Whether a guide is part of a built site (the golden set is scored against what was built). */
export const builtGuide = (outDir: string) => (lang: string, slug: string) => existsSync(join(outDir, lang, 'guides', slug, 'index.html'));

/** Splits cases into those that can be scored now and those waiting for a guide that does not exist yet. */
export function scoreable(cases: GoldenCase[], exists: (lang: string, slug: string) => boolean) {
  const ready = cases.filter((c) => c.slugs.some((slug) => exists(c.lang, slug)));
  const waiting = cases.filter((c) => !ready.includes(c));
  return { ready, waiting };
}

/** The guide slug of a result URL (/<lang>/guides/<slug>/#step-2 → slug). */
export const slugOfUrl = (url: string) => /\/guides\/([^/#?]+)/.exec(url)?.[1] ?? url;

/** The search box in the header of a page of the site (the home page has a second, larger one). */
export const headerSearchBox = (page: Page) => page.locator('header [data-search]').first();

/** Waits until `box` has finished showing its results for `query` (data-search-done). */
export async function searchSettled(page: Page, box: Locator, query: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([el, q]) => (el as HTMLElement).dataset['searchDone'] === q, [await box.elementHandle(), query] as const, { timeout });
}

/**
 * Types `query` into the page's (first) search box and returns the result pages in order, once the
 * box says it has finished ranking that query (data-search-done). The page must be a page of the site.
 * The box is cleared first, so one page can run many queries.
 */
export async function searchBoxResults(page: Page, query: string, box = page.locator('[data-search]').first()): Promise<string[]> {
  const input = box.getByRole('searchbox');
  await input.fill('');
  await input.fill(query);
  await searchSettled(page, box, query);
  return box.locator('[data-search-results] > li[data-result-url]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['resultUrl'] ?? ''));
}

/** Pagefind's own ranking for `query`, with no client processing (what the header box did before issue 10). */
export async function rawPagefindResults(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js'; // a runtime URL of the built site
    const pagefind = await import(/* @vite-ignore */ url);
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 3).map((r: { data(): Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url);
  }, query);
}

export interface GoldenOutcome {
  lang: string;
  hits: number;
  total: number;
  rate: number;
  misses: { query: string; expected: string[]; got: string[] }[];
  waiting: string[];
}

/** Runs every scoreable case of one language on `page` (already on a page of that language). */
export async function runGolden(
  page: Page,
  lang: string,
  cases: GoldenCase[],
  exists: (lang: string, slug: string) => boolean,
  results: (page: Page, query: string) => Promise<string[]> = searchBoxResults,
): Promise<GoldenOutcome> {
  const { ready, waiting } = scoreable(cases, exists);
  const misses: GoldenOutcome['misses'] = [];
  let hits = 0;
  for (const c of ready) {
    // A query the box never finishes counts as a miss, so one run still reports every query.
    const top = await results(page, c.query).then(
      (urls) => urls.slice(0, 3).map(slugOfUrl),
      (error: unknown) => [`no answer: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`],
    );
    if (top.some((slug) => c.slugs.includes(slug))) hits += 1;
    else misses.push({ query: c.query, expected: c.slugs, got: top });
  }
  return { lang, hits, total: ready.length, rate: ready.length ? hits / ready.length : 1, misses, waiting: waiting.map((c) => c.query) };
}

export const formatOutcome = (o: GoldenOutcome) =>
  [
    `${o.lang}: top-3 hit rate ${(o.rate * 100).toFixed(1)} % (${o.hits}/${o.total} queries whose guides exist; ${o.waiting.length} waiting for guides not written yet)`,
    ...o.misses.map((m) => `  miss: “${m.query}” → [${m.got.join(', ')}], expected one of [${m.expected.join(', ')}]`),
    ...(o.waiting.length ? [`  waiting: ${o.waiting.map((q) => `“${q}”`).join(' ')}`] : []),
  ].join('\n');
