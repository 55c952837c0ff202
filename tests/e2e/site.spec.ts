import { flowIds } from '../../src/components/simulators/kit/registry';
import { expect, test } from './fixtures';
import { guideSlugs, guideSources, guideUrl } from './models/pages';

test.describe('root and home pages', () => {
  test('/ sends a Japanese browser to /ja/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\/$/);
    await context.close();
  });

  test('/ sends an English browser to /en/', async ({ sharedPage: page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('/ without JavaScript is a plain page linking both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', '/ja/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    test(`${lang} home lists every guide, grouped by category, with OS and method`, async ({ sharedPage: page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const slug of guideSlugs) await expect(page.locator(`section.category a[href="${guideUrl(lang, slug)}"]`)).toHaveCount(1);
      await expect(page.locator('section.category')).toHaveCount(new Set(guideSources.map((g) => g.frontmatter['category'])).size);
      for (const flow of flowIds) await expect(page.locator(`section.practice a[href="/${lang}/simulator/${flow}/"]`)).toHaveCount(1);
      await expect(page.locator('.card .guide-meta').first()).toBeVisible();
    });
  }
});

test.describe('guide pages', () => {
  for (const guide of guideSources) {
    test(`${guide.lang}/${guide.slug} shows its steps, figures and troubleshooting`, async ({ sharedPage: page }) => {
      await page.goto(guideUrl(guide.lang, guide.slug));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.breadcrumbs a')).toHaveCount(2);
      for (const n of guide.steps) await expect(page.locator(`#step-${n}`)).toBeVisible();
      const figures = page.locator('figure.figure');
      await expect(figures).toHaveCount(guide.figures.length);
      const label = guide.lang === 'ja' ? '図 1' : 'Figure 1';
      if (guide.figures.length) await expect(figures.first().locator('figcaption')).toContainText(label);
      // The figure drawn for the page's theme (the other theme's stays hidden and is never fetched)
      // loads: each one not loaded yet is scrolled into view (they load lazily), a frame apart,
      // in one call to the page, until none is left.
      const images = page.locator('figure.figure img').filter({ visible: true });
      const notLoaded = () =>
        images.evaluateAll(async (els) => {
          const waiting = (els as HTMLImageElement[]).filter((el) => !(el.complete && el.naturalWidth > 0));
          for (const el of waiting) {
            el.scrollIntoView({ block: 'center' });
            await new Promise(requestAnimationFrame);
          }
          return waiting.map((el) => el.currentSrc || el.src);
        });
      await expect.poll(notLoaded, { message: 'figures that do not load', intervals: [50] }).toEqual([]);
      await expect(page.locator('#troubleshooting')).toBeVisible();
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${guideUrl(guide.lang, guide.slug)}$`));
    });
  }

  // Every kind of guide: figures only, figures and code blocks, and the troubleshooting hub (its diagnosis and code).
  const kinds = [
    { lang: 'ja', slug: 'ib-key-ios-qr' },
    { lang: 'en', slug: 'smart-otp-windows' },
    { lang: 'ja', slug: 'login-troubleshooting' },
  ];
  for (const guide of kinds) {
    test(`${guide.lang}/${guide.slug}: at most 3 KB of JavaScript before any click`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files: { path: string; body: string }[] = [];
      page.on('response', async (response) => {
        const path = new URL(response.url()).pathname;
        if (path.endsWith('.js')) files.push({ path, body: await response.text().catch(() => '') });
      });
      await page.goto(guideUrl(guide.lang, guide.slug));
      await page.waitForLoadState('networkidle');
      const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => new TextEncoder().encode(s.textContent ?? '').length));
      const bytes = [...files.map((f) => Buffer.byteLength(f.body)), ...inline].reduce((a, b) => a + b, 0);
      expect(bytes, `${files.map((f) => f.path).join(', ')} and ${inline.length} inline`).toBeLessThanOrEqual(3000);
      // Vite's preload helper (1.8 KB) would come with any bundler-visible import() (see lazy-module-plugin.ts).
      for (const file of files) expect(file.body, file.path).not.toContain('vite:preloadError');
      await context.close();
    });
  }

  test('the search and the simulator code come on intent, not with the page', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(guideUrl(kinds[0]!.lang, kinds[0]!.slug));
    await page.waitForLoadState('networkidle');
    const fetched = (name: string) => paths.some((p) => new RegExp(`/${name}\\.[\\w-]+\\.js$`).test(p));
    expect(fetched('search-client') || fetched('simulator-panel')).toBe(false);
    await page.locator('#site-search').focus();
    await expect.poll(() => fetched('search-client'), { message: 'search code on focus' }).toBe(true);
    await page.locator('[data-try]').first().hover();
    await expect.poll(() => fetched('simulator-panel'), { message: 'panel code on hover' }).toBe(true);
    await context.close();
  });

  test('the language switch lands on the same guide and the same step', async ({ sharedPage: page }) => {
    const slug = guideSlugs[0]!;
    await page.goto(`${guideUrl('en', slug)}#step-2`);
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${guideUrl('ja', slug)}#step-2$`));
    await expect(page.locator('#step-2')).toBeInViewport();
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${guideUrl('en', slug)}#step-2$`));
  });

  test('without JavaScript a guide is complete: steps and sized figures, and no dead "try" buttons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const guide = guideSources.find((g) => g.lang === 'ja')!;
    await page.goto(guideUrl('ja', guide.slug));
    await expect(page.locator('.step')).toHaveCount(guide.steps.length);
    const firstImage = page.locator('figure.figure img').first();
    await expect(firstImage).toHaveAttribute('width', /^\d+$/);
    await expect(firstImage).toHaveAttribute('height', /^\d+$/);
    await expect(firstImage).toBeVisible();
    await expect(page.locator('.try-step').first()).toBeHidden();
    await expect(page.locator('[data-search]')).toBeHidden();
    await context.close();
  });

  test('an unknown page shows the 404 page in both languages', async ({ sharedPage: page }) => {
    const response = await page.goto('/ja/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ヘルプセンターのホームへ' })).toHaveAttribute('href', '/ja/');
    // The site header is there too: a way home and the search.
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.locator('header.site-header [data-search]')).toBeAttached();
  });
});

