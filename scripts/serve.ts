/**
 * Serves a built site on 127.0.0.1 for the browser tests: `node scripts/serve.ts <dir> <port>`.
 * Unlike `astro preview` it takes no project-wide lock, so two test runs (OUT_DIR, PW_PORT) can
 * share a machine.
 */
import { startStatic } from './lib/static-server.ts';

const [dir = 'dist', port = '4329'] = process.argv.slice(2);
// Astro's hashed build files may be kept by the browser, as public/_headers lets a static host say:
// a page loaded again in the same browser context takes them from its cache, as a reader's would.
const immutable = { 'cache-control': 'public, max-age=31536000, immutable' };
const { url } = await startStatic(dir, Number(port), (path) => (path.startsWith('/_astro/') ? immutable : {}));
console.log(`serving ${dir} at ${url}`);
