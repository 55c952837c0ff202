/**
 * The one way pages load the simulators: on demand, as a separate chunk.
 * Under `astro dev`, React's Fast Refresh wants its preamble to run before any component
 * module; Astro adds it only to pages with hydrated islands, and the simulators are
 * mounted by hand, so it is loaded here first (dev only; the build has no preamble).
 */
export async function loadSimulators(): Promise<typeof import('./mount')> {
  if (import.meta.env.DEV) {
    // @ts-expect-error Astro's virtual module has no type declarations.
    await import('astro:scripts/before-hydration.js');
  }
  return import('./mount');
}
