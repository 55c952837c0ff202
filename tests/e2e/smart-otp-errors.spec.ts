/**
 * Every way the PC one-time-password practice goes wrong, reproduced and recovered from, in
 * both languages: setup numbers mistyped, superseded or used twice, the app closed before
 * registering, a code that expired at the 60-second boundary, a code used twice, codes
 * pasted with spaces or in full width, junk. Time moves only through Playwright's clock.
 */
import { expect, test } from './fixtures';
import { fullWidth, langs, SmartOtpSimulator } from './models/smart-otp-simulator';

/** A minute boundary: codes change at hh:mm:00 (TOTP, 60-second steps from the Unix epoch). */
const MINUTE = new Date('2026-12-03T09:00:00Z').getTime();
const at = (seconds: number) => new Date(MINUTE + seconds * 1000);

for (const lang of langs) {
  test.describe(`${lang}: Smart OTP errors`, () => {
    test('a mistyped setup number is not found; pasting the right one registers', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      const number = await sim.issueSetupNumber();
      const typo = number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10);
      await sim.numberField().fill(typo);
      await sim.appButton('sim.smart-otp.app.register').click();
      await expect(sim.problem(sim.appWindow)).toHaveText(sim.t('sim.smart-otp.app.number.unknown'));
      await expect(sim.numberField()).toHaveAttribute('aria-invalid', 'true');
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.app.number.unknown'));
      await sim.numberField().fill(number);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');
    });

    test('a setup number replaced by a newer one is refused as stale; the newest one works', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      const first = await sim.issueSetupNumber();
      await sim.siteButton('sim.smart-otp.site.backToPc').click();
      const second = await sim.issueSetupNumber();
      expect(second).not.toBe(first);
      await sim.numberField().fill(first);
      await sim.appButton('sim.smart-otp.app.register').click();
      await expect(sim.problem(sim.appWindow)).toHaveText(sim.t('sim.smart-otp.app.number.stale'));
      await sim.numberField().fill(second);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');
    });

    test('registering the same setup number twice is refused; a new number registers again', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      const number = await sim.issueSetupNumber();
      await sim.numberField().fill(number);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');
      await sim.closeApp();
      await sim.openApp();
      await sim.addAccount('Home PC', number);
      await expect(sim.problem(sim.appWindow)).toHaveText(sim.t('sim.smart-otp.app.number.used'));
      await sim.siteButton('sim.smart-otp.site.backToPc').click();
      const fresh = await sim.issueSetupNumber();
      await sim.numberField().fill(fresh);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');
    });

    test('the app closed before the number was fetched: the name is gone, the hint says why, adding again works', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      await expect(sim.nameField()).toHaveValue('Home PC');
      await sim.closeApp();
      const number = await sim.issueSetupNumber();
      await sim.openApp();
      await sim.expectApp('menu');
      const hint = sim.desktop.locator('.practice-tip', { hasText: sim.t('sim.smart-otp.desktop.closedEarly') });
      await expect(hint).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.desktop.closedEarly'));
      await expect(sim.appWindow.getByText(sim.t('sim.smart-otp.app.noAccounts'), { exact: true })).toBeVisible();
      await sim.addAccount('Home PC', number);
      await sim.expectApp('added');
      await expect(hint).toHaveCount(0);
    });

    test('the app reads setup numbers like a real form: spaces and full-width digits are fine, the rest is explained', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      const number = await sim.issueSetupNumber();
      for (const [name, input, key] of [
        ['Home PC', `${number.slice(0, 4)}-${number.slice(4, 8)}-${number.slice(8, -1)}x`, 'sim.smart-otp.app.number.notDigits'],
        ['Home PC', number.slice(0, 8), 'sim.smart-otp.app.number.tooShort'],
        ['Home PC', `${number}0`, 'sim.smart-otp.app.number.tooLong'],
        ['Home PC', '', 'sim.smart-otp.app.number.empty'],
        ['   ', number, 'sim.smart-otp.app.name.empty'],
        ['x'.repeat(21), number, 'sim.smart-otp.app.name.tooLong'],
      ] as const) {
        await sim.nameField().fill(name);
        await sim.numberField().fill(input);
        await sim.appButton('sim.smart-otp.app.register').click();
        await expect(sim.problem(sim.appWindow), `${name} / ${input}`).toHaveText(sim.t(key));
      }
      await sim.nameField().fill('Home PC');
      await sim.numberField().fill(`${fullWidth(number.slice(0, 4))}\u3000${fullWidth(number.slice(4, 8))} ${number.slice(8)}`);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');
    });

    test('a code expires at the 60-second boundary: the app says so at once, the server one step later', async ({ page }) => {
      await page.clock.install({ time: at(-30) });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp();
      await sim.startWithdrawal();
      await page.clock.pauseAt(at(5));
      const code = await sim.showOtp();
      await expect(sim.appWindow.locator('.otp-app__left')).toHaveText(sim.t('sim.smart-otp.app.left', { seconds: 55 }));
      expect(await sim.timerSeconds()).toBe(55);

      await page.clock.fastForward('00:54'); // 09:00:59
      await expect(sim.appWindow.locator('.otp-app__otp-value')).toHaveText(code);
      await expect(sim.appWindow.locator('.otp-app__left')).toHaveText(sim.t('sim.smart-otp.app.left', { seconds: 1 }));
      await page.clock.fastForward('00:01'); // 09:01:00: the next step
      await expect(sim.appWindow.getByText(sim.t('sim.smart-otp.app.expired'), { exact: true })).toBeVisible();
      await expect(sim.appWindow.locator('.otp-app__otp-value')).toHaveCount(0);
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.otpExpired'));

      // One step late is clock drift the server forgives; two steps is expired.
      await page.clock.fastForward('01:00'); // 09:02:00
      await sim.submitOtp(code);
      await expect(sim.problem(sim.site)).toHaveText(sim.t('sim.smart-otp.otp.expired'));
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.otp.expired'));

      // Recover: Show OTP gives this minute's code, which works.
      await sim.appButton('sim.smart-otp.app.show').click();
      const fresh = await sim.shownOtp();
      await sim.submitOtp(fresh);
      await sim.expectSite('withdrawal-done');
    });

    test('a code pasted one step late is still accepted (one step of clock drift)', async ({ page }) => {
      await page.clock.install({ time: at(-30) });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp();
      await sim.startWithdrawal();
      await page.clock.pauseAt(at(50));
      const code = await sim.showOtp();
      await page.clock.fastForward('00:40'); // 09:01:30
      await sim.submitOtp(code);
      await sim.expectSite('withdrawal-done');
    });

    test('a code already used is refused; the next minute’s code works', async ({ page }) => {
      await page.clock.install({ time: at(-30) });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp();
      await page.clock.pauseAt(at(10));
      await sim.startWithdrawal();
      const code = await sim.showOtp();
      await sim.submitOtp(code);
      await sim.expectSite('withdrawal-done');

      await sim.startWithdrawal();
      await sim.submitOtp(code);
      await expect(sim.problem(sim.site)).toHaveText(sim.t('sim.smart-otp.otp.reused'));
      // Show OTP again within the same minute: the same code, still used.
      await sim.appButton('sim.smart-otp.app.show').click();
      expect(await sim.shownOtp()).toBe(code);
      await page.clock.fastForward('00:50'); // 09:01:00
      await sim.appButton('sim.smart-otp.app.show').click();
      const next = await sim.shownOtp();
      expect(next).not.toBe(code);
      await sim.submitOtp(next);
      await sim.expectSite('withdrawal-done');
    });

    test('codes pasted with spaces or in full-width digits are accepted; junk is explained', async ({ page }) => {
      await page.clock.install({ time: at(-30) });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp();
      await page.clock.pauseAt(at(5));
      await sim.startWithdrawal();
      const code = await sim.showOtp();
      const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
      for (const [input, key] of [
        [`${code.slice(0, 3)}a${code.slice(4)}`, 'sim.smart-otp.otp.notDigits'],
        [code.slice(0, 4), 'sim.smart-otp.otp.tooShort'],
        [`${code}12`, 'sim.smart-otp.otp.tooLong'],
        ['', 'sim.smart-otp.otp.empty'],
        [wrong, 'sim.smart-otp.otp.wrong'],
      ] as const) {
        await sim.submitOtp(input);
        await expect(sim.problem(sim.site), input).toHaveText(sim.t(key));
      }
      await expect(sim.otpField()).toHaveAttribute('aria-invalid', 'true');
      await sim.submitOtp(` ${code.slice(0, 3)} ${code.slice(3)} `);
      await sim.expectSite('withdrawal-done');

      await page.clock.fastForward('01:00'); // a new minute, a new code
      await sim.startWithdrawal();
      await sim.appButton('sim.smart-otp.app.show').click();
      const next = await sim.shownOtp();
      await sim.submitOtp(`${fullWidth(next.slice(0, 3))}\u3000${fullWidth(next.slice(3))}`);
      await sim.expectSite('withdrawal-done');
    });

    test('Show OTP before selecting the name asks to select it first', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-listed');
      await sim.appButton('sim.smart-otp.app.show').click();
      await expect(sim.problem(sim.appWindow)).toHaveText(sim.t('sim.smart-otp.app.noSelection'));
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.app.noSelection'));
      await sim.showOtp();
      await expect(sim.problem(sim.appWindow)).toHaveCount(0);
    });

    test('a withdrawal without a registered app says registration comes first, and leads there', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.logIn();
      await sim.siteButton('sim.smart-otp.site.menu.withdrawal').click();
      await sim.expectSite('no-registration');
      await expect(sim.site.getByText(sim.t('sim.smart-otp.otp.notRegistered'), { exact: true })).toBeVisible();
      await sim.siteButton('sim.smart-otp.site.procedures.otp').click();
      await sim.expectSite('otp-choice');
    });
  });
}
