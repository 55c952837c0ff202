import { describe, expect, it } from 'vitest';
import {
  documentedStates,
  figureTextKeys,
  parseGuide,
  readGuides,
  readUiStrings,
  type FigureUse,
  type GuideFacts,
} from '../../../scripts/lib/guide-mdx';

/**
 * The Japanese and English twin of a guide must be the same guide: same frontmatter facts,
 * same steps, same figures in the same order, same troubleshooting entries. Each check is a
 * pure function returning a list of problems, run once on the real guides and once on a
 * broken fixture, so every assertion is shown to be able to fail.
 */

type Guides = Map<string, GuideFacts>;
const sharedFields = ['category', 'os', 'method', 'order', 'related'] as const;
const show = (value: unknown) => JSON.stringify(value);
const figureName = (f: FigureUse) => `${f.flow}/${f.state}`;

function slugProblems(ja: Guides, en: Guides): string[] {
  const only = (a: Guides, b: Guides, lang: string) => [...a.keys()].filter((s) => !b.has(s)).map((s) => `${s}: ${lang} only`);
  return [...only(ja, en, 'ja'), ...only(en, ja, 'en')];
}

/** Compares every twin pair with `compare`, which names what differs. */
function twinProblems(ja: Guides, en: Guides, compare: (j: GuideFacts, e: GuideFacts) => string[]): string[] {
  return [...ja].flatMap(([slug, j]) => {
    const e = en.get(slug);
    return e ? compare(j, e).map((p) => `${slug}: ${p}`) : [];
  });
}

const frontmatterDiff = (j: GuideFacts, e: GuideFacts) =>
  sharedFields
    .filter((f) => show(j.frontmatter[f] ?? null) !== show(e.frontmatter[f] ?? null))
    .map((f) => `${f} differs (ja ${show(j.frontmatter[f])}, en ${show(e.frontmatter[f])})`);

const sequenceDiff = (what: string, pick: (g: GuideFacts) => unknown[]) => (j: GuideFacts, e: GuideFacts) =>
  show(pick(j)) === show(pick(e)) ? [] : [`${what} differ (ja ${show(pick(j))}, en ${show(pick(e))})`];

function stepNumberProblems(guides: Guides): string[] {
  return [...guides].flatMap(([slug, g]) =>
    g.steps.some((n, i) => n !== i + 1) ? [`${slug}: steps ${show(g.steps)} are not 1, 2, 3 …`] : [],
  );
}

