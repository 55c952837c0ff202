/**
 * Accessibility of every simulator state a guide's "Try this step" opens: each `data-try`
 * value of the built guide pages is opened on the practice page
 * (`/<lang>/simulator/<flow>/?try=<flow>:<state>`) and axe-core (WCAG 2.0/2.1 A and AA) runs on
 * the simulator, in the light and in the dark theme.
 *
 * The theme comes from the browser: the page's head script applies the remembered choice of
 * the theme toggle (localStorage, empty here) or else `prefers-color-scheme`, so each theme
 * has its own browser context with `colorScheme` set. Each state is opened once per theme, and
 * the language alternates with the state's index (even: light in Japanese and dark in
 * English; odd: the other way round), so both languages meet both themes. Each worker keeps
 * one page per theme for all its tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { registry, isFlowId } from '../../src/components/simulators/kit/registry';
import type { FlowStateBase } from '../../src/flows/kit/flow';
import { replay, seededIO } from '../../src/flows/kit/replay';

type Theme = 'light' | 'dark';
type Lang = 'ja' | 'en';
const outDir = process.env['OUT_DIR'] ?? 'dist';

/** Every `<flow>:<state>` a guide's try control opens, from the built guides of both languages. */
const tryStates = [
  ...new Set(
    (['ja', 'en'] as const).flatMap((lang) => {
      const dir = join(outDir, lang, 'guides');
      return readdirSync(dir).flatMap((slug) => [...readFileSync(join(dir, slug, 'index.html'), 'utf8').matchAll(/\sdata-try="([^"]+)"/g)].map((m) => m[1]!));
    }),
  ),
].sort();

const langFor = (index: number, theme: Theme): Lang => ((index % 2 === 0) === (theme === 'light') ? 'ja' : 'en');

/** One page per theme for each worker: navigations only, no new browser context per state. */
const test = base.extend<object, { themed: Record<Theme, Page> }>({
  themed: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const contexts = await Promise.all((['light', 'dark'] as const).map((colorScheme) => browser.newContext({ colorScheme, ...(baseURL ? { baseURL } : {}) })));
      const [light, dark] = await Promise.all(contexts.map((context) => context.newPage()));
      await use({ light: light!, dark: dark! });
      await Promise.all(contexts.map((context) => context.close()));
    },
    { scope: 'worker' },
  ],
});

interface Found {
  rule: string;
  impact: string;
  help: string;
  where: string;
  targets: string[];
}

/** The data-* attributes the simulator shows at `state` (as the simulator-states spec checks them). */
async function expectedAttributes(flow: string, state: string): Promise<Record<string, string>> {
  if (!isFlowId(flow)) throw new Error(`unknown flow ${flow}`);
  const { default: module } = await registry[flow]();
  const named = module.flow.states[state];
  if (named === undefined) throw new Error(`${flow} has no state ${state}`);
  const platform = named.platform ?? module.flow.platforms[0]!;
  const account = module.flow.scenarioAccount(named, platform);
  const reached = await replay<FlowStateBase>(module.flow, named, { platform, startTime: Date.now(), account, io: seededIO() });
  return module.flow.describe(reached) as Record<string, string>;
}

function report(found: Found[]): string {
  const lines: string[] = [];
  for (const [rule, list] of Map.groupBy(found, (f) => f.rule)) {
    lines.push(`${rule} (${list[0]!.impact}): ${list[0]!.help}`);
    for (const f of list) lines.push(`  ${f.where}: ${f.targets.join(', ')}`);
  }
  return lines.join('\n');
}

test('guides open simulator states to check', () => {
  expect(tryStates.length).toBeGreaterThan(0);
});

// Chunks of states per theme, so the two workers share the work evenly.
const CHUNK = 12;
for (const theme of ['light', 'dark'] as const) {
  for (let start = 0; start < tryStates.length; start += CHUNK) {
    const chunk = tryStates.slice(start, start + CHUNK);
    test(`axe (${theme}): states ${start + 1}–${start + chunk.length} of ${tryStates.length}`, async ({ themed }) => {
      test.setTimeout(180_000);
      const page = themed[theme];
      const found: Found[] = [];
      for (const [offset, ref] of chunk.entries()) {
        const lang = langFor(start + offset, theme);
        const [flow = '', state = ''] = ref.split(':');
        const where = `${ref} (${theme}, ${lang})`;
        // Each state as a reader coming from a guide sees it: no practice account from the states before.
        if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
        await page.goto(`/${lang}/simulator/${flow}/?try=${ref}`, { waitUntil: 'domcontentloaded' });
        const root = page.locator(`.sim[data-flow="${flow}"]`);
        await expect(root, where).toBeVisible();
        await expect(page.locator('html'), `${where}: theme`).toHaveAttribute('data-theme', theme);
        for (const [name, value] of Object.entries(await expectedAttributes(flow, state))) await expect(root, `${where}: data-${name}`).toHaveAttribute(`data-${name}`, value);
        await expect(root.locator('.sim__status'), `${where}: opens without a notice`).toHaveCount(0);
        // Legacy mode runs axe in the page itself; the default mode opens a blank page per run to
        // merge frame results, which the simulators (no iframes) do not need and which doubles the time.
        const { violations } = await new AxeBuilder({ page })
          .include(`.sim[data-flow="${flow}"]`)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .options({ resultTypes: ['violations'] })
          .setLegacyMode(true)
          .analyze();
        for (const v of violations)
          found.push({ rule: v.id, impact: v.impact ?? '', help: v.help, where, targets: v.nodes.map((n) => n.target.join(' ')) });
      }
      expect(found, `axe violations by rule:\n${report(found)}`).toEqual([]);
    });
  }
}
