import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { controlLabels, labelPairs } from '../../../src/lib/control-labels';

const tables = {
  en: { 'sim.app.services': 'Services', 'sim.app.more': 'More', 'sim.other.more': 'More', 'sim.app.ok': 'OK', 'guide.services': 'Services' },
  ja: { 'sim.app.services': 'サービス', 'sim.app.more': '詳細', 'sim.other.more': 'その他', 'sim.app.ok': 'OK', 'guide.services': '各種サービス' },
};
const render = (lang: string, markdown: string) =>
  markdownToHtml(markdown, { fileURL: new URL(`file:///site/src/content/guides/${lang}/a.mdx`), mdastPlugins: [(ctx) => controlLabels(ctx, tables)] }).html.trim();

describe('control labels in the other language', () => {
  it('pairs simulator labels only, and only when the translation is unambiguous and different', () => {
    expect(labelPairs(tables, 'ja', 'en')).toEqual(new Map([['サービス', 'Services'], ['詳細', 'More'], ['その他', 'More']]));
    // "More" is 詳細 in one screen and その他 in another: no single answer, so none.
    expect(labelPairs(tables, 'en', 'ja')).toEqual(new Map([['Services', 'サービス']]));
  });

  it('gives the English label after the closing bracket, the first time only (Japanese guide)', () => {
    expect(render('ja', '「**サービス**」をタップし、もう一度「**サービス**」をタップします。')).toBe(
      '<p>「<strong>サービス</strong>」<span class="other-label" lang="en">（Services）</span>をタップし、もう一度「<strong>サービス</strong>」をタップします。</p>',
    );
  });

  it('gives the Japanese label after the bold label (English guide)', () => {
    expect(render('en', 'Tap **Services**, then **Services** again.')).toBe(
      '<p>Tap <strong>Services</strong> <span class="other-label" lang="ja">(サービス)</span>, then <strong>Services</strong> again.</p>',
    );
  });

  it('leaves bold text that is no control label, or the same in both languages, alone', () => {
    expect(render('en', 'Tap **OK**. **Never** share it.')).toBe('<p>Tap <strong>OK</strong>. <strong>Never</strong> share it.</p>');
  });

  it('does nothing outside the guides', () => {
    expect(markdownToHtml('**Services**', { mdastPlugins: [(ctx) => controlLabels(ctx, tables)] }).html.trim()).toBe('<p><strong>Services</strong></p>');
  });
});

describe('label pairs with several spellings', () => {
  it('treats case-only differences as one label and lets a clear majority decide', () => {
    const tables = {
      en: { 'sim.a.done': 'Done', 'sim.b.done': 'DONE', 'sim.c.done': 'Done', 'sim.a.go': 'Continue', 'sim.b.go': 'Continue', 'sim.c.go': 'Continue', 'label.menu.security': 'Security' },
      ja: { 'sim.a.done': '完了', 'sim.b.done': '完了', 'sim.c.done': '完了', 'sim.a.go': '続ける', 'sim.b.go': '続ける', 'sim.c.go': '続行', 'label.menu.security': 'セキュリティ' },
    };
    const pairs = labelPairs(tables, 'ja', 'en');
    expect(pairs.get('完了')).toBe('Done');
    expect(pairs.get('セキュリティ')).toBe('Security');
    expect(labelPairs(tables, 'en', 'ja').get('Continue')).toBe('続ける');
  });
});
