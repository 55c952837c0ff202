import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// CI has only the repository: it runs the golden queries from tests/golden/. Where the team's
// shared set sits beside the project, the copy must be the same.
const shared = new URL('../../../../shared/search-golden.json', import.meta.url);
const copy = new URL('../../golden/search-golden.json', import.meta.url);

it.runIf(existsSync(shared))('the repository copy of the golden queries matches the shared set', () => {
  expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
});
