import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const categories = ['ib-key-activation', 'troubleshooting'] as const;
export const operatingSystems = ['ios', 'android', 'any'] as const;
export const methods = ['session-id', 'activation-code', 'qr', 'portal-banner', 'errors'] as const;

/** Guides live at guides/<lang>/<slug>.mdx; the same slug in every language is the same guide. */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    category: z.enum(categories),
    os: z.enum(operatingSystems),
    method: z.enum(methods),
    order: z.number().int().nonnegative(),
    updated: z.coerce.date(),
    related: z.array(z.string()).default([]),
  }),
});

export const collections = { guides };
