import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const categories = ['ib-key-activation', 'challenge-code', 'temporary-access', 'pc-otp', 'messages-documents', 'troubleshooting'] as const;
export const operatingSystems = ['ios', 'android', 'windows', 'any'] as const;
export const methods = ['session-id', 'activation-code', 'qr', 'portal-banner', 'challenge-response', 'hardware-token', 'code-card', 'pc-app', 'login-problems', 'message-settings', 'phone-photo', 'errors'] as const;
/** The practice devices a guide can open its simulator on (see src/flows/kit/flow.ts). */
export const practiceDevices = ['ios', 'android', 'token', 'computer'] as const;

/** Guides live at guides/<lang>/<slug>.mdx; the same slug in every language is the same guide. */
const guides = defineCollection({
  // GUIDES_DIR builds the site from another guides folder (the scale benchmark's synthetic guides,
  // scripts/bench-scale.ts) without touching src/content; keep `guides/<lang>/` at the end of it
  // (control-labels.ts reads the language from the path). Relative to the project root.
  loader: glob({ pattern: '*/*.mdx', base: process.env['GUIDES_DIR'] ?? './src/content/guides' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    category: z.enum(categories),
    os: z.enum(operatingSystems),
    method: z.enum(methods),
    order: z.number().int().nonnegative(),
    updated: z.coerce.date(),
    related: z.array(z.string()).default([]),
    /** The device the simulator opens on where a figure's state does not say (default: the guide's os). */
    practiceDevice: z.enum(practiceDevices).optional(),
    /** A start option of the guide's flow (the portal-banner guide starts without the app). */
    practiceStart: z.string().regex(/^[a-z0-9-]+$/).optional(),
  }),
});

export const collections = { guides };
