import { describe, expect, it } from 'vitest';
import { figureProblems, twinProblems } from '../../../scripts/lib/content-problems';
import type { GuideSource } from '../../../scripts/lib/guide-source';
import { readGuideSources } from '../../../scripts/lib/guide-source';
import { existingFigures } from '../../../scripts/lib/figure-files';

const guide = (lang: string, slug: string, states: string[]): GuideSource => ({
  lang,
  slug,
  frontmatter: {},
  steps: [],
  problems: [],
  figures: states.map((state) => ({ flow: 'enrollment', state })),
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
    const onDisk = existingFigures().filter((key) => key !== 'en/enrollment/portal-offer');
    const problems = figureProblems([guide('en', 'x', ['portal-offer', 'no-such-state'])], onDisk);
    expect(problems).toContain('figure en/enrollment/portal-offer is used by a guide but was not generated (npm run figures)');
    expect(problems).toContain('figure en/enrollment/no-such-state has no recorded size (npm run figures)');
    expect(problems).toContain('figure ja/enrollment/portal-offer is not used by any guide');
  });
});
