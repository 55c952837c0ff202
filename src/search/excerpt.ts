/**
 * Pagefind joins a heading to the text after it with ". ", which in Japanese reads as a stray
 * full stop and space (「…読み取らない。 写真…」, 「…確かめ方. 練習用…」): one 。 and no space.
 */
export const tidyExcerpt = (text: string, lang: string) =>
  lang === 'ja' ? text.replace(/(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー）」])[.。]\s+/gu, '。') : text;
