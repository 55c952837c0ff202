/**
 * Every named state of every flow, on the practice page (`/<lang>/simulator/<flow>/?try=<flow>:<state>`):
 *
 * - it opens where its events lead (the simulator's data-* attributes are those the flow
 *   describes for the replayed state), without a notice: the state a figure shows is the
 *   state "Try this step" opens;
 * - each state a guide's try control opens (every `data-try` of the built guides, both
 *   languages) passes axe-core (WCAG 2.0/2.1 A and AA) on the simulator, in the light and in
 *   the dark theme.
 *
 * A try state is opened twice, once per theme, and the language alternates with the state's
 * index (even: light in Japanese and dark in English; odd: the other way round), so every try
 * state is seen in both languages and both languages meet both themes. The theme comes from
 * the browser, as for a reader: the page's head script applies `prefers-color-scheme` (set
 * before each load) since nothing is remembered in localStorage. A named state no guide opens
 * is opened once, in the language of its index. Each state opens on a fresh practice account,
 * as for a reader coming from a guide: sessionStorage is cleared before every load.
 *
 * The states are shared out in chunks, each on the worker's one page (no browser context per
 * state); every axe violation of a chunk is reported at once, with its state, theme and language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { flowIds, isFlowId, registry } from '../../src/components/simulators/kit/registry';
import type { FlowStateBase } from '../../src/flows/kit/flow';
import { replay, seededIO } from '../../src/flows/kit/replay';
import { expect, test } from './fixtures';
import { axeViolations, report, wcagTags, type Found, type Theme } from './models/axe';
import { langs, uiText, type Lang } from './models/simulator';

const outDir = process.env['OUT_DIR'] ?? 'dist';

/** Every `<flow>:<state>` a guide's try control opens, from the built guides of both languages. */
const tryStates = new Set(
  langs.flatMap((lang) => {
    const dir = join(outDir, lang, 'guides');
    return readdirSync(dir).flatMap((slug) => [...readFileSync(join(dir, slug, 'index.html'), 'utf8').matchAll(/\sdata-try="([^"]+)"/g)].map((m) => m[1]!));
  }),
);

/** Every named state of every flow, as `<flow>:<state>`. */
const namedStates = (await Promise.all(flowIds.map(async (flow) => Object.keys((await registry[flow]()).default.flow.states).map((state) => `${flow}:${state}`)))).flat();

/** Named states and try states together (a try state that is not a named state fails below). */
const refs = [...new Set([...namedStates, ...tryStates])].sort();

/** What to open a state as: a try state once per theme, in alternating languages; any other state once. */
function visitsOf(ref: string, index: number): { theme: Theme; lang: Lang; axe: boolean }[] {
  const even = index % 2 === 0;
  if (!tryStates.has(ref)) return [{ theme: 'light', lang: even ? 'ja' : 'en', axe: false }];
  return [
    { theme: 'light', lang: even ? 'ja' : 'en', axe: true },
    { theme: 'dark', lang: even ? 'en' : 'ja', axe: true },
  ];
}

/** The data-* attributes the simulator shows at `state` of `flow`. */
async function expectedAttributes(flow: string, state: string): Promise<Record<string, string>> {
  if (!isFlowId(flow)) throw new Error(`unknown flow ${flow}`);
  const { default: module } = await registry[flow]();
  const named = module.flow.states[state];
  if (named === undefined) throw new Error(`${flow} has no state ${state}: a guide's try control opens ${flow}:${state}`);
  const platform = named.platform ?? module.flow.platforms[0]!;
  const account = module.flow.scenarioAccount(named, platform);
  const reached = await replay<FlowStateBase>(module.flow, named, { platform, startTime: Date.now(), account, io: seededIO() });
  return Object.fromEntries(Object.entries(module.flow.describe(reached)).map(([name, value]) => [`data-${name}`, String(value)]));
}

/** What the page shows of the simulator of `flow`: the theme, its data-* attributes, and how many notices. */
const shown = (page: Page, flow: string) =>
  page.evaluate((flow) => {
    const root = document.querySelector(`.sim[data-flow="${flow}"]`);
    return {
      theme: document.documentElement.dataset['theme'],
      notices: root?.querySelectorAll('.sim__status').length ?? 0,
      attributes: Object.fromEntries([...(root?.attributes ?? [])].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
    };
  }, flow);

/** Loads the practice page at `ref` in `theme` and `lang` on a fresh practice account. */
async function open(page: Page, ref: string, theme: Theme, lang: Lang, where: string): Promise<void> {
  const flow = ref.split(':')[0]!;
  if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`/${lang}/simulator/${flow}/?try=${ref}`, { waitUntil: 'domcontentloaded' });
  // The first state of a group loads the simulator cold (React, kit, flow): on two busy cores that
  // can take longer than the default 5 s, as seen once in CI; patience here, not a timing check.
  await expect(page.locator(`.sim[data-flow="${flow}"]`), where).toBeVisible({ timeout: 20_000 });
}

test('guides open simulator states, and each is a named state of its flow', () => {
  expect(tryStates.size).toBeGreaterThan(0);
  expect([...tryStates].filter((ref) => !namedStates.includes(ref))).toEqual([]);
});

// Chunks of states, so the two workers share the work evenly.
const CHUNK = 8;
for (let start = 0; start < refs.length; start += CHUNK) {
  const chunk = refs.slice(start, start + CHUNK);
  test(`states ${start + 1}–${start + chunk.length} of ${refs.length}: open where their events lead; axe in light and dark`, async ({ sharedPage: page }) => {
    test.setTimeout(chunk.length * 60_000);
    const found: Found[] = [];
    for (const [offset, ref] of chunk.entries()) {
      const [flow = '', state = ''] = ref.split(':');
      const attributes = await expectedAttributes(flow, state);
      for (const { theme, lang, axe } of visitsOf(ref, start + offset)) {
        const where = `${ref} (${theme}, ${lang})`;
        await open(page, ref, theme, lang, where);
        await expect.poll(() => shown(page, flow), `${where}: theme, data-* attributes, and no notice`).toMatchObject({ theme, notices: 0, attributes });
        if (axe) found.push(...(await axeViolations(page, where, { tags: wcagTags, include: `.sim[data-flow="${flow}"]` })));
      }
    }
    expect(found, `axe violations by rule:\n${report(found)}`).toEqual([]);
  });
}

test('an unknown state name starts the simulator fresh and says so', async ({ sharedPage: page }) => {
  for (const [i, flow] of flowIds.entries()) {
    const lang = langs[i % langs.length]!;
    await page.goto(`/${lang}/simulator/${flow}/?try=${flow}:no-such-step`);
    await expect(page.locator(`.sim[data-flow="${flow}"]`).getByText(uiText(lang, 'sim.common.stateNotFound'), { exact: true }), `${flow} (${lang})`).toBeVisible();
  }
});
