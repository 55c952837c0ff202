import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `import url from 'lazy-module:./x.ts'` gives the URL of x.ts built as a chunk of its own, for a
 * page script to fetch later with a plain `import(url)`.
 *
 * Why not `import('./x.ts')`: the bundler wraps every dynamic import of client code in Vite's
 * preload helper (1.8 KB), which then loads with the page script on every page, before any click.
 * Loaded by URL, the chunk still shares its dependencies with the rest of the site (they stay
 * separate, hashed chunks) and brings the helper along only for its own dynamic imports.
 * What the helper did for CSS is not needed: the simulators link their stylesheets themselves
 * (`?url` imports, see simulators/kit/mount.tsx) and the search has no CSS of its own.
 */
const PREFIX = 'lazy-module:';
const RESOLVED = `\0${PREFIX}`;

export function lazyModule(): Plugin {
  let serving = false;
  let root = '';
  return {
    name: 'lazy-module',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    async resolveId(id, importer) {
      if (!id.startsWith(PREFIX)) return null;
      const target = await this.resolve(id.slice(PREFIX.length), importer);
      if (!target) throw new Error(`lazy-module: cannot resolve ${id} from ${importer ?? '?'}`);
      return RESOLVED + target.id;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const target = id.slice(RESOLVED.length);
      // The dev server serves the project's files by their path from its root; the build-time
      // (server) bundle never fetches the URL.
      if (serving) return `export default ${JSON.stringify(`/${relative(root, target).split('\\').join('/')}`)};`;
      if (this.environment.config.consumer !== 'client') return `export default '';`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: target })};`;
    },
  };
}
