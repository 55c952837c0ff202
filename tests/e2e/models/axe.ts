import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { expect, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';
export const themes: Theme[] = ['light', 'dark'];

/** WCAG 2.0 and 2.1, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One axe-core violation, with where it was found (page or state, theme, language). */
export interface Found {
  rule: string;
  impact: string;
  help: string;
  where: string;
  targets: string[];
}

/**
 * axe-core on `page` (or only on `include`): its violations, each labelled with `where`.
 *
 * Legacy mode runs axe in the page itself; the default mode opens a blank page per run to merge
 * the results of frames, which the site (no iframes) does not need and which doubles the time.
 * In legacy mode @axe-core/playwright evaluates axe-core's source (over 500 kB) twice per run;
 * here it is evaluated once per loaded page, and the builder is given an empty source.
 */
export async function axeViolations(page: Page, where: string, { tags, include }: { tags: string[]; include?: string }): Promise<Found[]> {
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axeCore.source);
  let builder = new AxeBuilder({ page, axeSource: ';' }).withTags(tags).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (include !== undefined) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, where, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Violations grouped by rule, each with every place it was found: the message of a failed check. */
export function report(found: Found[]): string {
  const lines: string[] = [];
  for (const [rule, list] of Map.groupBy(found, (f) => f.rule)) {
    lines.push(`${rule} (${list[0]!.impact}): ${list[0]!.help}`);
    for (const f of list) lines.push(`  ${f.where}: ${f.targets.join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * Switches the loaded page to the dark theme as a reader with a dark system setting sees it:
 * `prefers-color-scheme: dark`, then the page's own theme toggle (which sets `data-theme` and
 * switches the figures to their dark rendering, as the page's head script and the toggle do
 * for a page loaded in a dark system). The toggle remembers the choice in localStorage, which
 * is removed again, so the next page loads by the system setting.
 */
export async function switchToDark(page: Page, where: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('[data-theme-toggle]').dispatchEvent('click');
  await expect(page.locator('html'), `${where}: dark theme`).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => localStorage.removeItem('theme'));
}
