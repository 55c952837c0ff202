/**
 * Quality gate: validates every .html file of the built site (OUT_DIR, default dist/) with
 * html-validate's Node API and the project's .htmlvalidate.json (html-validate:recommended).
 * Exits non-zero with a report grouped by rule, then by page.
 *
 *   node scripts/check-html.ts            # the build in $OUT_DIR or dist/
 *   node scripts/check-html.ts dist-x     # another build
 *
 * Tuning in .htmlvalidate.json (its schema allows no comment key, so the reasons are here):
 * - no-inline-style allows `overflow-x` besides the default `display` (custom properties stay
 *   allowed, the default): Shiki writes its two themes as `--shiki-*` variables plus
 *   `overflow-x:auto` in the style attribute of every code block. The CSP allows inline styles
 *   for exactly this (astro.config.mjs); any other inline style is still an error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const started = performance.now();
let files: string[];
try {
  files = htmlFiles(outDir);
} catch {
  console.error(`check-html: no built site in ${relative(root, outDir) || outDir} (run the build first).`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`check-html: no .html files in ${outDir}.`);
  process.exit(2);
}

const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

interface Found extends Message {
  file: string;
}
const errors: Found[] = [];
for (const file of files) {
  const report = await validator.validateFile(file);
  for (const result of report.results) for (const message of result.messages) errors.push({ ...message, file: relative(outDir, file) });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);

function grouped(messages: Found[]): string {
  const byRule = Map.groupBy(messages, (m) => m.ruleId);
  const lines: string[] = [];
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`\n${rule} (${list.length})${list[0]?.ruleUrl ? `  ${list[0].ruleUrl}` : ''}`);
    for (const [file, inFile] of Map.groupBy(list, (m) => m.file)) {
      lines.push(`  ${file}`);
      for (const m of inFile) lines.push(`    ${m.line}:${m.column}  ${m.message}${m.selector ? `  [${m.selector}]` : ''}`);
    }
  }
  return lines.join('\n');
}

if (errors.length > 0) {
  console.error(`check-html: ${errors.length} error(s) in ${new Set(errors.map((m) => m.file)).size} of ${files.length} pages:${grouped(errors)}`);
  process.exit(1);
}
console.log(`check-html: ${files.length} pages valid (${seconds} s).`);
