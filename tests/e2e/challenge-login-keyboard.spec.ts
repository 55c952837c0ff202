/**
 * Each challenge path by keyboard alone, in both languages: Tab to a control, Enter to press
 * it, typing into fields and on the token. Nothing is clicked.
 */
import { expect, test } from './fixtures';
import { ChallengeSimulator, langs } from './models/challenge-login-simulator';

for (const lang of langs) {
  test.describe(`${lang}: challenge login by keyboard only`, () => {
    test('iPhone: Continue, Services › Authenticate, challenge, Generate Passcode, Face ID, response, Continue', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'ios');
      const press = async (locator: import('@playwright/test').Locator) => {
        await sim.tabTo(locator);
        await page.keyboard.press('Enter');
      };
      await press(sim.portalButton('sim.challenge-login.portal.continue'));
      const challenge = await sim.challengeCode();
      await press(sim.phoneButton('sim.common.app.services'));
      await press(sim.phoneButton('sim.common.app.menu.authenticate'));
      await sim.tabTo(sim.phone.getByLabel(sim.t('sim.challenge-login.app.challengeLabel'), { exact: true }));
      await page.keyboard.type(challenge);
      await page.keyboard.press('Enter'); // submits the form: Generate Passcode
      await sim.expectDevice('unlock');
      await press(sim.phoneButton('sim.challenge-login.unlock.face'));
      await sim.expectDevice('response');
      const response = (await sim.phone.locator('.response-code__value').textContent())!;
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.live.response', { response }));
      await sim.tabTo(sim.responseField(), 'backward');
      await page.keyboard.type(response);
      await page.keyboard.press('Enter');
      await sim.expectPortal('done');
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.live.verified'));
    });

    test('Android: the PIN and the challenge, Generate Passcode, response, Continue', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'android');
      await sim.tabTo(sim.portalButton('sim.challenge-login.portal.continue'));
      await page.keyboard.press('Enter');
      const challenge = await sim.challengeCode();
      for (const key of ['sim.common.app.services', 'sim.common.app.menu.authenticate'] as const) {
        await sim.tabTo(sim.phoneButton(key));
        await page.keyboard.press('Enter');
      }
      await sim.tabTo(sim.phone.getByLabel(sim.t('sim.challenge-login.app.pinLabel'), { exact: true }));
      await page.keyboard.type('2468');
      await page.keyboard.press('Tab');
      await page.keyboard.type(challenge);
      await page.keyboard.press('Enter');
      await sim.expectDevice('response');
      const response = (await sim.phone.locator('.response-code__value').textContent())!;
      await sim.tabTo(sim.responseField(), 'backward');
      await page.keyboard.type(response);
      await page.keyboard.press('Enter');
      await sim.expectPortal('done');
    });

    test('DSC+: press, PIN typed on the token, OK, challenge, OK, the 8-digit response, Continue', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'token');
      await sim.tabTo(sim.portalButton('sim.challenge-login.portal.continue'), 'forward');
      await page.keyboard.press('Enter');
      const challenge = await sim.challengeCode();
      await sim.tabTo(sim.token.getByRole('button', { name: 'press', exact: true }), 'backward');
      await page.keyboard.press('Enter');
      await sim.expectDevice('pin');
      await expect(sim.token.locator('.token__display')).toHaveText('PIN>');
      await page.keyboard.type('1357'); // focus is on the token: digits press its keys
      await expect(sim.token.locator('.token__display')).toHaveText('PIN>****');
      await sim.tabTo(sim.tokenKey('OK'));
      await page.keyboard.press('Enter');
      await expect(sim.token.locator('.token__display')).toHaveText('CHALLNG>');
      await page.keyboard.type(challenge);
      await page.keyboard.press('Enter'); // focus is still on OK
      await sim.expectDevice('response');
      const response = (await sim.token.locator('.token__display').textContent())!;
      expect(response).toMatch(/^[0-9]{8}$/);
      await sim.tabTo(sim.responseField());
      await page.keyboard.type(response);
      await page.keyboard.press('Enter');
      await sim.expectPortal('done');
    });
  });
}
