/**
 * Every way a challenge login goes wrong, reproduced and recovered from, in both languages.
 * Time moves only through Playwright's clock.
 */
import { expect, test } from './fixtures';
import { ChallengeSimulator, langs } from './models/challenge-login-simulator';

for (const lang of langs) {
  test.describe(`${lang}: challenge login errors`, () => {
    test('a mistyped response is refused with the tries left; full-width digits and spaces are accepted', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'ios');
      const response = await sim.generateOnPhone(await sim.continueOnPortal());
      const typo = response.slice(0, -1) + (response.endsWith('0') ? '1' : '0');
      await sim.answer(typo);
      await expect(sim.responseProblem()).toHaveText(sim.t('sim.challenge-login.response.wrong', { left: 2 }));
      await expect(sim.responseField()).toHaveAttribute('aria-invalid', 'true');
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.response.wrong', { left: 2 }));
      for (const [input, key] of [
        ['1234', 'sim.challenge-login.response.tooShort'],
        ['12345678x', 'sim.challenge-login.response.notDigits'],
        ['', 'sim.challenge-login.response.empty'],
      ] as const) {
        await sim.answer(input);
        await expect(sim.responseProblem(), input).toHaveText(sim.t(key));
      }
      // As a Japanese IME types it: full-width digits with an ideographic space in the middle.
      const wide = [...response].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
      await sim.answer(`${wide.slice(0, 4)}\u3000${wide.slice(4)}`);
      await sim.expectPortal('done');
      await expect(sim.portal.locator('.practice-tip')).toContainText(sim.t('sim.challenge-login.portal.spacesRemoved'));
    });

    test('Android: a wrong PIN gives a response, and the portal refuses it', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'android');
      const challenge = await sim.continueOnPortal();
      const wrong = await sim.generateOnPhone(challenge, '1111');
      await sim.answer(wrong);
      await expect(sim.responseProblem()).toHaveText(sim.t('sim.challenge-login.response.wrong', { left: 2 }));
      await sim.phoneButton('sim.challenge-login.app.done').click();
      const right = await sim.generateOnPhone(challenge, '2468');
      await sim.answer(right);
      await sim.expectPortal('done');
    });

    test('the challenge expires; an older challenge’s response is recognised; a new one works', async ({ page }) => {
      await page.clock.install();
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'token');
      const first = await sim.continueOnPortal();
      const old = await sim.generateOnToken(first);
      const left = await sim.timerSeconds();
      await page.clock.fastForward('00:10');
      await expect.poll(() => sim.timerSeconds()).toBeLessThan(left); // the countdown runs down, never up
      await page.clock.fastForward('03:00');
      await expect(sim.portal.getByText(sim.t('sim.challenge-login.portal.expired'), { exact: true })).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.live.expired'));
      await sim.answer(old);
      await expect(sim.responseProblem()).toHaveText(sim.t('sim.challenge-login.response.expired'));

      await sim.portalButton('sim.challenge-login.portal.newChallenge').click();
      const second = await sim.challengeCode();
      expect(second).not.toBe(first);
      await sim.answer(old);
      await expect(sim.responseProblem()).toHaveText(sim.t('sim.challenge-login.response.oldChallenge', { left: 2 }));
      await sim.token.getByRole('button', { name: 'press', exact: true }).click(); // off
      await sim.answer(await sim.generateOnToken(second));
      await sim.expectPortal('done');
    });

    test('three wrong responses lock the login (practice); after the lock a new login works', async ({ page }) => {
      await page.clock.install();
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('portal-login', 'ios');
      await sim.continueOnPortal();
      for (let i = 0; i < 3; i++) await sim.answer('00000000');
      await sim.expectPortal('locked');
      await expect(sim.portal.getByText(sim.t('sim.challenge-login.portal.locked'), { exact: true })).toBeVisible();
      await expect(sim.portalButton('sim.challenge-login.portal.continue')).toHaveCount(0);
      await page.clock.fastForward('02:01');
      await sim.expectPortal('login');
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.live.unlocked'));
      await sim.answer(await sim.generateOnPhone(await sim.continueOnPortal()));
      await sim.expectPortal('done');
    });

    test('the DSC+ token: a wrong PIN is said so; three lock it; the practice unlock', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('token-off');
      const display = sim.token.locator('.token__display');
      await sim.token.getByRole('button', { name: 'press', exact: true }).click();
      for (let attempt = 1; attempt <= 3; attempt++) {
        for (const digit of '0000') await sim.tokenKey(digit).click();
        await sim.tokenKey('OK').click();
        if (attempt < 3) {
          await expect(display).toHaveText('PIN ERR');
          await expect(sim.root.locator('.token-panel__note')).toContainText(sim.t('sim.challenge-login.token.pinWrong'));
          await sim.tokenKey('1').click();
          await expect(display).toHaveText('PIN>');
        }
      }
      await expect(display).toHaveText('LOCKED');
      await expect(sim.live).toContainText(sim.t('sim.challenge-login.token.locked'));
      await sim.root.getByRole('button', { name: sim.t('sim.challenge-login.token.unlock'), exact: true }).click();
      await sim.expectDevice('off');
      const challenge = await sim.challengeCode();
      await sim.answer(await sim.generateOnToken(challenge));
      await sim.expectPortal('done');
    });

    test('the phone says so when a challenge code is mistyped', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open('ios-challenge');
      const field = sim.phone.getByLabel(sim.t('sim.challenge-login.app.challengeLabel'), { exact: true });
      for (const [input, key] of [
        ['4839', 'sim.challenge-login.challenge.tooShort'],
        ['48392a', 'sim.challenge-login.challenge.notDigits'],
        ['', 'sim.challenge-login.challenge.empty'],
      ] as const) {
        await field.fill(input);
        await sim.phoneButton('sim.challenge-login.app.generate').click();
        await expect(sim.phone.locator('.field__problem'), input).toHaveText(sim.t(key));
      }
    });
  });
}
