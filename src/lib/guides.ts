import { getCollection, type CollectionEntry } from 'astro:content';
import { categories } from '../content.config';
import type { Locale } from '../i18n/locales';

export type Guide = CollectionEntry<'guides'>;

/** Entry ids look like "ja/ib-key-android-qr"; the slug is the part both languages share. */
export const slugOf = (guide: Guide) => guide.id.split('/').slice(1).join('/');
export const langOf = (guide: Guide) => guide.id.split('/')[0] as Locale;

const byOrder = (a: Guide, b: Guide) => a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b));

export async function guidesIn(lang: Locale): Promise<Guide[]> {
  const all = await getCollection('guides', (g) => langOf(g) === lang);
  return all.sort((a, b) => categories.indexOf(a.data.category) - categories.indexOf(b.data.category) || byOrder(a, b));
}

export function groupByCategory(guides: Guide[]) {
  return categories
    .map((category) => ({ category, guides: guides.filter((g) => g.data.category === category) }))
    .filter((group) => group.guides.length > 0);
}

/** Previous and next guide in the same category, in reading order. */
export function neighbours(guides: Guide[], current: Guide) {
  const siblings = guides.filter((g) => g.data.category === current.data.category);
  const i = siblings.findIndex((g) => g.id === current.id);
  return { previous: siblings[i - 1], next: siblings[i + 1] };
}

/** The practice flow a guide's figures show (its first `<Figure state="<flow>:…">`), or null. */
export const practiceFlowOf = (guide: Guide) => /<Figure\s+state="([a-z0-9-]+):/.exec(guide.body ?? '')?.[1] ?? null;

/**
 * The same task done on another OS or with another method: same category, not troubleshooting,
 * and practised on the same simulator (a category may hold more than one task).
 */
export function variants(guides: Guide[], current: Guide) {
  if (current.data.category === 'troubleshooting') return [];
  const flow = practiceFlowOf(current);
  return guides.filter((g) => g.data.category === current.data.category && g.id !== current.id && practiceFlowOf(g) === flow);
}

export function relatedGuides(guides: Guide[], current: Guide) {
  return current.data.related.map((slug) => guides.find((g) => slugOf(g) === slug)).filter((g): g is Guide => Boolean(g));
}
