/** Build gate: fails when a guide lacks its twin or figures and guides disagree. */
import { figureProblems, twinProblems } from './lib/content-problems.ts';
import { readGuideSources } from './lib/guide-source.ts';

const guides = readGuideSources();
const problems = [...twinProblems(guides), ...figureProblems(guides)];
if (problems.length > 0) {
  console.error(`Content check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Content check: ${guides.length} guide files, figures consistent.`);
