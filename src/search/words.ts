/**
 * How search text is cut into words, the same way on both sides: at build time for the word
 * list (vocabulary.ts, in Node) and in the browser for the reader's query (query.ts).
 *
 * It mirrors what Pagefind does with a query: NFKC and lower case, punctuation removed (so
 * "case-sensitive" becomes "casesensitive", as Pagefind searches it), and Japanese runs cut into
 * words with Intl.Segmenter. Symbols that Pagefind keeps (the "+" of DSC+, the ">" of PIN>) are kept.
 */

/** Kana, CJK ideographs and the prolonged sound mark: text that needs word segmentation. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u3005\u30fc]/u;
const HIRAGANA_ONLY = /^[\u3040-\u309f\u30fc]+$/u;
/** Pagefind drops these from a query: dash, open/close, initial/final and other punctuation. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

export const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** A query's or a text's words, in order (duplicates kept). */
export function words(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const chunk of normalize(text).split(/[\s\u3000]+/u)) {
    if (!chunk) continue;
    if (CJK.test(chunk)) {
      for (const { segment, isWordLike } of segmenter(lang).segment(chunk)) {
        const word = segment.replace(PUNCTUATION, '');
        if (isWordLike && word) out.push(word);
      }
    } else {
      const word = chunk.replace(PUNCTUATION, '');
      if (word) out.push(word);
    }
  }
  return out;
}

/** The parts of a hyphenated or dotted Latin word ("two-factor" → two, factor), which Pagefind indexes too. */
export const latinParts = (chunk: string) =>
  normalize(chunk)
    .split(/[\p{Pd}\p{Po}\s]+/u)
    .map((p) => p.replace(PUNCTUATION, ''))
    .filter(Boolean);

export const isLatin = (word: string) => /^[\p{Script=Latin}\d+>]+$/u.test(word) && /[a-z]/.test(word);
/** Hiragana-only words are particles and endings (は, を, ます): never worth a search of their own. */
export const isFunctionWord = (word: string) => HIRAGANA_ONLY.test(word);

/**
 * A light English stem (no dictionary): enough to tell that "registered" and "register", or
 * "enroled" and "enrolled", are one word for the question "does the site use this word at all?".
 * Pagefind does the real stemming.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 5) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ments', 'ment', 'ers', 'er', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length).replace(/(.)\1$/, '$1');
  }
  return word.replace(/e$/, '');
}
