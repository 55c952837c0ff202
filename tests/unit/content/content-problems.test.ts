import { describe, expect, it } from 'vitest';
import { figureProblems, twinProblems } from '../../../scripts/lib/content-problems';
import type { GuideSource } from '../../../scripts/lib/guide-source';
import { readGuideSources } from '../../../scripts/lib/guide-source';
import { existingFigures } from '../../../scripts/lib/figure-files';

/** A real figure of the site, so the gate's view of the disk can be tested. */
const real = readGuideSources().find((g) => g.lang === 'en')!.figures[0]!;

const guide = (lang: string, slug: string, states: string[]): GuideSource => ({
  lang,
  slug,
  frontmatter: {},
  steps: [],
  problems: [],
  problemLinks: {},
  figures: states.map((state) => ({ flow: real.flow, state })),
});

describe('the build gate (scripts/check-content.ts)', () => {
  it('passes on the real guides and generated figures', () => {
    const guides = readGuideSources();
    expect([...twinProblems(guides), ...figureProblems(guides)]).toEqual([]);
  });

  it('reports a guide that exists in one language only', () => {
    expect(twinProblems([guide('ja', 'only-japanese', [])])).toEqual(['guide "only-japanese" has no en version']);
  });

  it('reports a figure that was never generated and a figure nobody uses', () => {
    const onDisk = existingFigures().filter((key) => key !== `en/${real.flow}/${real.state}`);
    const problems = figureProblems([guide('en', 'x', [real.state, 'no-such-state'])], onDisk);
    expect(problems).toContain(`figure en/${real.flow}/${real.state} is used by a guide but was not generated (npm run figures)`);
    expect(problems).toContain(`figure en/${real.flow}/no-such-state has no recorded size (npm run figures)`);
    expect(problems).toContain(`figure ja/${real.flow}/${real.state} is not used by any guide`);
  });
});
