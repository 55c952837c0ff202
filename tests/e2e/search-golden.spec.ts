import { expect, test } from './fixtures';
import { builtGuide, formatOutcome, headerSearchBox, readGolden, runGolden, searchBoxResults, searchSettled } from '../../scripts/lib/search-golden';

/**
 * The header search box on the built site (OUT_DIR, as served by playwright.config.ts):
 * - the golden set (../shared/search-golden.json): every query whose guides exist has one of its
 *   guides among the first three results; one page per language, the box cleared and retyped for
 *   each query, and every miss reported at once;
 * - what the box does besides ranking: links to troubleshooting entries, typo notes, synonyms
 *   across scripts, and queries typed before its code has arrived.
 */

const golden = readGolden();
const exists = builtGuide(process.env['OUT_DIR'] ?? 'dist');

for (const lang of golden ? Object.keys(golden) : ['en', 'ja']) {
  test(`golden queries (${lang}): one expected guide in the top 3 of the header box`, async ({ page }) => {
    test.skip(!golden, 'no golden set on this machine (../shared/search-golden.json or SEARCH_GOLDEN)');
    test.setTimeout(180_000);
    await page.goto(`/${lang}/`);
    const box = headerSearchBox(page);
    const outcome = await runGolden(page, lang, golden![lang]!, exists, (p, query) => searchBoxResults(p, query, box));
    if (outcome.waiting.length) test.info().annotations.push({ type: 'waiting for guides', description: outcome.waiting.join(' | ') });
    expect(outcome.total, `no golden query of ${lang} has a built guide: is OUT_DIR the site being served?`).toBeGreaterThan(0);
    expect(outcome.misses, formatOutcome(outcome)).toEqual([]);
  });
}

test('a query matching a troubleshooting entry links to the entry, and following the link shows it', async ({ page }) => {
  await page.goto('/en/');
  const box = headerSearchBox(page);
  await box.getByRole('searchbox').fill('already enrolled');
  await searchSettled(page, box, 'already enrolled');
  const link = box.locator('[data-search-results] a[href*="#problem-"]').first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/guides\/[\w-]+\/#problem-[\w-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  const entry = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(entry).toHaveCount(1);
  await expect(entry).toBeInViewport();
});

test('a typo is corrected: "camra" (en) says it shows results for camera, and shows them', async ({ page }) => {
  await page.goto('/en/');
  const box = headerSearchBox(page);
  const results = await searchBoxResults(page, 'camra', box);
  await expect(box.locator('[data-search-note]')).toBeVisible();
  await expect(box.locator('[data-search-note]')).toContainText('“camera”');
  expect(results.length).toBeGreaterThan(0);
  await expect(box.locator('[data-search-results] mark').first()).toContainText(/camera/i);
});

test('アンドロイド (ja) ranks an Android guide first', async ({ page }) => {
  await page.goto('/ja/');
  const box = headerSearchBox(page);
  const [first] = await searchBoxResults(page, 'アンドロイド', box);
  expect(first).toMatch(/^\/ja\/guides\/[\w-]+\/$/);
  // An Android guide is one the site tags with the Android filter value.
  const html = await (await page.request.get(first!)).text();
  expect(html).toContain('data-pagefind-filter="os:Android"');
});

test('a query typed before the search code has arrived still gets its results', async ({ page }) => {
  await page.goto('/en/');
  const client = /\/_astro\/search-client\.[\w-]+\.js$/;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(client, async (route) => {
    await held;
    await route.fallback();
  });
  const box = headerSearchBox(page);
  const requested = page.waitForRequest(client);
  // Focusing the box asks for its code; the query is typed while that code is held back.
  await box.getByRole('searchbox').fill('session ID');
  await requested;
  expect(await box.getAttribute('data-search-ready')).toBeNull();
  await expect(box.locator('[data-search-results] li')).toHaveCount(0);
  release();
  await searchSettled(page, box, 'session ID');
  await expect(box.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/en\/guides\/ib-key-android-session-id\//);
});