test.describe('for search engines', () => {
  test('the sitemap lists every guide in both languages with hreflang alternates', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: \S+\/sitemap-index\.xml/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const slug of guideSlugs) {
      for (const lang of ['ja', 'en']) expect(sitemap).toContain(`${guideUrl(lang, slug)}</loc>`);
    }
    expect(sitemap).toContain('hreflang="ja"');
  });
});

test.describe('reading comfort', () => {
  test('the theme toggle switches to dark and is remembered', async ({ sharedPage: page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the theme follows a dark system setting', async ({ sharedPage: page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/ja/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('pages fit a 320 px wide screen without sideways scrolling', async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ['/ja/', guideUrl('ja', guideSlugs[0]!), guideUrl('en', guideSlugs[0]!)]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test('print hides the site chrome and keeps the figures', async ({ sharedPage: page }) => {
    await page.goto(guideUrl('en', guideSlugs[0]!));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.try-step').first()).toBeHidden();
    await expect(page.locator('figure.figure img').first()).toBeVisible();
  });

  test('skip link moves focus to the main content', async ({ sharedPage: page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});

test.describe('topic pages', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`${lang}: every guide is two clicks from home, through its category's page`, async ({ sharedPage: page }) => {
      const categories = [...new Set(guideSources.filter((g) => g.lang === lang).map((g) => String(g.frontmatter['category'])))];
      for (const category of categories) {
        await page.goto(`/${lang}/`);
        await page.locator(`section#${category} h2 a`).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/topics/${category}/$`));
        const expected = guideSources.filter((g) => g.lang === lang && g.frontmatter['category'] === category);
        await expect(page.locator('.topic-list a')).toHaveCount(expected.length);
        for (const guide of expected) await expect(page.locator(`.topic-list a[href="${guideUrl(lang, guide.slug)}"]`)).toHaveCount(1);
      }
    });
  }
});
