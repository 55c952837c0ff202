/**
 * Japanese prose lint for the UI strings: runs textlint's Node API (the project's
 * .textlintrc.json, preset-ja-technical-writing) over every value of src/i18n/ui/ja.json as plain
 * text and reports problems by key. Exits non-zero when there is any. See docs/textlint.md.
 *
 *   node scripts/lint-ja-strings.ts              # src/i18n/ui/ja.json
 *   node scripts/lint-ja-strings.ts other.json   # another flat {key: value} file
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, process.argv[2] ?? 'src/i18n/ui/ja.json');
const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

/**
 * A UI string is often not a sentence: a label, a button, a caption, a menu item ("メモ",
 * "パスコードを生成"). The period rule asks every paragraph to end with 「。」, which is right for
 * messages but wrong for those; so it applies only to values that are sentences, that is, that
 * contain a 「。」 already (then the last one must close the value, too).
 */
const PERIOD_RULE = 'ja-technical-writing/ja-no-mixed-period';
const appliesTo = (ruleId: string, value: string) => ruleId !== PERIOD_RULE || value.includes('。');

/**
 * i18next placeholders ({{count}}) are filled in at run time; textlint sees a typical value
 * instead, so that for example 「あと{{left}}回」 reads as 「あと3回」 and not as stray Latin letters.
 */
const STAND_INS: Record<string, string> = {
  code: '123456',
  date: '2026年12月3日',
  pin: '1234',
  time: '5分',
  user: 'ユーザー',
  zoom: '100',
};
const NUMBERS = new Set(['count', 'digits', 'first', 'left', 'minutes', 'n', 'number', 'second', 'seconds', 'steps']);
const withoutPlaceholders = (value: string) =>
  value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => STAND_INS[name] ?? (NUMBERS.has(name) ? '3' : '項目'));

const started = performance.now();
const descriptor = await loadTextlintrc({ configFilePath: join(root, '.textlintrc.json') });
const linter = createLinter({ descriptor, cwd: root });

interface Problem {
  key: string;
  value: string;
  rule: string;
  message: string;
}
const problems: Problem[] = [];
for (const [key, value] of Object.entries(strings)) {
  if (typeof value !== 'string' || value.trim() === '') continue;
  // The .txt name picks textlint's plain-text processor: a value is text, never Markdown.
  const result = await linter.lintText(withoutPlaceholders(value), join(root, '.tmp', `${key}.txt`));
  for (const m of result.messages) {
    if (!appliesTo(m.ruleId, value)) continue;
    problems.push({ key, value, rule: m.ruleId.replace(/^ja-technical-writing\//, ''), message: m.message.split('\n')[0] ?? m.message });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const where = relative(root, file);

if (problems.length > 0) {
  console.error(`lint-ja-strings: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.key)).size} of ${Object.keys(strings).length} strings of ${where}:`);
  for (const p of problems) console.error(`\n  ${p.key}  (${p.rule})\n    ${p.message}\n    「${p.value}」`);
  process.exit(1);
}
console.log(`lint-ja-strings: ${Object.keys(strings).length} strings of ${where} clean (${seconds} s).`);
