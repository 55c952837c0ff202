import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const chromiumLaunch = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** PW_PORT (with OUT_DIR) lets two test runs share a machine. */
const port = Number(process.env['PW_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // No host name resolves but the site's: a request to another host fails in the browser (and
    // fails the test, tests/e2e/fixtures.ts) without a route, which would turn the cache off.
    launchOptions: { ...chromiumLaunch, args: [...chromiumLaunch.args, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] },
    // A failed test keeps a trace of its actions, console and network, and a screenshot. DOM
    // snapshots and the screencast in every test's trace cost about a quarter of the suite's CPU
    // time; `npx playwright test --trace on <spec>` records them when a failure needs them.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  // Tests run against the built site (npm run build first), served as it would be in production.
  webServer: {
    command: `node scripts/serve.ts ${process.env['OUT_DIR'] ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
