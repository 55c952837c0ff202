import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * A simulator needs only its own strings, in the page's language: `sim.common.*` and
 * `sim.<flow>.*`, about 5 KB gzipped instead of every string of both languages. This Vite
 * plugin cuts those parts out of src/i18n/ui/<lang>.json (still the one place strings live)
 * as virtual modules, each its own chunk:
 *
 *   import { loadSimStrings } from 'virtual:sim-strings';
 *   const table = await loadSimStrings('ja', flowId); // sim.common.* + sim.<flowId>.*
 */
const ID = 'virtual:sim-strings';
const RESOLVED = `\0${ID}`;
const uiFile = (lang: string) => new URL(`./ui/${lang}.json`, import.meta.url);
const LANGS = ['en', 'ja'];

/** "sim.<flow>.app.title" → "<flow>"; keys outside sim.* are no simulator's. */
export const simPart = (key: string): string | null => (key.startsWith('sim.') ? (key.split('.')[1] ?? null) : null);

export function simStrings(): Plugin {
  const read = (lang: string) => JSON.parse(readFileSync(uiFile(lang), 'utf8')) as Record<string, string>;
  return {
    name: 'sim-strings',
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      for (const lang of LANGS) this.addWatchFile(uiFile(lang).pathname);
      if (id === RESOLVED) {
        const parts = [...new Set(Object.keys(read('en')).map(simPart).filter((p): p is string => p !== null))];
        const loaders = LANGS.flatMap((lang) => parts.map((part) => `'${lang}/${part}': () => import('${ID}/${lang}/${part}')`));
        return [
          `const parts = {${loaders.join(',')}};`,
          'const none = () => Promise.resolve({ default: {} });',
          'export async function loadSimStrings(lang, flow) {',
          "  const [common, own] = await Promise.all([(parts[lang + '/common'] ?? none)(), (parts[lang + '/' + flow] ?? none)()]);",
          '  return { ...common.default, ...own.default };',
          '}',
        ].join('\n');
      }
      const [lang = '', part = ''] = id.slice(RESOLVED.length + 1).split('/');
      const table = Object.fromEntries(Object.entries(read(lang)).filter(([key]) => simPart(key) === part));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}
