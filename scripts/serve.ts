/**
 * Serves a built site on 127.0.0.1 for the browser tests: `node scripts/serve.ts <dir> <port>`.
 * Unlike `astro preview` it takes no project-wide lock, so two test runs (OUT_DIR, PW_PORT) can
 * share a machine.
 */
import { headersFor, readHeadersFile } from './lib/headers-file.ts';
import { startStatic } from './lib/static-server.ts';

const [dir = 'dist', port = '4329'] = process.argv.slice(2);
// The caching public/_headers asks of a static host, so a page loaded again in the same browser
// context takes Astro's hashed files from its cache, as a reader's would. Its security headers are
// left to tests/e2e/security.spec.ts, which checks the site both with and without them.
const rules = readHeadersFile();
const { url } = await startStatic(dir, Number(port), (path) => {
  const cacheControl = headersFor(rules, path)['cache-control'];
  return cacheControl ? { 'cache-control': cacheControl } : {};
});
console.log(`serving ${dir} at ${url}`);
