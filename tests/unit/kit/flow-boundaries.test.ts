import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowIds } from '../../../src/components/simulators/kit/registry';

/**
 * A flow is its own folders, its strings, its guides, its tests and one registry line.
 * Any other code that names a flow is wiring welded to it, which the kit exists to avoid.
 * Data (strings, search vocabulary, generated sizes) may use a flow's id as the word it is.
 */
const CODE = /\.(ts|tsx|astro|mjs|css)$/;
const ROOTS = ['src', 'scripts', 'tests'];
const REGISTRY = 'src/components/simulators/kit/registry.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules') return [];
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Where a flow may be named: under a folder of its name, in a file named after it, its strings, its guides. */
export function mayName(path: string, flow: string): boolean {
  const parts = path.split('/');
  return (
    path === REGISTRY ||
    parts.includes(flow) ||
    basename(path).startsWith(`${flow}.`) ||
    basename(path).startsWith(`${flow}-`) ||
    path.startsWith('src/content/guides/')
  );
}

const namePattern = (flow: string) => new RegExp(`(?<![\\w-])${flow}(?![\\w-])`);

export function trespassers(paths: string[], read: (path: string) => string, flows: readonly string[]): string[] {
  return flows.flatMap((flow) => paths.filter((p) => !mayName(p, flow) && namePattern(flow).test(read(p))).map((p) => `${p} names ${flow}`));
}

describe('flow boundaries', () => {
  it('no file outside a flow’s own places names that flow', () => {
    const all = ROOTS.flatMap(files).filter((p) => CODE.test(p));
    expect(trespassers(all, (p) => readFileSync(p, 'utf8'), flowIds)).toEqual([]);
  });

  it('the check catches a flow named in shared code, and allows its own places', () => {
    const fake: Record<string, string> = {
      'src/components/simulators/kit/mount.tsx': "flow: 'card'",
      'src/flows/card/card.machine.ts': 'card',
      'src/components/simulators/card/View.tsx': 'card',
      'tests/e2e/card-errors.spec.ts': 'card',
      'src/flows/services/offers.ts': 'no flow named here; "cards" and "id-card" are other words',
    };
    expect(trespassers(Object.keys(fake), (p) => fake[p]!, ['card'])).toEqual(['src/components/simulators/kit/mount.tsx names card']);
  });
});
