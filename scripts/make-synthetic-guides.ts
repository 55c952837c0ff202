/**
 * Writes N synthetic guides per language (real ones first, then copies; see
 * scripts/lib/synthetic-guides.ts) outside src/content, and says how to build the site from them.
 *
 * Usage: node scripts/make-synthetic-guides.ts <N> [dir]   (dir: .tmp/scale/<N>/guides by default)
 */
import { relative } from 'node:path';
import { defaultSyntheticDir, projectRoot, writeSyntheticGuides } from './lib/synthetic-guides.ts';

const [countArg, dirArg] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: node scripts/make-synthetic-guides.ts <N> [dir]');
  process.exit(1);
}
const set = writeSyntheticGuides(count, dirArg ?? defaultSyntheticDir(count));
const dir = relative(projectRoot, set.dir) || '.';
console.log(`${set.count} guides per language (${set.realCount} real, ${set.count - set.realCount} copies) in ${dir}/{ja,en}/`);
console.log(`Build from them: GUIDES_DIR=${dir} OUT_DIR=dist-scale-${count} npm run build`);