function repeatedFigureProblems(guides: Guides): string[] {
  return [...guides].flatMap(([slug, g]) => {
    const names = g.figures.map(figureName);
    return names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${slug}: figure ${n} used twice`);
  });
}

function unknownStateProblems(guides: Guides, statesOf: (flow: string) => Set<string>): string[] {
  return [...guides].flatMap(([slug, g]) =>
    g.figures.filter((f) => !statesOf(f.flow).has(f.state)).map((f) => `${slug}: ${figureName(f)} is not a documented state`),
  );
}

function relatedProblems(guides: Guides): string[] {
  return [...guides].flatMap(([slug, g]) => {
    const related = g.frontmatter['related'] ?? [];
    const list = Array.isArray(related) ? related : [related];
    return list.filter((r) => !guides.has(r)).map((r) => `${slug}: related guide ${r} does not exist`);
  });
}

function missingTextProblems(guides: Guides, strings: Record<string, string>, lang: string): string[] {
  const keys = new Set([...guides.values()].flatMap((g) => g.figures.flatMap(figureTextKeys)));
  return [...keys].filter((k) => !strings[k]?.trim()).map((k) => `${lang}.json lacks ${k}`);
}

const ja = readGuides('ja');
const en = readGuides('en');
const statesCache = new Map<string, Set<string>>();
const statesOf = (flow: string) => statesCache.get(flow) ?? statesCache.set(flow, documentedStates(flow)).get(flow)!;

describe('guides in Japanese and English', () => {
  it('exist', () => {
    expect(en.size).toBeGreaterThan(0);
  });

  it('have the same slugs in both languages', () => {
    expect(slugProblems(ja, en)).toEqual([]);
  });

  it('share category, os, method, order and related', () => {
    expect(twinProblems(ja, en, frontmatterDiff)).toEqual([]);
  });

  it('number their steps 1, 2, 3 … and use the same step numbers', () => {
    expect([...stepNumberProblems(ja), ...stepNumberProblems(en)]).toEqual([]);
    expect(twinProblems(ja, en, sequenceDiff('steps', (g) => g.steps))).toEqual([]);
  });

  it('show the same figures in the same order, each at most once per guide', () => {
    expect(twinProblems(ja, en, sequenceDiff('figures', (g) => g.figures.map(figureName)))).toEqual([]);
    expect([...repeatedFigureProblems(ja), ...repeatedFigureProblems(en)]).toEqual([]);
  });

  it('have the same troubleshooting problem ids', () => {
    expect(twinProblems(ja, en, sequenceDiff('problem ids', (g) => g.problems))).toEqual([]);
  });

  it('only use figure states documented in docs/<flow>-states.md', () => {
    for (const flow of new Set([...ja.values()].flatMap((g) => g.figures.map((f) => f.flow)))) expect(statesOf(flow).size, flow).toBeGreaterThan(0);
    expect([...unknownStateProblems(ja, statesOf), ...unknownStateProblems(en, statesOf)]).toEqual([]);
  });

  it('only relate to guides that exist', () => {
    expect([...relatedProblems(ja), ...relatedProblems(en)]).toEqual([]);
  });

  it('have a caption and alt text for every figure in both languages', () => {
    const all = new Map([...ja, ...[...en].map(([s, g]) => [`en:${s}`, g] as const)]);
    expect([...missingTextProblems(all, readUiStrings('en'), 'en'), ...missingTextProblems(all, readUiStrings('ja'), 'ja')]).toEqual([]);
  });
});

describe('the parity checks catch broken guides', () => {
  const guide = (body: string, front = 'category: ib-key-activation\norder: 1\nrelated: [b]') => parseGuide(`---\n${front}\n---\n${body}`);
  const good = guide('<Steps>\n<Step n={1} title="A > B">\n<Figure state="demo:android-pin" />\n</Step>\n</Steps>\n<Problem id="x" title="X">\n</Problem>');
  const pair = (g: GuideFacts) => new Map([['a', g], ['b', good]]);

  it('reads frontmatter, steps, figures and problems', () => {
    expect(good).toEqual({
      frontmatter: { category: 'ib-key-activation', order: '1', related: ['b'] },
      steps: [1],
      figures: [{ flow: 'demo', state: 'android-pin' }],
      problems: ['x'],
      problemLinks: { x: [] },
    });
    expect(guide('', 'related:\n  - b\n  - "c"').frontmatter).toEqual({ related: ['b', 'c'] });
  });

  it('report each kind of mismatch', () => {
    expect(slugProblems(pair(good), new Map([['a', good]]))).toEqual(['b: ja only']);
    expect(twinProblems(pair(good), pair(guide('', 'category: troubleshooting\norder: 1\nrelated: [b]')), frontmatterDiff)).toHaveLength(1);
    expect(stepNumberProblems(pair(guide('<Step n={1} title="a"><Step n={3} title="b">')))).toHaveLength(1);
    expect(twinProblems(pair(good), pair(guide('<Step n={1} title="a"><Step n={2} title="b">')), sequenceDiff('steps', (g) => g.steps))).toHaveLength(1);
    expect(twinProblems(pair(good), pair(guide('<Figure state="demo:ios-pin" />')), sequenceDiff('figures', (g) => g.figures.map(figureName)))).toHaveLength(1);
    expect(repeatedFigureProblems(pair(guide('<Figure state="demo:s" />\n<Figure state="demo:s" />')))).toHaveLength(1);
    expect(twinProblems(pair(good), pair(guide('<Problem id="y" title="Y">')), sequenceDiff('problem ids', (g) => g.problems))).toHaveLength(1);
    const demoStates = (flow: string) => new Set(flow === 'demo' ? ['android-pin'] : []);
    expect(unknownStateProblems(pair(guide('<Figure state="demo:no-such-state" />')), demoStates)).toHaveLength(1);
    expect(unknownStateProblems(pair(good), demoStates)).toEqual([]);
    expect(unknownStateProblems(pair(guide('<Figure state="android-pin" />')), demoStates)).toEqual(['a: /android-pin is not a documented state']);
    expect(relatedProblems(new Map([['a', good]]))).toEqual(['a: related guide b does not exist']);
    expect(missingTextProblems(pair(good), {}, 'en')).toEqual(['en.json lacks figure.demo.android-pin.caption', 'en.json lacks figure.demo.android-pin.alt']);
  });
});
