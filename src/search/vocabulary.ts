/**
 * The word list of one language's guides, built from the content when the site is built.
 * The search box uses it to tell whether a query word occurs on the site at all (Pagefind
 * otherwise falls back to loose matches, such as "アンドロイド" matching a page by its "ア") and to
 * correct typos ("camra" → camera) without a network request or a library.
 *
 * It reads what Pagefind indexes: title, summary, the guide's OS and method labels, and the body
 * text with the titles of steps and troubleshooting entries. Figures are not indexed (their
 * captions repeat the step), so their names are left out.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/t';
import { isFunctionWord, latinParts, words } from './words';

/** MDX to the plain text a reader sees (approximately): component tags keep only their titles. */
export function proseOf(body: string): string {
  return body
    .replace(/^---[\s\S]*?^---/m, ' ')
    .replace(/<([A-Z]\w*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?)\/?>/g, (_, _name: string, attrs: string) =>
      [...attrs.matchAll(/\btitle="([^"]*)"/g)].map((m) => ` ${m[1]} `).join(''),
    )
    .replace(/<\/[A-Z]\w*>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/[*_`#|[\]]/g, ' ');
}

const cache = new Map<Locale, Promise<string[]>>();

export function searchVocabulary(lang: Locale): Promise<string[]> {
  let list = cache.get(lang);
  if (!list) cache.set(lang, (list = build(lang)));
  return list;
}

async function build(lang: Locale): Promise<string[]> {
  const t = translator(lang);
  const guides = await getCollection('guides', (g) => g.id.startsWith(`${lang}/`));
  // The words of a text are the words of its lines (words() cuts at white space, and NFKC and
  // lower case never join or split lines), so each distinct line is cut once: Japanese word
  // segmentation is the costly part, and steps, labels and notes recur from guide to guide.
  const lines = new Set<string>();
  for (const guide of guides) {
    const { title, summary, os, method } = guide.data;
    const text = [title, summary, t(`os.${os}`), t(`method.${method}`), proseOf(guide.body ?? '')].join('\n');
    for (const line of text.split('\n')) lines.add(line);
  }
  const found = new Set<string>();
  for (const line of lines) {
    for (const word of words(line, lang)) if (!isFunctionWord(word)) found.add(word);
    // Pagefind also indexes the parts of "two-factor" or "e-mail", and a reader may type either.
    for (const chunk of line.split(/\s+/)) if (/[-.]/.test(chunk)) for (const part of latinParts(chunk)) found.add(part);
  }
  return [...found].sort();
}
