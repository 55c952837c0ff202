import { readFileSync } from 'node:fs';

/**
 * public/_headers, in the format Netlify and Cloudflare Pages read: a `/path` line opens a rule
 * (a trailing `*` matches any rest of the path), indented `Name: value` lines are its headers,
 * `#` lines are comments. Read by the unit test of the file, the browser tests' server and the
 * security spec, so all three understand it the same way.
 */
export type HeaderRules = Map<string, Map<string, string>>;

export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!match || !current) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path: ${line}`);
    current.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return rules;
}

export const readHeadersFile = (file = 'public/_headers'): HeaderRules => parseHeadersFile(readFileSync(file, 'utf8'));

/** The headers a host sends for `path`: those of every rule that matches it, later rules winning. */
export function headersFor(rules: HeaderRules, path: string): Record<string, string> {
  const matches = (rule: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);
  return Object.assign({}, ...[...rules].filter(([rule]) => matches(rule)).map(([, headers]) => Object.fromEntries(headers)));
}
