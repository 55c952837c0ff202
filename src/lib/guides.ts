import { getCollection, type CollectionEntry } from 'astro:content';
import { categories } from '../content.config';
import type { Locale } from '../i18n/locales';

export type Guide = CollectionEntry<'guides'>;

/** Entry ids look like "ja/ib-key-android-qr"; the slug is the part both languages share. */
export const slugOf = (guide: Guide) => guide.id.split('/').slice(1).join('/');
export const langOf = (guide: Guide) => guide.id.split('/')[0] as Locale;

const byOrder = (a: Guide, b: Guide) => a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b));

/**
 * Every page of a language asks for the same sorted list, so a build sorts it once per language
 * (with N guides, N pages × an O(N log N) sort each grew quadratically). The dev server reads the
 * collection afresh for every request, as guides change while it runs.
 */
const sorted = new Map<Locale, Promise<Guide[]>>();

export function guidesIn(lang: Locale): Promise<Guide[]> {
  if (import.meta.env.DEV) return readGuidesIn(lang);
  let list = sorted.get(lang);
  if (!list) sorted.set(lang, (list = readGuidesIn(lang)));
  return list;
}

async function readGuidesIn(lang: Locale): Promise<Guide[]> {
  const all = await getCollection('guides', (g) => langOf(g) === lang);
  return all.sort((a, b) => categories.indexOf(a.data.category) - categories.indexOf(b.data.category) || byOrder(a, b));
}

/**
 * Work on a whole list of guides that every guide page of a build repeats (by category, by slug),
 * done once per list: a page then looks up its own part instead of scanning all N guides.
 */
function perList<T>(compute: (guides: Guide[]) => T): (guides: Guide[]) => T {
  const memo = new WeakMap<Guide[], T>();
  return (guides) => {
    let value = memo.get(guides);
    if (value === undefined) memo.set(guides, (value = compute(guides)));
    return value;
  };
}

/** Each category's guides, in the list's order. */
const byCategory = perList((guides) => Map.groupBy(guides, (g) => g.data.category));
const bySlug = perList((guides) => {
  const map = new Map<string, Guide>();
  // The first guide with a slug wins, as a search from the start of the list would find it.
  for (const g of guides) if (!map.has(slugOf(g))) map.set(slugOf(g), g);
  return map;
});

export function groupByCategory(guides: Guide[]) {
  return categories
    .map((category) => ({ category, guides: guides.filter((g) => g.data.category === category) }))
    .filter((group) => group.guides.length > 0);
}

/** Previous and next guide in the same category, in reading order. */
export function neighbours(guides: Guide[], current: Guide) {
  const siblings = byCategory(guides).get(current.data.category) ?? [];
  const i = siblings.findIndex((g) => g.id === current.id);
  return { previous: siblings[i - 1], next: siblings[i + 1] };
}

const flows = new WeakMap<Guide, string | null>();
/** The practice flow a guide's figures show (its first `<Figure state="<flow>:…">`), or null. */
export function practiceFlowOf(guide: Guide): string | null {
  let flow = flows.get(guide);
  if (flow === undefined) flows.set(guide, (flow = /<Figure\s+state="([a-z0-9-]+):/.exec(guide.body ?? '')?.[1] ?? null));
  return flow;
}

/** How many guides a list on a page shows before it links to the category page instead. */
export const LIST_LIMIT = 6;

/**
 * The same task done on another OS or with another method: same category, not troubleshooting,
 * and practised on the same simulator (a category may hold more than one task). The closest
 * first (same method on another OS, then same OS with another method), at most `limit`, so a
 * page stays the same size however many guides the site has.
 */
export function variants(guides: Guide[], current: Guide, limit = LIST_LIMIT) {
  if (current.data.category === 'troubleshooting') return { shown: [], total: 0 };
  const flow = practiceFlowOf(current);
  const siblings = byCategory(guides).get(current.data.category) ?? [];
  const all = siblings.filter((g) => g.id !== current.id && practiceFlowOf(g) === flow);
  const closeness = (g: Guide) => (g.data.method === current.data.method ? 0 : g.data.os === current.data.os ? 1 : 2);
  const shown = [...all].sort((a, b) => closeness(a) - closeness(b)).slice(0, limit);
  return { shown, total: all.length };
}

export function relatedGuides(guides: Guide[], current: Guide) {
  const index = bySlug(guides);
  return current.data.related.map((slug) => index.get(slug)).filter((g): g is Guide => Boolean(g));
}
