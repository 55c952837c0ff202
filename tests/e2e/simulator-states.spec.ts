/**
 * Every named state of every flow opens where its events lead, on the practice page: the
 * state a figure shows is the state "Try this step" opens. Languages alternate by flow
 * (both are covered elsewhere), to keep the number of page loads down.
 */
import { registry, flowIds } from '../../src/components/simulators/kit/registry';
import type { FlowStateBase } from '../../src/flows/kit/flow';
import { replay, seededIO } from '../../src/flows/kit/replay';
import { expect, test } from './fixtures';
import { langs, Simulator } from './models/simulator';

for (const [i, flow] of flowIds.entries()) {
  const lang = langs[i % langs.length]!;
  test(`${flow} (${lang}): every named state opens where its events lead`, async ({ page }) => {
    test.setTimeout(5 * 60_000);
    const { default: module } = await registry[flow]();
    const sim = new Simulator(page, lang, flow);
    for (const [name, named] of Object.entries(module.flow.states)) {
      // A fresh practice account for each state, as a new reader has: a state that fits the
      // reader's account replays on it, and what earlier states registered would change it.
      if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
      await sim.open(name);
      const platform = named.platform ?? module.flow.platforms[0]!;
      const account = module.flow.scenarioAccount(named, platform);
      const expected = await replay<FlowStateBase>(module.flow, named, { platform, startTime: Date.now(), account, io: seededIO() });
      for (const [attribute, value] of Object.entries(module.flow.describe(expected))) {
        await expect(sim.root, `${name}: data-${attribute}`).toHaveAttribute(`data-${attribute}`, value);
      }
      await expect(sim.root.locator('.sim__status'), name).toHaveCount(0);
    }
    // An unknown name starts fresh and says so.
    await sim.open('no-such-step');
    await expect(sim.root.getByText(sim.t('sim.common.stateNotFound'), { exact: true })).toBeVisible();
  });
}
