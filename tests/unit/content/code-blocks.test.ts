import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CodeBlockGuide from './fixtures/code-block.mdx';

// Guides are MDX compiled with the site's Markdown settings: code blocks come out highlighted
// by Shiki with both themes, and the stylesheet picks one (global.css, .astro-code).
describe('code blocks in guides', () => {
  it('are highlighted with a light and a dark theme', async () => {
    const container = await AstroContainer.create();
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    const html = await container.renderToString(CodeBlockGuide);
    expect(html).toContain('class="astro-code');
    expect(html).toMatch(/--shiki-light:#[0-9a-f]{6}/i);
    expect(html).toMatch(/--shiki-dark:#[0-9a-f]{6}/i);
    expect(html).toContain('period');
  });
});
