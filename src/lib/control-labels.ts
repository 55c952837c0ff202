import { readFileSync } from 'node:fs';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';

/**
 * Many readers run the app in the other language than the guide's, so a guide gives each
 * on-screen control's label in the other language too, once, where it first names it in bold:
 * 「**サービス**」（Services） in Japanese, **Services** (サービス) in English.
 *
 * The pairs come from the simulators' own strings (`sim.*` keys of src/i18n/ui), so the guide,
 * the simulator and its device-language switch always agree. A label whose translation is
 * ambiguous or the same in both languages is left alone.
 */
type Lang = 'en' | 'ja';
type Table = Record<string, string>;

/**
 * label in `from` → its label in `to`, from the simulator strings (`sim.*`) and the few labels of
 * real screens no simulator draws (`label.*`). Spellings that differ only in case are one label
 * (Log In, Log in); when a label has several translations, the one most of its uses share wins,
 * and with no majority it is left out.
 */
export function labelPairs(tables: Record<Lang, Table>, from: Lang, to: Lang): Map<string, string> {
  const uses = new Map<string, string[]>();
  for (const [key, label] of Object.entries(tables[from])) {
    const other = tables[to][key];
    if (!/^(sim|label)\./.test(key) || other === undefined || other === label) continue;
    uses.set(label, [...(uses.get(label) ?? []), other]);
  }
  const pairs = new Map<string, string>();
  for (const [label, translations] of uses) {
    const groups = Map.groupBy(translations, (text) => text.toLowerCase());
    const [best] = [...groups.values()].sort((a, b) => b.length - a.length);
    if (!best || best.length * 2 <= translations.length) continue;
    const spellings = Map.groupBy(best, (text) => text);
    pairs.set(label, [...spellings.values()].sort((a, b) => b.length - a.length)[0]![0]!);
  }
  return pairs;
}

const readTable = (lang: Lang): Table => JSON.parse(readFileSync(new URL(`../i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Table;
let tables: Record<Lang, Table> | undefined;
/** The site's pairs by guide language, worked out once per build rather than once per guide. */
const sitePairs = new Map<Lang, Map<string, string>>();

/** The guide's language from its path (src/content/guides/<lang>/...), or null for other Markdown. */
export function guideLang(fileURL: URL | undefined): Lang | null {
  const match = fileURL?.pathname.match(/\/guides\/(en|ja)\//);
  return (match?.[1] as Lang | undefined) ?? null;
}

export function controlLabels(factory: PluginFactoryContext, source: Record<Lang, Table> = (tables ??= { en: readTable('en'), ja: readTable('ja') })) {
  const lang = guideLang(factory.fileURL);
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const pairs = !lang ? new Map<string, string>() : source === tables ? (sitePairs.get(lang) ?? sitePairs.set(lang, labelPairs(source, lang, other)).get(lang)!) : labelPairs(source, lang, other);
  const named = new Set<string>();
  return defineMdastPlugin({
    name: 'control-labels',
    strong(node, ctx) {
      const label = ctx.textContent(node).trim();
      const translation = pairs.get(label);
      if (!translation || named.has(label)) return;
      named.add(label);
      // A span in the other language (screen readers switch voice), its brackets included.
      const aside = {
        type: 'emphasis' as const,
        data: { hName: 'span', hProperties: { className: ['other-label'], lang: other } },
        children: [{ type: 'text' as const, value: lang === 'ja' ? `（${translation}）` : `(${translation})` }],
      };
      // In Japanese the label sits in 「」: the translation follows the closing bracket.
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      if (lang === 'ja' && next?.type === 'text' && next.value.startsWith('」')) {
        ctx.replaceNode(next, [{ type: 'text', value: '」' }, aside, ...(next.value.length > 1 ? [{ type: 'text' as const, value: next.value.slice(1) }] : [])]);
      } else {
        ctx.insertAfter(node, [{ type: 'text', value: ' ' }, aside]);
      }
    },
  });
}
