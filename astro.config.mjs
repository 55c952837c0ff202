// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { figureNumbers } from './src/lib/figure-numbers.ts';
import { controlLabels } from './src/lib/control-labels.ts';
import { cachedShiki } from './src/lib/highlight.ts';
import { simStrings } from './src/i18n/sim-strings-plugin.ts';
import { lazyModule } from './src/lib/lazy-module-plugin.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

/** @type {import('./src/lib/highlight.ts').ShikiConfig} */
const shikiConfig = {
  // The "default" GitHub themes: their comments keep WCAG AA contrast (github-dark's do not).
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: false,
  // Shiki gives up on a line after 500 ms of wall time by default and colours the rest of the
  // block from a broken state: on a loaded machine the same code came out in different (wrong)
  // colours from one build to the next. No limit: the colours depend on the code only.
  transformers: [{ name: 'no-tokenize-time-limit', preprocess: (_code, options) => void (options.tokenizeTimeLimit = 0) }],
};

/** The chunk of a guide's module in the build-time bundle: one per language (see `environments`). */
const guideLanguageChunk = (/** @type {string} */ id) => {
  const lang = /[\\/]guides[\\/](en|ja)[\\/][^\\/]+\.mdx/.exec(id)?.[1];
  return lang ? `guides-${lang}` : null;
};

/** The public origin, used for canonical URLs, hreflang and the sitemap. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://help.example.org';

export default defineConfig({
  site,
  // OUT_DIR lets two builds (and their browser tests) run side by side; dist/ by default.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Styles as files, cached across pages, rather than repeated inline in every page's HTML.
  // Pages render four at a time: one page's file writes overlap the next one's rendering.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    mdx(),
    react(),
    // hreflang alternates in the sitemap too, from the one list of languages.
    // The language chooser at / is left out: it is no page of either language.
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => new URL(page).pathname !== '/',
    }),
  ],
  markdown: {
    // Code blocks are highlighted by cachedShiki (Astro's Shiki plugin, once per distinct block).
    processor: satteri({ mdastPlugins: [figureNumbers, controlLabels], hastPlugins: [cachedShiki(shikiConfig)] }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      // 'self' lets the page load its own on-demand chunks and the Pagefind index;
      // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Shiki colours code through style attributes; scripts stay hash-only, styles may be inline.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
      // blob: lets a simulator show an image it made in the tab (a practice photo), never a remote one.
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    plugins: [simStrings(), lazyModule()],
    // Page scripts as cached files, never inlined: inlined, the same few hundred bytes of each
    // would repeat in every page's HTML and in its CSP hashes. (The theme script that must run
    // before first paint is is:inline and stays in the page.)
    // Astro marks each guide module "use astro:head-inject" for its own use before bundling; the
    // bundler's warning that the directive is not kept (one per guide) says nothing to act on.
    build: { assetsInlineLimit: 0, rolldownOptions: { checks: { moduleLevelDirective: false } } },
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // The build-time bundle holds the guides of a language in one chunk rather than two files per
              // guide: at 1,200 guides per language that is some 60 files instead of 4,800 to write and
              // load, and pages render about a fifth faster (measured). Only the build reads this bundle.
              codeSplitting: { groups: [{ name: (id) => guideLanguageChunk(id) }] },
            },
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
