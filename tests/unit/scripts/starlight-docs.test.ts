import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toStarlightDoc } from '../../../scripts/lib/starlight-docs';

const guides = new URL('../../../src/content/guides/', import.meta.url);

describe('toStarlightDoc (the content of the Starlight comparison)', () => {
  it('keeps the words and turns each of our components into Starlight or Markdown', () => {
    const mdx = [
      '---',
      'title: 例のガイド',
      'summary: 要約です。',
      'category: ib-key',
      '---',
      '',
      '<Callout type="warning">',
      '',
      '注意してください。',
      '',
      '</Callout>',
      '',
      '<Steps>',
      '',
      '<Step n={2} title="アプリを開く">',
      '',
      '本文です。',
      '',
      '<Figure state="some-flow:first-screen" />',
      '',
      '</Step>',
      '',
      '</Steps>',
      '',
      '<Troubleshooting>',
      '',
      '<Problem id="no-code" title="コードが届かない">',
      '',
      '対処です。',
      '',
      '</Problem>',
      '',
      '</Troubleshooting>',
    ].join('\n');
    const doc = toStarlightDoc('ja', mdx);
    expect(doc).toMatch(/^---\ntitle: 例のガイド\ndescription: 要約です。\n---\n/);
    expect(doc).not.toContain('category:');
    expect(doc).toContain("import { Aside } from '@astrojs/starlight/components';");
    expect(doc).toContain('<Aside type="caution">\n\n注意してください。\n\n</Aside>');
    expect(doc).toContain('### 2. アプリを開く\n\n本文です。\n\n![some-flow first-screen](/figures/ja/some-flow/first-screen.webp)');
    expect(doc).toContain('## うまくいかないとき');
    expect(doc).toContain('### コードが届かない\n\n対処です。');
    expect(doc).not.toMatch(/<\/?(Steps|Step|Figure|Callout|Problem|Troubleshooting)\b/);
  });

  it('refuses a component it has no equivalent for, rather than measuring less content', () => {
    expect(() => toStarlightDoc('en', '---\ntitle: A\nsummary: B\n---\n\n<Video src="x" />\n')).toThrow(/no Starlight equivalent for <Video>/);
  });

  it('converts every real guide in both languages, each figure to a file that exists', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const file of readdirSync(new URL(`${lang}/`, guides))) {
        const doc = toStarlightDoc(lang, readFileSync(new URL(`${lang}/${file}`, guides), 'utf8'));
        for (const [, path] of doc.matchAll(/!\[[^\]]*\]\((\/figures\/[^)]+)\)/g)) {
          expect(readdirSync(new URL(`../../../public${path!.replace(/[^/]+$/, '')}`, import.meta.url)), `${lang}/${file}: ${path}`).toContain(path!.split('/').pop());
        }
      }
    }
  });
});
