/** Every guide file of every language, parsed: what the checks, figures and e2e tests iterate over. */
import { locales } from '../../src/i18n/locales.ts';
import { readGuides, type GuideFacts } from './guide-mdx.ts';

export interface GuideSource extends GuideFacts {
  lang: string;
  slug: string;
}

export function readGuideSources(): GuideSource[] {
  return locales.flatMap((lang) => [...readGuides(lang)].map(([slug, facts]) => ({ lang, slug, ...facts })));
}
