/**
 * Building this site with synthetic guides, timed, as both benchmarks do (bench-scale.ts,
 * bench-starlight.ts): in a copy of its sources, from cold caches, with the site's own commands.
 *
 * The copy matters: Astro writes the content list of a build to <root>/.astro/content-modules.mjs
 * and its content cache to <root>/node_modules/.astro, and a build of other guides in the working
 * tree would swap those under the feet of anyone building there at the same time.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './synthetic-guides.ts';
import { timed, type Timed } from './timed.ts';

/** The environment of a benchmark's commands: the project's own tools first on PATH, no telemetry. */
export const benchEnv = { ...process.env, PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };

/** Copies what `astro build` reads (taken when the run starts) to `siteDir`. */
export function copySiteSources(siteDir: string) {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(siteDir, entry), { recursive: true });
  }
}

/**
 * `npm run build:site` (astro build with the settings of package.json) in the copy, reading the
 * guides of `guidesDir`, then `pagefind`, as `npm run build` runs them; each timed, logs in `logDir`.
 * Throws, naming the log, when a step fails.
 */
export async function buildSiteAt(options: { siteDir: string; guidesDir: string; dist: string; logDir: string; label: string }): Promise<{ build: Timed; pagefind: Timed }> {
  const { siteDir, guidesDir, dist, logDir, label } = options;
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(siteDir, '.astro'), { recursive: true, force: true });
  rmSync(join(siteDir, 'node_modules'), { recursive: true, force: true });
  const step = async (name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
    const log = join(logDir, `${name}-${label}.log`);
    const result = await timed(command, args, { cwd, env, log });
    if (result.exitCode !== 0) throw new Error(`${name} failed (${label}): see ${log}`);
    return result;
  };
  const build = await step('build', 'npm', ['run', '--silent', 'build:site'], siteDir, { ...benchEnv, GUIDES_DIR: guidesDir, OUT_DIR: dist });
  // From the project root, where pagefind.yml is.
  const pagefind = await step('pagefind', 'pagefind', ['--site', dist], projectRoot, benchEnv);
  return { build, pagefind };
}
