import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Guards that apply to every test:
 * - a request to any host but the site itself fails the test ("no request leaves the page"),
 *   and cannot leave: the browser resolves no host name but the site's (playwright.config.ts);
 * - a Content Security Policy violation or an uncaught page error fails the test.
 *
 * Requests are watched, not routed: a route would make every request of the site wait for the
 * test process, and Playwright turns the browser's cache off while any route is set.
 */
const isForeign = (origin: string, url: string) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url);

function watchRequests(context: BrowserContext, origin: string, foreign: string[]): void {
  context.on('request', (request) => {
    if (isForeign(origin, request.url())) foreign.push(request.url());
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
    watchRequests(context, new URL(baseURL!).origin, foreign);
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
      watchRequests(context, new URL(baseURL!).origin, guarded.foreign);
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
