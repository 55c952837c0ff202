/**
 * A minimal static server for a built site (OUT_DIR), for the browser tests and measuring scripts: unlike `astro preview`
 * it takes no project lock, so it can run while other people's preview servers and tests do.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `headers` adds response headers by path (the browser tests send the long-lived Cache-Control of
 * public/_headers for /_astro/, as a static host does); by default a response has only its type.
 */
export async function startStatic(dir: string, port: number, headers: (path: string) => Record<string, string> = () => ({})): Promise<{ url: string; stop: () => void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(dir, '404.html'));
    res.writeHead(found ? 200 : 404, { 'content-type': types[found ? extname(file) : '.html'] ?? 'application/octet-stream', ...(found ? headers(path) : {}) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
