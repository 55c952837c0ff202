/**
 * Quality gate: every internal link of the built site (OUT_DIR, default dist/) resolves, and so
 * does every `#fragment` in it. The site is served on 127.0.0.1 (scripts/lib/static-server.ts,
 * as a static host would: a missing file is the 404 page with status 404) and crawled by
 * linkinator from the language chooser and both language homes, recursively, with
 * linkinator's own fragment check on. External links are skipped; the site's own public origin
 * (SITE_URL, used by canonical and hreflang links) is rewritten to the local server, so those
 * are checked too.
 *
 * linkinator checks a fragment only when it has seen the link before it fetches the target
 * page, and names the target's first referrer as the parent; so every crawled page is also
 * read here and each of its `#fragment` links is checked against the target page's ids, with
 * the page the link is on. Links to pages without the trailing slash are reported too
 * (astro.config.mjs has trailingSlash: 'always'; static hosts answer them with a redirect at best).
 *
 *   node scripts/check-links.ts             # the build in $OUT_DIR or dist/
 *   node scripts/check-links.ts dist-x      # another build
 *
 * Exits non-zero listing every broken link with the page it is on.
 */
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, resolve } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { startStatic } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');
if (!existsSync(outDir) || !statSync(outDir).isDirectory() || !existsSync(resolve(outDir, 'index.html'))) {
  console.error(`check-links: no built site in ${outDir} (run the build first).`);
  process.exit(2);
}
const siteOrigin = new URL(process.env['SITE_URL'] ?? 'https://help.example.org').origin;

