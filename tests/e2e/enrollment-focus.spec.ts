/** Focus in the practice phone's system prompt: no ring crosses the prompt's text. */
import { expect, test } from './fixtures';

test('a heading that takes focus shows no ring over its text; a prompt button keeps its ring inside', async ({ page }) => {
  await page.goto('/en/simulator/enrollment/?try=enrollment:android-camera-permission');
  const prompt = page.locator('.perm');
  await expect(prompt).toBeVisible();
  const heading = prompt.locator('h3');
  await heading.focus();
  await page.keyboard.press('Shift'); // keyboard use: the browser now shows focus rings
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await page.keyboard.press('Tab');
  const button = prompt.locator('button:focus-visible');
  await expect(button).toHaveCount(1);
  expect(await button.evaluate((el) => parseFloat(getComputedStyle(el).outlineOffset))).toBeLessThan(0);
});
