/**
 * Synthetic guides for the scale benchmark (scripts/bench-scale.ts, issue 11 §1): N guides per
 * language shaped like the real ones, written outside src/content so a build can read them through
 * GUIDES_DIR (src/content.config.ts).
 *
 * The real guides come first, unchanged; after them, copies of the real guides round-robin. A copy
 * keeps the body as it is (steps, <Figure state="…"/> whose figures exist, troubleshooting
 * <Problem> entries, code blocks) and the category, os and method of its source, so every category
 * grows in proportion. What changes is what has to be distinct:
 * - slug: `<realslug>-s<i>`, i its index among all guides of the language (the same in ja and en);
 * - title and summary: the number appended, in the guide's language;
 * - order: shifted by the copy's round, so a category lists each round after the previous one;
 * - related: the copies of the same round where those exist, else the real guides; never a slug
 *   that is not in the set.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const realGuidesDir = join(projectRoot, 'src/content/guides');
export const syntheticLangs = ['ja', 'en'] as const;
export type SyntheticLang = (typeof syntheticLangs)[number];

/** Where a set of N lives by default: control-labels.ts needs `/guides/<lang>/` in the path. */
export const defaultSyntheticDir = (count: number) => join(projectRoot, '.tmp/scale', String(count), 'guides');

export interface PlannedGuide {
  /** Index among all guides of a language (real ones first). */
  index: number;
  slug: string;
  /** The real guide it copies (itself for a real guide). */
  source: string;
  /** 0 for the real guides, 1 for the first round of copies, … */
  round: number;
}

/** Which guide is which: the first N of the real guides followed by copies, round-robin. */
export function planSyntheticGuides(realSlugs: readonly string[], count: number): PlannedGuide[] {
  if (realSlugs.length === 0) throw new Error('no real guides to copy');
  const sorted = [...realSlugs].sort();
  return Array.from({ length: count }, (_, index) => {
    const source = sorted[index % sorted.length]!;
    const round = Math.floor(index / sorted.length);
    return { index, source, round, slug: round === 0 ? source : `${source}-s${index}` };
  });
}

/** The number added to a copy's title and summary, as each language writes it. */
export const copySuffix = (lang: string, index: number) => (lang === 'ja' ? `（その${index}）` : ` (copy ${index})`);

/** The related slugs of a copy: the same round's copy of each, else the real guide, else dropped. */
export function relatedFor(related: readonly string[], round: number, plan: readonly PlannedGuide[]): string[] {
  const bySourceRound = new Map(plan.map((g) => [`${g.source}@${g.round}`, g.slug]));
  const out = related.map((slug) => bySourceRound.get(`${slug}@${round}`) ?? bySourceRound.get(`${slug}@0`)).filter((s): s is string => Boolean(s));
  return [...new Set(out)];
}

/** Appends text to a YAML scalar line's value, inside its quotes if it has any. */
function appendToScalar(line: string, suffix: string): string {
  const m = /^(\w+:\s*)(.*?)\s*$/.exec(line)!;
  const [, key, value] = m as unknown as [string, string, string];
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? `${key}${quoted[1]}${quoted[2]}${suffix}${quoted[1]}` : `${key}${value}${suffix}`;
}

export interface CloneChanges {
  lang: string;
  /** The number appended to title and summary; none for a real guide. */
  index: number | null;
  /** Added to `order`. */
  orderShift: number;
  related: string[];
}

/**
 * A copy of one guide file: title, summary, order and related rewritten in the frontmatter (other
 * keys and the body kept byte for byte).
 */
