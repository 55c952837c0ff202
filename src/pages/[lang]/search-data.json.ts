import type { APIRoute } from 'astro';
import { categories, operatingSystems } from '../../content.config';
import { locales } from '../../i18n/locales';
import { translator } from '../../i18n/t';
import { pageLang } from '../../lib/page-lang';
import type { SearchData } from '../../search/data';
import { loadSynonyms } from '../../search/synonyms';
import { searchVocabulary } from '../../search/vocabulary';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/**
 * What the search box of one language knows besides Pagefind's index, as one static file that
 * the box fetches when the reader first focuses it: the pages stay the same size however many
 * guides the site has.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = pageLang(params);
  const t = translator(lang);
  const data: SearchData = {
    lang,
    words: (await searchVocabulary(lang)).join(' '),
    filterValues: {
      category: Object.fromEntries(categories.map((id) => [id, t(`category.${id}`)])),
      os: Object.fromEntries(operatingSystems.map((id) => [id, t(`os.${id}`)])),
    },
    synonyms: loadSynonyms(lang),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
