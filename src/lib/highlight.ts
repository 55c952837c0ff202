import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import type { HastNode } from 'satteri';

export type ShikiConfig = NonNullable<NonNullable<AstroUserConfig['markdown']>['shikiConfig']>;

/**
 * Astro's own Shiki highlighting of fenced code (the same highlighter, options and plugin, so the
 * same HTML), with each distinct block highlighted once per build: Shiki's tokenizer is the
 * costliest step of compiling a guide that has code (tens of milliseconds per block), and the same
 * commands recur across guides. Use with `markdown.syntaxHighlight: false`, first among the hast
 * plugins, where Astro's would run.
 */
export function cachedShiki(shikiConfig: ShikiConfig) {
  let highlight: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  const done = new Map<string, Promise<HastNode>>();
  return satteriHighlightPlugin(async (code, lang, meta) => {
    const key = JSON.stringify([lang, meta ?? null, code]);
    let node = done.get(key);
    if (!node) {
      highlight ??= satteriCreateHighlightFn('shiki', shikiConfig);
      const fn = await highlight;
      if (!fn) throw new Error('Shiki is not available');
      // The cache is filled after the await, so two blocks in flight at once may both highlight: harmless.
      node = done.get(key) ?? fn(code, lang, meta);
      done.set(key, node);
    }
    // Each page gets its own tree: the Markdown pipeline may change the nodes it is given.
    return structuredClone(await node);
  }, undefined);
}