export function cloneGuideText(text: string, changes: CloneChanges): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  const lines = match[1]!.split(/\r?\n/);
  const out: string[] = [];
  let seen = { title: false, summary: false, order: false, related: false };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (changes.index !== null && (key === 'title' || key === 'summary')) {
      out.push(appendToScalar(line, copySuffix(changes.lang, changes.index)));
      seen = { ...seen, [key]: true };
    } else if (key === 'order') {
      const order = Number(/^order:\s*(\d+)/.exec(line)?.[1]);
      if (!Number.isInteger(order)) throw new Error(`order is no integer: ${line}`);
      out.push(`order: ${order + changes.orderShift}`);
      seen.order = true;
    } else if (key === 'related') {
      // Inline list or block list: either way replaced by one inline list.
      while (i + 1 < lines.length && /^\s+-\s/.test(lines[i + 1]!)) i += 1;
      out.push(`related: [${changes.related.join(', ')}]`);
      seen.related = true;
    } else {
      out.push(line);
    }
  }
  if (!seen.order) throw new Error('guide has no order');
  if (!seen.related && changes.related.length > 0) out.push(`related: [${changes.related.join(', ')}]`);
  return `---\n${out.join('\n')}\n---${match[2]}${text.slice(match[0].length)}`;
}

const relatedOf = (text: string): string[] => {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const inline = /^related:\s*\[(.*)\]\s*$/m.exec(fm);
  if (inline) return inline[1]!.split(',').map((s) => s.trim().replace(/^(["'])(.*)\1$/, '$2')).filter(Boolean);
  const block = /^related:\s*\r?\n((?:\s+-\s.*\r?\n?)+)/m.exec(fm);
  return block ? [...block[1]!.matchAll(/^\s+-\s+(.*?)\s*$/gm)].map((m) => m[1]!.replace(/^(["'])(.*)\1$/, '$2')) : [];
};
const orderOf = (text: string) => Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? 0);

export interface SyntheticSet {
  dir: string;
  count: number;
  realCount: number;
  slugs: string[];
}

/**
 * Writes N guides per language to `dir/<lang>/<slug>.mdx` (replacing what a previous run wrote
 * there). `dir` must lie outside src/content.
 */
export function writeSyntheticGuides(count: number, dir = defaultSyntheticDir(count), sourceDir = realGuidesDir): SyntheticSet {
  if (!Number.isInteger(count) || count < 1) throw new Error(`N must be a positive integer, not ${count}`);
  const out = resolve(dir);
  const inside = relative(join(projectRoot, 'src/content'), out);
  if (!inside.startsWith('..')) throw new Error(`${out} is inside src/content: write synthetic guides elsewhere`);

  const texts = new Map<SyntheticLang, Map<string, string>>();
  for (const lang of syntheticLangs) {
    const folder = join(sourceDir, lang);
    const files = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
    texts.set(lang, new Map(files.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(folder, f), 'utf8')])));
  }
  const slugSets = syntheticLangs.map((lang) => [...texts.get(lang)!.keys()].sort().join(','));
  if (new Set(slugSets).size !== 1) throw new Error('the real guides differ between languages; fix the twins first (npm run build says which)');
  const realSlugs = [...texts.get('ja')!.keys()];
  const plan = planSyntheticGuides(realSlugs, count);
  // Each round's orders sit after the previous round's, so no two guides of a category share one.
  const orderStep = Math.max(...syntheticLangs.flatMap((lang) => [...texts.get(lang)!.values()].map(orderOf))) + 1;

  for (const lang of syntheticLangs) {
    const folder = join(out, lang);
    if (existsSync(folder)) rmSync(folder, { recursive: true });
    mkdirSync(folder, { recursive: true });
    for (const guide of plan) {
      const text = texts.get(lang)!.get(guide.source)!;
      const clone = cloneGuideText(text, { lang, index: guide.round > 0 ? guide.index : null, orderShift: guide.round * orderStep, related: relatedFor(relatedOf(text), guide.round, plan) });
      writeFileSync(join(folder, `${guide.slug}.mdx`), clone);
    }
  }
  return { dir: out, count, realCount: Math.min(count, realSlugs.length), slugs: plan.map((g) => g.slug) };
}
