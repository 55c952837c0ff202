/**
 * Reading a guide, in both languages: the table of contents, Japanese line breaking, figures
 * in the page's theme, code blocks with a Copy button, the home page's way in for a stuck
 * reader, and the practice pages without JavaScript.
 */
import { expect, test } from './fixtures';
import { flowIds } from '../../src/components/simulators/kit/registry';
import { guideUrl } from './models/pages';
import { langs, uiText } from './models/simulator';

for (const lang of langs) {
  test.describe(`${lang}: reading`, () => {
    test('wide screens: the table of contents sits beside the article and marks the section being read', async ({ sharedPage: page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(guideUrl(lang, 'ib-key-android-session-id'));
      const toc = page.getByRole('navigation', { name: uiText(lang, 'guide.toc') });
      await expect(toc).toBeVisible();
      const [tocBox, bodyBox] = [await toc.boundingBox(), await page.locator('.guide-body').boundingBox()];
      expect(tocBox!.x).toBeGreaterThan(bodyBox!.x + bodyBox!.width - 1);
      const stepLinks = toc.locator('a[href^="#step-"]');
      await expect(stepLinks).toHaveCount(await page.locator('.step').count());
      await page.locator('#step-3').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('step-3')!.scrollIntoView({ block: 'start' }));
      await expect(toc.locator('a[href="#step-3"]')).toHaveAttribute('aria-current', 'location');
      await toc.locator('a[href="#problem-activation-error"]').click();
      await expect(page).toHaveURL(/#problem-activation-error$/);
    });

    test('narrow screens: the table of contents is above the article, collapsed until opened', async ({ sharedPage: page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(guideUrl(lang, 'challenge-response-ios'));
      const toc = page.getByRole('navigation', { name: uiText(lang, 'guide.toc') });
      await expect(toc.locator('a[href="#step-1"]')).toBeHidden();
      await toc.locator('summary').click();
      await expect(toc.locator('a[href="#step-1"]')).toBeVisible();
      expect((await toc.boundingBox())!.y).toBeLessThan((await page.locator('.guide-body').boundingBox())!.y);
    });

    test('code blocks have a Copy button that copies the command', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(guideUrl(lang, 'login-troubleshooting'));
      const block = page.locator('.code-block').first();
      await block.getByRole('button', { name: uiText(lang, 'guide.codeCopy') }).click();
      await expect(block.getByRole('button')).toHaveText(uiText(lang, 'guide.codeCopied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(await block.locator('pre').textContent());
    });

    test('the home page starts from what a stuck reader came with', async ({ sharedPage: page }) => {
      await page.goto(`/${lang}/`);
      const common = page.getByRole('region', { name: uiText(lang, 'home.common.title') });
      await expect(common.locator('a')).toHaveCount(4);
      await common.getByRole('link', { name: new RegExp(uiText(lang, 'home.common.noPhone.title')) }).click();
      await expect(page).toHaveURL(new RegExp(`${guideUrl(lang, 'online-security-code-card')}$`));
    });

    test('figures follow the theme: the dark rendering in dark mode, the light one otherwise', async ({ sharedPage: page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(guideUrl(lang, 'ib-key-ios-qr'));
      const image = page.locator('.figure img').first();
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.dark\.webp$/);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/[^k]\.webp$/);
      // The reader's own choice wins over the system's: the toggle switches the figures too.
      await page.locator('[data-theme-toggle]').click();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.dark\.webp$/);
    });
  });
}

test('Japanese text breaks between phrases, never inside a word', async ({ sharedPage: page }) => {
  await page.goto(guideUrl('ja', 'ib-key-ios-qr'));
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('auto-phrase');
  await page.goto(guideUrl('en', 'ib-key-ios-qr'));
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).wordBreak)).not.toBe('auto-phrase');
});

test('"1 guide", not "1 guides"', async ({ sharedPage: page }) => {
  await page.goto('/en/');
  await expect(page.locator('#temporary-access .home-count')).toHaveText('1 guide');
  await expect(page.locator('#ib-key-activation .home-count')).toHaveText(/^\d+ guides$/);
});

test('without JavaScript a practice page says so and links to the guides it belongs to', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const flow of flowIds) {
    await page.goto(`/en/simulator/${flow}/`);
    await expect(page.getByText(uiText('en', 'sim.common.needsJs')), flow).toBeVisible();
    const guides = page.getByRole('region', { name: uiText('en', 'sim.common.guidesForThis') }).getByRole('link');
    expect(await guides.count(), flow).toBeGreaterThan(0);
    const first = (await guides.first().getAttribute('href'))!;
    const response = await page.request.get(first);
    expect(response.status(), first).toBe(200);
    expect(await response.text(), first).toContain(`state="${flow}:`.replace('state="', 'data-figure-state="'));
  }
  await context.close();
});

test('printed, a guide drops the page chrome and keeps each figure small enough to share a page with its step', async ({ sharedPage: page }) => {
  await page.goto(guideUrl('en', 'ib-key-ios-qr'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  const image = page.locator('figure.figure img').first();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/[^k]\.webp$/);
  // 9 cm at 96 CSS pixels per inch.
  expect((await image.boundingBox())!.height).toBeLessThanOrEqual(341);
});

for (const flow of flowIds) {
  test(`the ${flow} simulator fits a 320 px wide screen`, async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/ja/simulator/${flow}/`);
    await expect(page.locator('.sim')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('each on-screen control is also named once in the other language, marked as that language', async ({ sharedPage: page }) => {
  for (const [lang, label, other] of [
    ['ja', 'サービス', 'Services'],
    ['en', 'Services', 'サービス'],
  ] as const) {
    await page.goto(guideUrl(lang, 'ib-key-ios-qr'));
    const asides = page.locator('.guide-body .other-label', { hasText: other });
    await expect(asides).toHaveCount(1);
    await expect(asides).toHaveAttribute('lang', lang === 'ja' ? 'en' : 'ja');
    // Right after the first mention of the label (in Japanese, after its closing bracket).
    expect(await asides.evaluate((el) => el.previousSibling?.textContent ?? '')).toMatch(lang === 'ja' ? /^」$|」$/ : /^\s*$/);
    expect(await page.locator('.guide-body strong', { hasText: label }).count()).toBeGreaterThan(1);
  }
});
