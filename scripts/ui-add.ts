/**
 * Merges UI strings into src/i18n/ui/<lang>.json, keeping keys sorted, so several people
 * (or agents) can add strings without editing the same lines by hand.
 * Usage: node scripts/ui-add.ts <lang> <file-with-flat-json-object>
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const [lang, source] = process.argv.slice(2);
if (!lang || !source) throw new Error('usage: node scripts/ui-add.ts <lang> <strings.json>');
const target = new URL(`../src/i18n/ui/${lang}.json`, import.meta.url);
const merged: Record<string, string> = { ...JSON.parse(readFileSync(target, 'utf8')), ...JSON.parse(readFileSync(source, 'utf8')) };
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
const temp = new URL(`${target.href}.tmp`);
writeFileSync(temp, `${JSON.stringify(sorted, null, 2)}\n`);
renameSync(temp, target);
console.log(`${lang}: ${Object.keys(sorted).length} keys`);
