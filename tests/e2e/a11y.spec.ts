/**
 * Every page, in light and dark, has no axe-core violations (WCAG 2.0/2.1 A and AA, and
 * axe's best practices).
 *
 * Each page is loaded once, in the light scheme, and checked; then it switches to the dark
 * theme in place (dark `prefers-color-scheme` and the page's theme toggle, see switchToDark)
 * and is checked again. The pages are shared out in a few groups, each on the worker's one
 * page, so the two workers share the work without a browser context per page; every
 * violation of a group is reported at once, with its page and theme.
 */
import { expect, test } from './fixtures';
import { axeViolations, report, switchToDark, wcagTags, type Found } from './models/axe';
import { sitePages } from './models/pages';

const tags = [...wcagTags, 'best-practice'];
const GROUPS = 8;

for (let g = 0; g < GROUPS; g++) {
  const urls = sitePages.filter((_, i) => i % GROUPS === g);
  test(`axe, light and dark: pages ${g + 1} of ${GROUPS} (${urls.length})`, async ({ sharedPage: page }) => {
    test.setTimeout(urls.length * 60_000);
    const found: Found[] = [];
    for (const url of urls) {
      await test.step(url, async () => {
        await page.goto(url);
        // The language chooser sends the reader on to a home page (this browser's: English).
        if (url === '/') await page.waitForURL(/\/en\/$/);
        // A practice page draws its simulator after the page has loaded (cold: up to 20 s on busy cores).
        if (url.includes('/simulator/')) await expect(page.locator('.sim'), url).toBeVisible({ timeout: 20_000 });
        await expect(page.locator('html'), `${url}: light theme`).toHaveAttribute('data-theme', 'light');
        found.push(...(await axeViolations(page, `${url} (light)`, { tags })));
        await switchToDark(page, url);
        found.push(...(await axeViolations(page, `${url} (dark)`, { tags })));
        await page.emulateMedia({ colorScheme: 'light' });
      });
    }
    expect(found, `axe violations by rule:\n${report(found)}`).toEqual([]);
  });
}
