/**
 * Reads the guides' MDX source the way the checks need it (no Astro, no MDX compiler):
 * which figures, steps and problems each guide declares. Used by scripts and tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const guidesRoot = new URL('../../src/content/guides/', import.meta.url).pathname;

export interface GuideSource {
  lang: string;
  slug: string;
  figures: { flow: string; state: string }[];
  steps: number[];
  problems: string[];
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`))?.slice(1).find(Boolean);

export function parseGuide(lang: string, slug: string, text: string): GuideSource {
  const figures = all(text, /<Figure\b[^>]*>/g).map(([tag]) => ({
    flow: attribute(tag, 'flow') ?? 'enrollment',
    state: attribute(tag, 'state') ?? '',
  }));
  const steps = all(text, /<Step\b[^>]*>/g).map(([tag]) => Number(attribute(tag, 'n')));
  const problems = all(text, /<Problem\b[^>]*>/g).map(([tag]) => attribute(tag, 'id') ?? '');
  return { lang, slug, figures, steps, problems };
}

export function readGuideSources(root = guidesRoot): GuideSource[] {
  return readdirSync(root).flatMap((lang) =>
    readdirSync(join(root, lang))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => parseGuide(lang, file.replace(/\.mdx$/, ''), readFileSync(join(root, lang, file), 'utf8'))),
  );
}
