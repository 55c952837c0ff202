/**
 * Temporary access with the online security code card, in both languages: the temporary
 * passcode's rules, printing the card alone, activation by keyboard with every refusal, a later
 * login with the same card, and expiry on the practice calendar.
 */
import { PRACTICE_TEMP_PASSCODE } from '../../src/flows/services/security-cards';
import { expect, test } from './fixtures';
import { langs, SecurityCardSimulator } from './models/security-card-simulator';

for (const lang of langs) {
  test.describe(`${lang}: online security code card`, () => {
    test('the temporary passcode: lower case and spaces are refused with their reason, full-width is fine', async ({ page }) => {
      const sim = new SecurityCardSimulator(page, lang);
      await sim.open();
      await sim.logInWithPasscode(PRACTICE_TEMP_PASSCODE.toLowerCase());
      await expect(sim.problem()).toHaveText(sim.t('sim.security-card.passcode.lowerCase'));
      await expect(sim.live).toContainText(sim.t('sim.security-card.passcode.lowerCase'));
      await sim.logInWithPasscode(`${PRACTICE_TEMP_PASSCODE.slice(0, 4)} ${PRACTICE_TEMP_PASSCODE.slice(4)}`);
      await expect(sim.problem()).toHaveText(sim.t('sim.security-card.passcode.space'));
      const wide = [...PRACTICE_TEMP_PASSCODE].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      await sim.logInWithPasscode(wide);
      await sim.expectScreen('card');
    });

    test('Print prints the card alone: print media shows the card and hides the site and the simulator', async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      const sim = new SecurityCardSimulator(page, lang);
      await sim.openGuide('online-security-code-card', 'card');
      await sim.expectScreen('card');
      await sim.button('sim.security-card.card.print').click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await expect(page.locator('html')).toHaveAttribute('data-print', 'card');
      await page.emulateMedia({ media: 'print' });
      const printed = page.locator('.print-card .security-card');
      await expect(printed).toBeVisible();
      await expect(printed.locator('td')).toHaveCount(40);
      for (const chrome of ['header', 'footer', 'main', '.sim__header']) await expect(page.locator(chrome).first()).toBeHidden();
      const box = (await printed.boundingBox())!;
      expect(box.height).toBeLessThan(1000); // one A4 page is about 1050 CSS px tall at 96 dpi
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(page.locator('html')).not.toHaveAttribute('data-print', 'card');
      await expect(page.locator('.print-card')).toHaveCount(0);
    });

    test('activation by keyboard, with every refusal on the way, then a later login with the same card', async ({ page }) => {
      const sim = new SecurityCardSimulator(page, lang);
      await sim.open('card');
      const card = await sim.card();
      expect(card.size).toBe(40);
      await sim.tabTo(sim.button('sim.security-card.continue'));
      await page.keyboard.press('Enter');
      await sim.expectScreen('values');
      const [a, b] = await sim.askedIndices();
      const [va, vb] = [card.get(a)!, card.get(b)!];
      const other = card.get(a === 40 ? 1 : a + 1)!;
      await sim.tabTo(sim.valuesField());
      for (const [typed, key, vars] of [
        [`${va} ${vb}`, 'sim.security-card.values.space', {}],
        [va, 'sim.security-card.values.oneValue', { first: a, second: b }],
        [vb + va, 'sim.security-card.values.wrongOrder', { first: a, second: b }],
      ] as const) {
        await sim.valuesField().fill('');
        await page.keyboard.type(typed);
        await page.keyboard.press('Enter');
        await expect(sim.problem(), typed).toHaveText(sim.t(key, vars));
      }
      if (other !== va) {
        await sim.valuesField().fill('');
        await page.keyboard.type(other + vb);
        await page.keyboard.press('Enter');
        await expect(sim.problem()).toHaveText(sim.t('sim.security-card.values.wrongFirst', { first: a, second: b }));
      }
      await sim.valuesField().fill('');
      await page.keyboard.type([...(va + vb)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join(''));
      await page.keyboard.press('Enter');
      await sim.expectScreen('confirmation');
      await expect(sim.live).toContainText(sim.t('sim.security-card.live.activated'));
      await sim.tabTo(sim.portal.getByRole('button', { name: 'OK', exact: true }));
      await page.keyboard.press('Enter');
      await sim.expectScreen('home');

      // A later login asks two (random) index numbers of the same card.
      await sim.portal.getByRole('button', { name: sim.t('sim.common.portal.logOut') }).click();
      await expect(sim.passcodeField()).toHaveCount(0);
      await sim.button('sim.security-card.login.logIn').click();
      const [c, d] = await sim.askedIndices();
      await sim.typeValues(card.get(c)! + card.get(d)!);
      await sim.expectScreen('home');
    });

    test('the practice calendar: the card still works on day 20, and has expired on day 21', async ({ page }) => {
      const sim = new SecurityCardSimulator(page, lang);
      await sim.open('confirmation');
      await sim.portal.getByRole('button', { name: 'OK', exact: true }).click();
      await sim.expectScreen('home');
      for (let i = 0; i < 2; i++) await sim.headerButton('sim.security-card.action.oneWeek').click();
      for (let i = 0; i < 6; i++) await sim.headerButton('sim.security-card.action.oneDay').click();
      await sim.expectScreen('home'); // day 20
      await sim.headerButton('sim.security-card.action.oneDay').click();
      await sim.expectScreen('expired'); // day 21
      await expect(sim.portal.getByText(sim.t('sim.security-card.expired'))).toBeVisible();
      await sim.button('sim.security-card.startAgain').click();
      await expect(sim.passcodeField()).toBeVisible(); // a new temporary passcode, a new card
    });

    test('the troubleshooting guide’s link to a lower-case passcode shows the refusal; upper case is accepted', async ({ page }) => {
      const card = new SecurityCardSimulator(page, lang);
      const sim = card.root;
      await card.openGuide('online-security-code-card', 'login-lowercase');
      await expect(sim.locator('.field__problem')).toHaveText(card.t('sim.security-card.passcode.lowerCase'));
      const field = sim.getByLabel(card.t('sim.security-card.login.passcodeLabel'), { exact: true });
      await field.fill((await field.inputValue()).toUpperCase());
      await sim.getByRole('button', { name: card.t('sim.security-card.login.logIn'), exact: true }).click();
      await expect(sim).toHaveAttribute('data-portal', 'card');
    });

    test('three wrong values stop the activation (practice); logging in again starts over', async ({ page }) => {
      const sim = new SecurityCardSimulator(page, lang);
      await sim.open('activation-locked');
      await sim.expectScreen('locked');
      await sim.button('sim.security-card.startAgain').click();
      await sim.logInWithPasscode(PRACTICE_TEMP_PASSCODE);
      await sim.expectScreen('card');
    });
  });
}
