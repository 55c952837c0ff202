import { test as base, expect, type Page } from '@playwright/test';

/**
 * Guards that apply to every test:
 * - a request to any host but the site itself is blocked and fails the test
 *   ("no request leaves the page");
 * - a Content Security Policy violation or an uncaught page error fails the test.
 */
export const test = base.extend<{ foreignRequests: string[]; pageProblems: string[] }>({
  foreignRequests: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await use(foreign);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
  pageProblems: async ({ context }, use) => {
    const problems: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(problems);
    expect(problems, 'CSP violations and page errors').toEqual([]);
  },
  page: async ({ page, foreignRequests, pageProblems }, use) => {
    void foreignRequests; // both guards are installed for every test that uses a page
    void pageProblems;
    await use(page);
  },
});

export { expect };