/** A free port on 127.0.0.1 (or LINKS_PORT). */
async function freePort(): Promise<number> {
  if (process.env['LINKS_PORT']) return Number(process.env['LINKS_PORT']);
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const started = performance.now();
const server = await startStatic(outDir, await freePort());
const base = server.url;
const local = (url: string) => url.startsWith(base);
const show = (url: string | undefined) => (url && local(url) ? url.slice(base.length) || '/' : (url ?? '?'));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Broken {
  on: string;
  link: string;
  why: string;
}
const broken: Broken[] = [];
const crawled = new Set<string>();

try {
  const checker = new LinkChecker();
  checker.on('pagestart', (url) => crawled.add(String(url)));
  const result = await checker.check({
    path: [`${base}/`, `${base}/ja/`, `${base}/en/`, `${base}/404.html`],
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 15_000,
    // The public origin in canonical and hreflang links is this very site.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}(?=/|$)`), replacement: base }],
    // A page with a query (`?try=<flow>:<state>`, a simulator's start) is the same file as the
    // page without it; linkinator would crawl every one of them again, so they are checked below.
    linksToSkip: async (url) => !local(url) || new URL(url).search !== '',
  });

  for (const link of result.links.filter((l: LinkResult) => l.state === LinkState.BROKEN)) {
    const detail = link.failureDetails?.[0];
    const why = detail instanceof Error ? detail.message : link.status ? `HTTP ${link.status}` : 'no response';
    broken.push({ on: show(link.parent), link: show(link.url), why });
  }

  // Every fragment link of every crawled page, checked against the ids of its target page.
  const pages = new Map<string, Promise<string | null>>();
  const fetchPage = (url: string) => {
    const key = url.split(/[?#]/)[0]!;
    if (!pages.has(key))
      pages.set(
        key,
        fetch(key).then(async (r) => (r.ok && (r.headers.get('content-type') ?? '').includes('text/html') ? r.text() : null)),
      );
    return pages.get(key)!;
  };
  const statuses = new Map<string, Promise<number>>();
  const status = (url: string) => {
    if (!statuses.has(url)) statuses.set(url, fetch(url, { method: 'HEAD' }).then((r) => r.status, () => 0));
    return statuses.get(url)!;
  };
  const idsOf = new Map<string, Set<string>>();
  const ids = async (url: string) => {
    const key = url.split(/[?#]/)[0]!;
    if (!idsOf.has(key)) idsOf.set(key, anchorsIn((await fetchPage(key)) ?? ''));
    return idsOf.get(key)!;
  };

  const crawledPages = [...new Set([...crawled].map((u) => u.split(/[?#]/)[0]!))].filter(local).sort();
  for (const page of crawledPages) {
    const html = await fetchPage(page);
    if (html === null) continue;
    for (const href of hrefsIn(html)) {
      let target: URL;
      try {
        target = new URL(href, page);
      } catch {
        continue; // linkinator reports links it cannot parse
      }
      if (target.origin !== base) continue;
      const path = target.pathname;
      if (!path.endsWith('/') && extname(path) === '' && (await fetchPage(`${base}${path}/`)) !== null)
        broken.push({ on: show(page), link: href, why: `no trailing slash (the page is ${path}/)` });
      else if (target.search && (await status(`${base}${path}`)) !== 200)
        broken.push({ on: show(page), link: href, why: `HTTP ${await status(`${base}${path}`)}` });
      const fragment = target.hash.slice(1);
      if (!fragment || fragment === 'top') continue;
      if ((await fetchPage(target.href)) === null) continue; // not a page: linkinator reports missing targets
      const wanted = safeDecode(fragment);
      const found = await ids(target.href);
      if (!found.has(wanted) && !found.has(fragment))
        broken.push({ on: show(page), link: href, why: `no element with id "${wanted}" on ${show(target.href.split('#')[0])}` });
    }
  }
  if (crawledPages.length < 3) broken.push({ on: '/', link: '/', why: `only ${crawledPages.length} page(s) crawled: is the server serving ${outDir}?` });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const unique = [...new Map(broken.map((b) => [`${b.on} ${b.link} ${b.why}`, b])).values()];
  // linkinator's own fragment findings repeat ours (with a less useful parent); keep one per link.
  const ours = new Set(unique.filter((b) => b.why.startsWith('no element')).map((b) => b.link.split('#')[1]));
  const report = unique.filter((b) => !(b.why.startsWith('Fragment identifier') && ours.has(b.link.split('#')[1])));

  if (report.length > 0) {
    console.error(`check-links: ${report.length} broken link(s) on ${new Set(report.map((b) => b.on)).size} page(s):`);
    for (const [on, list] of Map.groupBy(report, (b) => b.on)) {
      console.error(`\n  on ${on}`);
      for (const b of list) console.error(`    ${b.link}  (${b.why})`);
    }
    process.exitCode = 1;
  } else {
    const count = (state: LinkState) => result.links.filter((l: LinkResult) => l.state === state).length;
    console.log(
      `check-links: ${crawledPages.length} pages crawled, ${count(LinkState.OK)} links fetched, ${count(LinkState.SKIPPED)} external or ?query links skipped by linkinator (query links checked here); all internal links and fragments resolve (${seconds} s).`,
    );
  }
} finally {
  server.stop();
}

/** The href of every link-like element, outside scripts, styles and comments. */
function hrefsIn(html: string): string[] {
  const text = html.replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi, '');
  const hrefs: string[] = [];
  for (const tag of text.matchAll(/<(?:a|area)\b[^>]*>/gi)) {
    const value = attribute(tag[0], 'href');
    if (value !== null) hrefs.push(value);
  }
  return hrefs;
}

/** Every id on the page and every <a name>: what a fragment can point at. */
function anchorsIn(html: string): Set<string> {
  const text = html.replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>/gi, '');
  const found = new Set<string>();
  for (const tag of text.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const id = attribute(tag[0], 'id');
    if (id !== null) found.add(id);
    if (/^<a\b/i.test(tag[0])) {
      const name = attribute(tag[0], 'name');
      if (name !== null) found.add(name);
    }
  }
  return found;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i').exec(tag);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, code: string) => {
    const c = code.toLowerCase();
    if (c.startsWith('#x')) return String.fromCodePoint(parseInt(c.slice(2), 16));
    if (c.startsWith('#')) return String.fromCodePoint(parseInt(c.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[c] ?? entity;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
