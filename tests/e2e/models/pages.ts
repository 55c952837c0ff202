import { readGuideSources } from '../../../scripts/lib/guide-source.ts';
import { flowIds } from '../../../src/components/simulators/kit/registry.ts';
import { locales } from '../../../src/i18n/locales.ts';

/** Every page of the built site a reader can reach, for the tests that visit them all. */
export const guideSources = readGuideSources();
export const guideSlugs = [...new Set(guideSources.map((g) => g.slug))].sort();

export const sitePages: string[] = [
  '/',
  ...locales.flatMap((lang) => [`/${lang}/`, ...guideSlugs.map((slug) => `/${lang}/guides/${slug}/`), ...flowIds.map((flow) => `/${lang}/simulator/${flow}/`)]),
  '/en/no-such-page/',
];

export const guideUrl = (lang: string, slug: string) => `/${lang}/guides/${slug}/`;
