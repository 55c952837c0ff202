import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deviceResponse, OCRA_SUITES } from '../../../src/flows/services/challenges';
import { appCode } from '../../../src/flows/services/otp-registrations';

// The "for engineers" code in the guides must give exactly the codes the simulators give:
// each snippet runs here, with a known secret, against the flows' own crypto.
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const CHALLENGE = '482915';
const EPOCH = 1_700_000_000;
const dir = new URL('../../../.tmp/snippets/', import.meta.url);

function run(name: string, code: string): string {
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}.mjs`, dir);
  writeFileSync(file, code);
  return execFileSync(process.execPath, [file.pathname], { encoding: 'utf8' }).trim();
}

const guides = new URL('../../../src/content/guides/', import.meta.url);
const snippets = ['en', 'ja'].flatMap((lang) =>
  readdirSync(new URL(`${lang}/`, guides)).flatMap((file) =>
    [...readFileSync(new URL(`${lang}/${file}`, guides), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((code) => code.includes('PASTE-THE-PRACTICE-SECRET'))
      .map((code) => ({ name: `${lang}-${file.replace(/\.mdx$/, '')}`, slug: file.replace(/\.mdx$/, ''), code })),
  ),
);

describe('code in the guides that reproduces a practice code', () => {
  it('exists for each simulator with a "how this works" disclosure, in both languages', () => {
    expect(snippets.map((s) => s.name).sort()).toEqual(
      ['challenge-response-android', 'challenge-response-dsc-plus', 'challenge-response-ios', 'smart-otp-windows'].flatMap((slug) => [`en-${slug}`, `ja-${slug}`]).sort(),
    );
  });

  for (const { name, slug, code } of snippets) {
    it(`${name} gives the simulator's code`, async () => {
      const filled = code.replace('PASTE-THE-PRACTICE-SECRET', SECRET);
      if (slug === 'smart-otp-windows') {
        expect(run(name, filled.replace('digits: 6 }', `digits: 6, epoch: ${EPOCH} }`))).toBe(await appCode(SECRET, EPOCH * 1000));
      } else {
        const device = slug.endsWith('android') ? 'android' : slug.endsWith('ios') ? 'ios' : 'token';
        expect(filled).toContain(`'${OCRA_SUITES[device]}'`);
        expect(run(name, filled.replace("'123456'", `'${CHALLENGE}'`))).toBe(await deviceResponse(device, SECRET, CHALLENGE, device === 'android' ? '1234' : undefined));
      }
    });
  }
});
