/**
 * The same guides as a Starlight site's docs, for comparing build times on the same content
 * (scripts/bench-starlight.ts). The text stays as it is; our components become what Starlight
 * has or plain Markdown, so Starlight gets the same words and never heavier markup:
 * - <Figure state="flow:state" /> → a Markdown image of the same figure file (public/figures);
 * - <Callout type> → Starlight's <Aside> (warning → caution);
 * - <Step n title> → a "### n. title" heading; <Problem>, <Question>, <Diagnosis> → "### title";
 *   <Troubleshooting> → a "## Troubleshooting" heading; <Steps> and closing tags go.
 * Anything else in angle brackets with a capital letter is an error: a new component must be
 * mapped here, or the comparison would silently measure less content on one side.
 */
export type DocLang = 'ja' | 'en';

const asideTypes: Record<string, string> = { note: 'note', tip: 'tip', warning: 'caution' };
const troubleshooting: Record<DocLang, string> = { ja: '## うまくいかないとき', en: '## Troubleshooting' };

/** Our guide (an .mdx file's text) as a Starlight doc of the same language. */
export function toStarlightDoc(lang: DocLang, mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('a guide starts with front matter');
  const [, frontMatter, body] = match as unknown as [string, string, string];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontMatter)?.[1] ?? '';
  const converted = body
    .replace(/<Figure state="([a-z0-9-]+):([a-z0-9-]+)"\s*\/>/g, (_, flow: string, state: string) => `![${flow} ${state}](/figures/${lang}/${flow}/${state}.webp)`)
    .replace(/<Callout type="(\w+)">/g, (_, type: string) => `<Aside type="${asideTypes[type] ?? 'note'}">`)
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/<Step n=\{(\d+)\} title="([^"]*)">/g, '### $1. $2')
    .replace(/<(?:Problem|Question|Diagnosis)((?:\s+[a-z]+="[^"]*")*)\s*>/g, (_, attributes: string) => `### ${/\btitle="([^"]*)"/.exec(attributes)?.[1] ?? ''}`)
    .replace(/<Troubleshooting>/g, troubleshooting[lang])
    .replace(/<\/?(?:Steps|Step|Problem|Question|Diagnosis|Troubleshooting)>/g, '');
  const left = /<\/?(?!Aside\b)[A-Z][A-Za-z]*/.exec(converted);
  if (left) throw new Error(`no Starlight equivalent for ${left[0]}>: map it in scripts/lib/starlight-docs.ts`);
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\nimport { Aside } from '@astrojs/starlight/components';\n\n${converted}`;
}

/** Starlight's configuration for the two languages, Japanese first as on our site. */
export const starlightConfig = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://help.example.org',
  integrations: [
    starlight({
      title: 'Help',
      defaultLocale: 'ja',
      locales: { ja: { label: '日本語', lang: 'ja' }, en: { label: 'English', lang: 'en' } },
      sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }],
    }),
  ],
});
`;

export const starlightContentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;
