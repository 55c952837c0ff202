import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitePages } from './models/pages';

// Every page, in light and dark, must have no axe-core violations (WCAG 2.x A and AA rules).
for (const url of sitePages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: ${url} (${colorScheme})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ colorScheme, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}
