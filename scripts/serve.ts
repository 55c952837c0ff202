/**
 * Serves a built site on 127.0.0.1 for the browser tests: `node scripts/serve.ts <dir> <port>`.
 * Unlike `astro preview` it takes no project-wide lock, so two test runs (OUT_DIR, PW_PORT) can
 * share a machine.
 */
import { startStatic } from './lib/static-server.ts';

const [dir = 'dist', port = '4329'] = process.argv.slice(2);
const { url } = await startStatic(dir, Number(port));
console.log(`serving ${dir} at ${url}`);
