/** Every guide file of every language, parsed: what the checks, figures and e2e tests iterate over. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../src/i18n/locales.ts';
import { parseGuide, readGuides, type GuideFacts } from './guide-mdx.ts';

export interface GuideSource extends GuideFacts {
  lang: string;
  slug: string;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * GUIDES_DIR, when set, is the guides folder the site is built from instead of src/content/guides
 * (see src/content.config.ts; the scale benchmark builds synthetic guides that way), resolved
 * against the project root as Astro does. Undefined when unset.
 */
export function guidesDirOverride(): string | undefined {
  const dir = process.env['GUIDES_DIR'];
  if (!dir) return undefined;
  const path = resolve(projectRoot, dir);
  if (!existsSync(path)) throw new Error(`GUIDES_DIR ${path} does not exist`);
  return path;
}

function readGuidesIn(dir: string, lang: string): Map<string, GuideFacts> {
  const folder = join(dir, lang);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')) : [];
  return new Map(files.map((f) => [f.replace(/\.mdx$/, ''), parseGuide(readFileSync(join(folder, f), 'utf8'))]));
}

export function readGuideSources(): GuideSource[] {
  const dir = guidesDirOverride();
  return locales.flatMap((lang) => [...(dir ? readGuidesIn(dir, lang) : readGuides(lang))].map(([slug, facts]) => ({ lang, slug, ...facts })));
}
