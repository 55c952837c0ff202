import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, readHeadersFile } from '../../../scripts/lib/headers-file';

function cspDirectives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name.toLowerCase(), values.join(' ')] as const;
      }),
  );
}

const headers = readHeadersFile();
const all = headers.get('/*') ?? new Map<string, string>();
const csp = cspDirectives(all.get('content-security-policy') ?? '');
/** The directives astro.config.mjs adds to every page's <meta> policy (`security.csp.directives`). */
const configDirectives = cspDirectives(
  [...(/directives:\s*\[([^\]]*)\]/.exec(readFileSync('astro.config.mjs', 'utf8'))?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(';'),
);

/** Directives a <meta> policy ignores or that restrict no fetch: safe to add beside the page's own. */
const NOT_FETCH = new Set(['frame-ancestors', 'object-src', 'base-uri', 'form-action', 'upgrade-insecure-requests']);

/**
 * public/_headers (Netlify and Cloudflare Pages format) carries the security headers every page
 * needs and long caching for Astro's hashed assets. Its Content-Security-Policy only adds to the
 * policy each page carries in a <meta> tag (astro.config.mjs): it must deny framing and must
 * not restrict any fetch (a second policy with stale script hashes would block the site).
 */
describe('public/_headers', () => {
  it('sets the security headers on every path', () => {
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('x-frame-options')).toBe('DENY');
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(all.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  });

  it('turns off device features nothing on the site uses, and keeps the clipboard', () => {
    const policy = all.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`);
    expect(policy).not.toMatch(/clipboard-(read|write)=\(\)/);
  });

  it('caches hashed assets for a year', () => {
    expect(headers.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('adds to the page’s own policy and never restricts a fetch', () => {
    expect([...csp.keys()].filter((name) => !NOT_FETCH.has(name))).toEqual([]);
    expect(configDirectives.size).toBeGreaterThan(0);
    for (const name of ['object-src', 'base-uri', 'form-action']) {
      if (csp.has(name)) expect(csp.get(name), name).toBe(configDirectives.get(name));
    }
  });

  it('the parser reads what hosts read and rejects a stray line', () => {
    const rules = parseHeadersFile('# c\n/a/*\n  X-One: 1\n  Cache-Control: a, b\n/b\n  X-Two: two words\n');
    expect([...rules.keys()]).toEqual(['/a/*', '/b']);
    expect(rules.get('/a/*')?.get('cache-control')).toBe('a, b');
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow();
    expect(headersFor(rules, '/a/x.js')).toEqual({ 'x-one': '1', 'cache-control': 'a, b' });
    expect(headersFor(rules, '/b')).toEqual({ 'x-two': 'two words' });
    expect(headersFor(rules, '/b/c')).toEqual({});
    expect([...cspDirectives("default-src 'self'; img-src 'self' data:").entries()]).toEqual([
      ['default-src', "'self'"],
      ['img-src', "'self' data:"],
    ]);
  });
});
