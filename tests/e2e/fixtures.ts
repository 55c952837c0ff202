import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Guards that apply to every test:
 * - a request to any host but the site itself is blocked and fails the test
 *   ("no request leaves the page");
 * - a Content Security Policy violation or an uncaught page error fails the test.
 *
 * The request guard routes only the URLs that are not the site's (a RegExp, which Playwright
 * matches in the browser's driver): the site's own requests never wait for a round trip to
 * the test process, which made every page load of every test slower.
 */
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
export const foreignUrl = (origin: string) => new RegExp(`^(?!${escapeRe(origin)}/|data:|blob:)`);

async function blockForeign(context: BrowserContext, origin: string, foreign: string[]): Promise<void> {
  await context.route(foreignUrl(origin), (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
}

function watchProblems(context: BrowserContext, problems: string[]): void {
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

interface Guarded {
  page: Page;
  foreign: string[];
  problems: string[];
  viewport: { width: number; height: number };
}

export const test = base.extend<{ foreignRequests: string[]; pageProblems: string[]; sharedPage: Page }, { workerPage: Guarded }>({
  foreignRequests: async ({ context, baseURL }, use) => {
    const foreign: string[] = [];
    await blockForeign(context, new URL(baseURL!).origin, foreign);
    await use(foreign);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
  pageProblems: async ({ context }, use) => {
    const problems: string[] = [];
    watchProblems(context, problems);
    await use(problems);
    expect(problems, 'CSP violations and page errors').toEqual([]);
  },
  page: async ({ page, foreignRequests, pageProblems }, use) => {
    void foreignRequests; // both guards are installed for every test that uses a page
    void pageProblems;
    await use(page);
  },

  /** One guarded page per worker, for {@link sharedPage}. */
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      const guarded: Guarded = { page, foreign: [], problems: [], viewport: page.viewportSize()! };
      await blockForeign(context, new URL(baseURL!).origin, guarded.foreign);
      watchProblems(context, guarded.problems);
      await use(guarded);
      await context.close();
    },
    { scope: 'worker' },
  ],
  /**
   * A page that the worker's tests share, with the same guards as `page`, for tests that only
   * read pages: no new browser context per test. Each test starts on the page the previous one
   * left, with storage emptied (no practice account, no remembered theme), the default viewport
   * and screen media in the light scheme. A test that needs anything else (routes, dialogs,
   * permissions, other context options) uses `page`.
   */
  sharedPage: async ({ workerPage }, use) => {
    const { page, foreign, problems, viewport } = workerPage;
    foreign.length = 0;
    problems.length = 0;
    if (page.url().startsWith('http')) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await use(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(problems, 'CSP violations and page errors').toEqual([]);
  },
});

export { expect };
