/**
 * The login troubleshooting guide as a diagnosis, in both languages: one question at a time,
 * answers leading to the next question or to a troubleshooting entry, and every "try it" link
 * opening a simulator at a state it has. Without JavaScript it reads as a plain article.
 */
import { expect, test } from './fixtures';
import { langs, uiText } from './models/simulator';
import { guideUrl } from './models/pages';

const SLUG = 'login-troubleshooting';

for (const lang of langs) {
  test.describe(`${lang}: login troubleshooting`, () => {
    test('one question at a time; an answer leads to the next question, then to the entry with its fix', async ({ page }) => {
      await page.goto(guideUrl(lang, SLUG));
      const questions = page.locator('[data-question]');
      await expect(questions.first()).toBeVisible();
      await expect(questions.nth(1)).toBeHidden();
      await questions.first().locator('a[href="#diagnose-browser"]').click();
      const browser = page.locator('#diagnose-browser');
      await expect(browser).toBeVisible();
      await expect(questions.first()).toBeHidden();
      await expect(browser.locator('h3')).toBeFocused();
      await expect(page).toHaveURL(/#diagnose-browser$/);

      await browser.locator('a[href="#problem-temporary-passcode-case"]').click();
      const entry = page.locator('#problem-temporary-passcode-case');
      await expect(entry).toHaveAttribute('data-diagnosed', '');
      await expect(entry).toBeInViewport();

      await page.getByRole('button', { name: uiText(lang, 'guide.diagnosisRestart') }).click();
      await expect(questions.first()).toBeVisible();
    });

    test('every "try it" link opens its simulator at a state it knows', async ({ page }) => {
      test.setTimeout(3 * 60_000);
      await page.goto(guideUrl(lang, SLUG));
      const links = await page.locator('a[href*="?try="]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))]);
      expect(links.length).toBeGreaterThan(5);
      for (const href of links) {
        await page.goto(href);
        const sim = page.locator('[data-simulator-host] .sim');
        await expect(sim, href).toBeVisible();
        await expect(sim.locator('.sim__status'), href).toHaveCount(0); // no "step not found"
        await expect(page, href).toHaveURL(new RegExp(`\\?try=${new URL(href, 'http://x').searchParams.get('try')}$`));
      }
    });
  });
}

test('without JavaScript the diagnosis is a plain list of questions and links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(guideUrl('en', SLUG));
  const questions = page.locator('[data-question]');
  expect(await questions.count()).toBeGreaterThan(3);
  for (const question of await questions.all()) await expect(question).toBeVisible();
  await expect(page.locator('[data-diagnosis-restart]')).toBeHidden();
  await context.close();
});
