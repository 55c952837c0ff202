/**
 * What the search box knows about one language besides Pagefind’s index: one static file per
 * language (src/pages/[lang]/search-data.json.ts), fetched when the reader first focuses a box
 * and cached by the browser across pages:
 *
 * - `words`: the site's word list for that language (vocabulary.ts), space-separated;
 * - `synonyms`: the per-language synonym data, kept as data in synonyms.<lang>.json:
 *   - `stopwords`: words never searched on their own ("the", "の", "方法");
 *   - `groups`: words and phrases that mean the same (アンドロイド = Android, 2FA = two-factor);
 *     typing any member searches all members that occur on the site;
 *   - `expansions`: one-way: typing a `when` phrase also searches the `add` phrases, a little
 *     weaker than the words typed (register → activate; the reverse would be wrong);
 *   - `filters`: words that name a Pagefind filter value (`os`, `category` by their ids) and so
 *     favour the guides tagged with it ("android" → the Android guides); under `troubleshooting`
 *     also the symptoms a reader in trouble types ("expired", "already registered", "期限切れ",
 *     "読み取れない"), but not words as common in the steps as in the problems ("wrong", "ロック");
 * - `filterValues`: the localized filter values of those ids, as the pages tag them.
 */
export interface Expansion {
  when: string[];
  add: string[];
}

export interface SynonymData {
  stopwords: string[];
  groups: string[][];
  expansions: Expansion[];
  filters: Record<string, Record<string, string[]>>;
}

export interface SearchData {
  lang: string;
  words: string;
  /** filter name → id → the value pages carry (data-pagefind-filter), e.g. os → ios → "iPhone (iOS)". */
  filterValues: Record<string, Record<string, string>>;
  synonyms: SynonymData;
}
