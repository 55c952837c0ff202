import { test as base, expect } from '@playwright/test';

/**
 * Every test runs with a network guard: a request to any host but the site itself is
 * blocked and fails the test, so "no request leaves the page" is checked everywhere.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
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
  page: async ({ page, foreignRequests }, use) => {
    void foreignRequests; // forces the guard to be installed for every test that uses a page
    await use(page);
  },
});

export { expect };
