import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFor, readHeadersFile } from '../../scripts/lib/headers-file.ts';

/**
 * Every built page (both languages, the language chooser and the 404 page) loads with no
 * Content Security Policy violation and no request to any host but the site itself. Responses
 * carry the headers of public/_headers, as Netlify or Cloudflare Pages would send them, so the
 * header policy and each page's <meta> policy are enforced together, as in production.
 *
 * Violations are caught twice: the `securitypolicyviolation` event (an init script, before any
 * page script) and console errors that mention Content Security Policy (or Permissions-Policy,
 * which Chromium reports the same way for a feature it does not know).
 */
const outDir = process.env['OUT_DIR'] ?? 'dist';

/** `/en/guides/x/` for dist/en/guides/x/index.html; `/404.html` for the 404 page. */
const builtPages = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => `/${relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
  .sort();

const headerRules = readHeadersFile();

interface Watch {
  problems: string[];
  /** The page being visited, for the report. */
  at: string;
}

async function watch(context: BrowserContext, origin: string): Promise<{ page: Page; seen: Watch }> {
  const seen: Watch = { problems: [], at: '' };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${origin}/`)) {
      seen.problems.push(`${seen.at}: request to another host: ${url}`);
      return route.abort('blockedbyclient');
    }
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...headersFor(headerRules, new URL(url).pathname) } });
  });
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => store.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`),
      true,
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Permissions-Policy/i.test(message.text())) seen.problems.push(`${seen.at}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`${seen.at}: page error: ${error.message}`));
  return { page, seen };
}

async function visit(page: Page, seen: Watch, path: string) {
  seen.at = path;
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  seen.problems.push(...violations.map((v) => `${path}: CSP violation: ${v}`));
}

test('the built site has pages in both languages', () => {
  expect(builtPages).toContain('/ja/');
  expect(builtPages).toContain('/en/');
  expect(builtPages.filter((p) => p.startsWith('/ja/')).length).toBe(builtPages.filter((p) => p.startsWith('/en/')).length);
});

// A few groups, each on one page, so the two workers share the work without a browser per page.
const GROUPS = 4;
for (let g = 0; g < GROUPS; g++) {
  const paths = builtPages.filter((_, i) => i % GROUPS === g);
  test(`no CSP violation or foreign request: pages ${g + 1} of ${GROUPS} (${paths.length})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL! });
    const { page, seen } = await watch(context, new URL(baseURL!).origin);
    for (const path of paths) await visit(page, seen, path);
    await context.close();
    expect(seen.problems).toEqual([]);
  });
}

test('search (Pagefind, WebAssembly) runs under the policy in both languages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  const { page, seen } = await watch(context, new URL(baseURL!).origin);
  for (const [lang, query] of [
    ['ja', 'QRコード'],
    ['en', 'QR code'],
  ] as const) {
    await visit(page, seen, `/${lang}/`);
    await page.getByRole('searchbox').first().fill(query);
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    seen.problems.push(...violations.map((v) => `/${lang}/ (search): CSP violation: ${v}`));
  }
  await context.close();
  expect(seen.problems).toEqual([]);
});

test('the _headers policy keeps the site out of frames (and without it a frame would load)', async ({ browser, baseURL }) => {
  const framed = async (withHeaders: boolean) => {
    const context = await browser.newContext({ baseURL: baseURL! });
    if (withHeaders) await watch(context, new URL(baseURL!).origin);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/en/');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/ja/';
      document.body.append(frame);
    });
    // A refused frame shows Chromium's error page instead of the site.
    await expect.poll(() => page.frames()[1]?.url() ?? '').toMatch(/^(chrome-error:|http)/);
    await page.waitForLoadState('networkidle');
    const url = page.frames()[1]?.url() ?? '';
    await context.close();
    return url;
  };
  expect(await framed(true)).toMatch(/^chrome-error:/);
  expect(await framed(false)).toMatch(/\/ja\/$/);
});
