import { expect, test } from './fixtures';

// Pagefind keeps one index per language; each page searches its own language only.
const cases = [
  { lang: 'en', query: 'session ID', expect: '/en/guides/ib-key-android-session-id/' },
  { lang: 'en', query: 'already enrolled', expect: '/en/guides/ib-key-activation-errors/' },
  { lang: 'ja', query: 'セッションID', expect: '/ja/guides/ib-key-android-session-id/' },
  { lang: 'ja', query: 'カメラ', expect: '/ja/guides/' },
] as const;

for (const c of cases) {
  test(`search (${c.lang}) "${c.query}" finds ${c.expect}`, async ({ page }) => {
    await page.goto(`/${c.lang}/`);
    await page.locator('#site-search').fill(c.query);
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.startsWith(c.expect))).toBe(true);
    expect(hrefs.every((href) => href.startsWith(`/${c.lang}/`))).toBe(true);
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`/${c.lang}/guides/`));
  });
}

test('a search with no match says so', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#site-search').fill('zzqxv');
  await expect(page.locator('[data-search-results] li')).toContainText('No guide matches');
});
