import type { Translate } from './t';

/**
 * A translator over a plain table of strings, for the browser: the simulators get only their
 * own strings (see sim-strings-plugin.ts) and this, instead of i18next and every string of both
 * languages. It follows the conventions of the strings files that i18next (used at build time)
 * reads: `{{name}}` placeholders and `_one` / `_other` plural keys chosen by `count`. A test
 * checks that it gives exactly what i18next gives for every string.
 */
export function formatter(lang: string, table: Record<string, string>): Translate {
  const plural = new Intl.PluralRules(lang);
  return (key, vars) => {
    const count = vars?.['count'];
    const text = (typeof count === 'number' ? (table[`${key}_${plural.select(count)}`] ?? table[`${key}_other`]) : undefined) ?? table[key] ?? key;
    return vars ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
  };
}
