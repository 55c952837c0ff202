/**
 * Copy and paste: the real clipboard where the browser allows it, a field to copy from by
 * hand where it does not (permission refused, or no Clipboard API at all). Nothing crashes
 * either way (the fixtures fail a test on any page error).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs, SmartOtpSimulator } from './models/smart-otp-simulator';

/** The page's Clipboard API refuses every write, as a browser does when permission is denied. */
const refuseClipboard = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });

/** A browser without the Clipboard API (an insecure page, an older browser). */
const noClipboardApi = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  });

for (const lang of langs) {
  test.describe(`${lang}: Smart OTP copy and paste`, () => {
    test('with permission, Copy puts the setup number and the code on the clipboard, and Ctrl+V pastes them', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-add-name');
      await sim.siteButton('sim.smart-otp.site.pc.issue').click();
      const number = ((await sim.site.locator('.setup-number__value').textContent()) ?? '').replace(/ /g, '');
      await sim.siteButton('sim.smart-otp.site.number.copy').click();
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.numberCopied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);
      await sim.numberField().focus();
      await page.keyboard.press('ControlOrMeta+V');
      await expect(sim.numberField()).toHaveValue(number);
      await sim.appButton('sim.smart-otp.app.register').click();
      await sim.expectApp('added');

      await sim.closeApp();
      await sim.openApp();
      await sim.startWithdrawal();
      const code = await sim.showOtp();
      await sim.appButton('sim.smart-otp.app.copy').click();
      await expect(sim.appWindow.getByText(sim.t('sim.smart-otp.app.copied'), { exact: true })).toBeVisible();
      await sim.otpField().focus();
      await page.keyboard.press('ControlOrMeta+V');
      await expect(sim.otpField()).toHaveValue(code);
      await sim.siteButton('sim.smart-otp.site.otp.submit').click();
      await sim.expectSite('withdrawal-done');
    });

    for (const [label, block] of [
      ['the browser refuses to write', refuseClipboard],
      ['the browser has no Clipboard API', noClipboardApi],
    ] as const) {
      test(`when ${label}, the number and the code are offered in a field to copy by hand`, async ({ page }) => {
        await block(page);
        const sim = new SmartOtpSimulator(page, lang);
        await sim.open('app-add-name');
        await sim.siteButton('sim.smart-otp.site.pc.issue').click();
        const number = ((await sim.site.locator('.setup-number__value').textContent()) ?? '').replace(/ /g, '');
        await sim.siteButton('sim.smart-otp.site.number.copy').click();
        const field = sim.site.getByLabel(sim.t('sim.smart-otp.site.number.label'), { exact: true });
        await expect(sim.site.getByText(sim.t('sim.smart-otp.copy.denied'), { exact: true })).toBeVisible();
        await expect(sim.live).toContainText(sim.t('sim.smart-otp.copy.denied'));
        await expect(field).toHaveValue(number);
        await expect(field).not.toBeEditable();
        // Focus went to the field and selected the number, ready for Ctrl+C.
        await expect(field).toBeFocused();
        expect(await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(number);
        // The reader copies it by hand: the keyboard's copy and paste need no permission.
        await page.keyboard.press('ControlOrMeta+C');
        await sim.numberField().focus();
        await page.keyboard.press('ControlOrMeta+V');
        await expect(sim.numberField()).toHaveValue(number);
        await sim.appButton('sim.smart-otp.app.register').click();
        await sim.expectApp('added');

        await sim.closeApp();
        await sim.openApp();
        await sim.startWithdrawal();
        const code = await sim.showOtp();
        await sim.appButton('sim.smart-otp.app.copy').click();
        const codeField = sim.appWindow.getByLabel(sim.t('sim.smart-otp.app.otpLabel'), { exact: true });
        await expect(codeField).toHaveValue(code);
        await expect(codeField).toBeFocused();
        await page.keyboard.press('ControlOrMeta+C');
        await sim.otpField().focus();
        await page.keyboard.press('ControlOrMeta+V');
        await expect(sim.otpField()).toHaveValue(code);
        await sim.siteButton('sim.smart-otp.site.otp.submit').click();
        await sim.expectSite('withdrawal-done');
      });
    }
  });
}
