/**
 * This site's build beside Astro Starlight's on the same content, on the same machine, back to back
 * (issue 11: "less than half of Starlight's time, less memory"). Measures, never asserts.
 *
 * Usage: node scripts/bench-starlight.ts [N] [rounds]   (N guides per language, 1200 by default; 5 rounds)
 *
 * 1. Writes N synthetic guides per language (scripts/lib/synthetic-guides.ts, as bench:scale does).
 * 2. Makes a Starlight site in .tmp/starlight: the Astro version this site uses and the Starlight
 *    version below, installed from the npm registry on the first run; the same guides converted by
 *    scripts/lib/starlight-docs.ts (same words, Starlight's own components), the same figure files,
 *    Starlight's default sidebar and its built-in Pagefind search.
 * 3. Each round builds this site (`npm run build:site` then `pagefind`, in a copy of its sources:
 *    scripts/lib/scale-build.ts, as bench:scale does) and then Starlight (`astro build`, which runs Pagefind itself), both from cold
 *    caches, each timed with its peak memory (the largest single process, /usr/bin/time -v).
 *    Rounds alternate the two so that a slow spell of the shared machine falls on both.
 *
 * Prints each round and the median ratio, and writes bench-results/starlight.json.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchEnv as env, buildSiteAt, copySiteSources } from './lib/scale-build.ts';
import { toStarlightDoc, starlightConfig, starlightContentConfig } from './lib/starlight-docs.ts';
import { defaultSyntheticDir, projectRoot, syntheticLangs, writeSyntheticGuides } from './lib/synthetic-guides.ts';
import { timed } from './lib/timed.ts';

const starlightVersion = '0.42.4';

const [count = 1200, rounds = 5] = process.argv.slice(2).map(Number);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('Usage: node scripts/bench-starlight.ts [N guides per language] [rounds]');
  process.exit(1);
}

const work = join(projectRoot, '.tmp/starlight-bench');
const ourSite = join(work, 'site');
const ourDist = join(work, 'site-dist');
const starlight = join(projectRoot, '.tmp/starlight');
const astroVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** The Starlight site with its dependencies, installed once for these versions. */
function prepareStarlight(guidesDir: string) {
  const manifest = { name: 'starlight-comparison', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': starlightVersion } };
  const manifestFile = join(starlight, 'package.json');
  const wanted = JSON.stringify(manifest, null, 2);
  mkdirSync(starlight, { recursive: true });
  if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== wanted || !existsSync(join(starlight, 'node_modules/@astrojs/starlight'))) {
    writeFileSync(manifestFile, wanted);
    console.error(`Installing Starlight ${starlightVersion} with Astro ${astroVersion} in ${starlight}…`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlight, env, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm install failed for the Starlight site');
  }
  writeFileSync(join(starlight, 'astro.config.mjs'), starlightConfig);
  mkdirSync(join(starlight, 'src'), { recursive: true });
  writeFileSync(join(starlight, 'src/content.config.ts'), starlightContentConfig);
  const docs = join(starlight, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  for (const lang of syntheticLangs) {
    mkdirSync(join(docs, lang, 'guides'), { recursive: true });
    for (const file of readdirSync(join(guidesDir, lang))) {
      writeFileSync(join(docs, lang, 'guides', file), toStarlightDoc(lang, readFileSync(join(guidesDir, lang, file), 'utf8')));
    }
    writeFileSync(join(docs, lang, 'index.mdx'), `---\ntitle: ${lang === 'ja' ? 'ヘルプ' : 'Help'}\n---\n`);
  }
  rmSync(join(starlight, 'public'), { recursive: true, force: true });
  cpSync(join(projectRoot, 'public/figures'), join(starlight, 'public/figures'), { recursive: true });
}

async function buildOurs(guidesDir: string, round: number) {
  const { build, pagefind } = await buildSiteAt({ siteDir: ourSite, guidesDir, dist: ourDist, logDir: work, label: `ours-${round}` });
  return { seconds: build.seconds + pagefind.seconds, astroSeconds: build.seconds, pagefindSeconds: pagefind.seconds, peakMiB: Math.max(build.peakMiB, pagefind.peakMiB) };
}

async function buildStarlight(round: number) {
  rmSync(join(starlight, 'dist'), { recursive: true, force: true });
  rmSync(join(starlight, '.astro'), { recursive: true, force: true });
  rmSync(join(starlight, 'node_modules/.astro'), { recursive: true, force: true });
  const log = join(work, `starlight-${round}.log`);
  const build = await timed(join(starlight, 'node_modules/.bin/astro'), ['build'], { cwd: starlight, env, log });
  if (build.exitCode !== 0) throw new Error(`Starlight's build failed: see ${log}`);
  // Starlight logs "Finished building search index in 311ms." or "… in 20.32s.".
  const [, amount, unit] = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(readFileSync(log, 'utf8')) ?? [];
  const pagefindSeconds = Number(amount ?? NaN) / (unit === 'ms' ? 1000 : 1);
  return { seconds: build.seconds, pagefindSeconds, peakMiB: build.peakMiB };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

mkdirSync(work, { recursive: true });
const set = writeSyntheticGuides(count, defaultSyntheticDir(count));
prepareStarlight(set.dir);
copySiteSources(ourSite);
const results = [];
for (let round = 1; round <= rounds; round += 1) {
  console.error(`Round ${round}/${rounds}: this site…`);
  const ours = await buildOurs(set.dir, round);
  console.error(`Round ${round}/${rounds}: Starlight…`);
  const theirs = await buildStarlight(round);
  results.push({ round, ours, starlight: theirs, ratio: ours.seconds / theirs.seconds });
  console.log(
    `round ${round}: this site ${ours.seconds.toFixed(1)} s (astro ${ours.astroSeconds.toFixed(1)} + pagefind ${ours.pagefindSeconds.toFixed(1)}), peak ${ours.peakMiB.toFixed(0)} MiB; ` +
      `Starlight ${theirs.seconds.toFixed(1)} s (pagefind ${theirs.pagefindSeconds.toFixed(1)} of it), peak ${theirs.peakMiB.toFixed(0)} MiB; ratio ${(ours.seconds / theirs.seconds).toFixed(2)}`,
  );
}
const summary = {
  count,
  astroVersion,
  starlightVersion,
  medianSeconds: { ours: median(results.map((r) => r.ours.seconds)), starlight: median(results.map((r) => r.starlight.seconds)) },
  medianRatio: median(results.map((r) => r.ratio)),
  results,
};
console.log(`median over ${rounds} rounds at ${count} guides per language: this site ${summary.medianSeconds.ours.toFixed(1)} s, Starlight ${summary.medianSeconds.starlight.toFixed(1)} s, ratio ${summary.medianRatio.toFixed(2)}`);
mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(join(projectRoot, 'bench-results/starlight.json'), `${JSON.stringify(summary, null, 2)}\n`);
rmSync(ourSite, { recursive: true, force: true });
rmSync(ourDist, { recursive: true, force: true });
