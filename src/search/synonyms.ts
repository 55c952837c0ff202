/** The synonym data of each language (synonyms.<lang>.json, described in data.ts), read at build time. */
import type { SynonymData } from './data';

import en from './synonyms.en.json';
import ja from './synonyms.ja.json';

const byLang: Record<string, SynonymData> = { en, ja };

export function loadSynonyms(lang: string): SynonymData {
  return byLang[lang] ?? { stopwords: [], groups: [], expansions: [], filters: {} };
}
