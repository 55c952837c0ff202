/**
 * A tiny reader for guide MDX, for the checks, the figure generator and the tests:
 * frontmatter, Step numbers, Figure states and Problem ids, read with plain regexes
 * (no MDX compiler, no Astro).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseStateRef } from '../../src/lib/state-ref.ts';

export type Frontmatter = Record<string, string | string[]>;

export interface FigureUse {
  flow: string;
  state: string;
}

export interface GuideFacts {
  frontmatter: Frontmatter;
  steps: number[];
  figures: FigureUse[];
  problems: string[];
  /** The Markdown link targets inside each troubleshooting entry, by problem id. */
  problemLinks: Record<string, string[]>;
}

const root = new URL('../../', import.meta.url);

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** `key: value`, `key: [a, b]` and block lists (`key:` then `  - a` lines). Enough for our frontmatter. */
export function parseFrontmatter(text: string): { frontmatter: Frontmatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  const frontmatter: Frontmatter = {};
  let listKey: string | undefined;
  for (const line of match[1]!.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (frontmatter[listKey] as string[]).push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z][\w-]*):\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (!pair) continue;
    const [, key, raw] = pair as unknown as [string, string, string];
    listKey = undefined;
    if (raw === '') {
      frontmatter[key] = [];
      listKey = key;
    } else if (raw.startsWith('[')) {
      const inner = raw.replace(/^\[|\]$/g, '').trim();
      frontmatter[key] = inner === '' ? [] : inner.split(',').map(unquote);
    } else {
      frontmatter[key] = unquote(raw);
    }
  }
  return { frontmatter, body: text.slice(match[0].length) };
}

/** Opening tags of one component, with their raw attribute text (quoted values may hold `>`). */
function tags(body: string, name: string): string[] {
  const pattern = new RegExp(`<${name}\\s((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^}]*\\})*?)\\/?>`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1]!);
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(\\d+)\\s*\\})`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** `<Figure state="<flow>:<state>">`; a state without its flow keeps an empty flow, which the checks report. */
function figureUse(ref: string): FigureUse {
  const parsed = parseStateRef(ref);
  return parsed ?? { flow: '', state: ref };
}

/** Each <Problem id="…"> … </Problem> block's link targets: [text](target). */
function problemLinks(body: string): Record<string, string[]> {
  const blocks = body.matchAll(/<Problem\s[^>]*?id="([^"]+)"[^>]*>([\s\S]*?)<\/Problem>/g);
  return Object.fromEntries([...blocks].map((m) => [m[1]!, [...m[2]!.matchAll(/\]\(([^)\s]+)\)/g)].map((l) => l[1]!)]));
}

export function parseGuide(text: string): GuideFacts {
  const { frontmatter, body } = parseFrontmatter(text);
  return {
    frontmatter,
    steps: tags(body, 'Step').map((a) => Number(attribute(a, 'n') ?? Number.NaN)),
    figures: tags(body, 'Figure').map((a) => figureUse(attribute(a, 'state') ?? '')),
    problems: tags(body, 'Problem').map((a) => attribute(a, 'id') ?? ''),
    problemLinks: problemLinks(body),
  };
}

/** slug → parsed guide, for one language folder. */
export function readGuides(lang: string): Map<string, GuideFacts> {
  const dir = new URL(`src/content/guides/${lang}/`, root);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  return new Map(files.map((f) => [f.replace(/\.mdx$/, ''), parseGuide(readFileSync(new URL(f, dir), 'utf8'))]));
}

/** The named states of a flow: the first column of the table in docs/<flow>-states.md. */
export function documentedStates(flow: string): Set<string> {
  const doc = new URL(`docs/${flow}-states.md`, root);
  if (!existsSync(doc)) return new Set();
  const rows = [...readFileSync(doc, 'utf8').matchAll(/^\|\s*`?([a-z0-9][a-z0-9-]*)`?\s*\|/gm)].map((m) => m[1]!);
  return new Set(rows.filter((name) => name !== 'name'));
}

export function readUiStrings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`src/i18n/ui/${lang}.json`, root), 'utf8')) as Record<string, string>;
}

export const figureTextKeys = ({ flow, state }: FigureUse) => [`figure.${flow}.${state}.caption`, `figure.${flow}.${state}.alt`];
