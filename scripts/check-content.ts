/** Build gate: fails when a guide lacks its twin or figures and guides disagree. */
import { figureProblems, twinProblems } from './lib/content-problems.ts';
import { guidesDirOverride, readGuideSources } from './lib/guide-source.ts';

const guides = readGuideSources();
const problems = [...twinProblems(guides), ...figureProblems(guides)];
if (problems.length > 0) {
  console.error(`Content check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
// GUIDES_DIR (src/content.config.ts) builds from another guides folder: check the one being built.
const from = guidesDirOverride();
console.log(`Content check: ${guides.length} guide files${from ? ` in ${from}` : ''}, figures consistent.`);
