/**
 * Everything that makes the content inconsistent, as readable messages: a guide without
 * its twin, a figure the guides use but nobody generated, a generated figure nobody uses.
 */
import { readFileSync } from 'node:fs';
import { locales } from '../../src/i18n/locales.ts';
import type { GuideSource } from './guide-source.ts';
import { existingFigures, figureKey, figureSizesFile } from './figure-files.ts';

export function twinProblems(guides: GuideSource[]): string[] {
  const slugs = new Set(guides.map((g) => g.slug));
  return [...slugs].flatMap((slug) =>
    locales.filter((lang) => !guides.some((g) => g.slug === slug && g.lang === lang)).map((lang) => `guide "${slug}" has no ${lang} version`),
  );
}

export function figureProblems(guides: GuideSource[], onDisk = existingFigures()): string[] {
  const sizes: Record<string, unknown> = JSON.parse(readFileSync(figureSizesFile, 'utf8'));
  const used = new Set(guides.flatMap((g) => g.figures.map((f) => figureKey(g.lang, f.flow, f.state))));
  const files = new Set([...used].flatMap((key) => [key, `${key}.dark`]));
  const missing = [...files].filter((key) => !onDisk.includes(key)).map((key) => `figure ${key} is used by a guide but was not generated (npm run figures)`);
  const unsized = [...used].filter((key) => !(key in sizes)).map((key) => `figure ${key} has no recorded size (npm run figures)`);
  const unused = onDisk.filter((key) => !files.has(key)).map((key) => `figure ${key} is not used by any guide`);
  return [...missing, ...unsized, ...unused];
}
