/**
 * The whole PC one-time-password path by keyboard alone, in both languages: log in, the
 * menus, the download, Enter on the app's icon, Add account, the setup number copied and
 * pasted through the real clipboard (permission granted), Register, × and the app opened
 * again, then a withdrawal with a code copied from the app and pasted. Nothing is clicked.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs, SmartOtpSimulator } from './models/smart-otp-simulator';

for (const lang of langs) {
  test.describe(`${lang}: Smart OTP by keyboard only`, () => {
    test('setup and a withdrawal: Tab, Enter, typing, and Ctrl+V from the clipboard', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      const press = async (locator: Locator, direction: 'forward' | 'backward' = 'forward') => {
        await sim.tabTo(locator, direction);
        await page.keyboard.press('Enter');
      };
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

      // The website: log in, 登録情報・手続 › ワンタイムパスワード利用登録 › the PC app.
      await press(sim.siteButton('sim.smart-otp.site.login.submit'));
      await sim.expectSite('top');
      await expect(sim.site.getByRole('heading', { name: sim.t('sim.smart-otp.site.top.title') })).toBeFocused();
      await press(sim.siteButton('sim.smart-otp.site.menu.procedures'));
      await press(sim.siteButton('sim.smart-otp.site.procedures.otp'));
      await press(sim.siteButton('sim.smart-otp.site.choice.pc'));
      await sim.expectSite('pc-app');
      await press(sim.siteButton('sim.smart-otp.site.pc.downloadLink'));
      await press(sim.siteButton('sim.smart-otp.site.download.button'));
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.downloaded'));

      // The desktop: Enter on the focused icon opens the app; focus goes to its screen.
      await press(sim.icon);
      await expect(sim.appWindow).toBeVisible();
      await expect(sim.appWindow.getByRole('heading', { name: sim.t('sim.smart-otp.app.menuTitle') })).toBeFocused();
      await press(sim.appButton('sim.smart-otp.app.add'));
      await sim.expectApp('add');
      await sim.tabTo(sim.nameField());
      await page.keyboard.type('Home PC');

      // Back to the website with the app left open: issue the setup number and copy it.
      await press(sim.siteButton('sim.smart-otp.site.backToPc'), 'backward');
      await press(sim.siteButton('sim.smart-otp.site.pc.issue'));
      await sim.expectSite('setup-number');
      const number = ((await sim.site.locator('.setup-number__value').textContent()) ?? '').replace(/ /g, '');
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.numberIssued', { number: number.replace(/(\d{4})(?=\d)/g, '$1 ') }));
      await press(sim.siteButton('sim.smart-otp.site.number.copy'));
      await expect(sim.site.getByText(sim.t('sim.smart-otp.site.number.copied'), { exact: true })).toBeVisible();
      expect(await clipboard()).toBe(number);

      // Paste it into the app, Enter registers; × closes; Enter on the icon opens it again.
      await sim.tabTo(sim.numberField());
      await page.keyboard.press('ControlOrMeta+V');
      await expect(sim.numberField()).toHaveValue(number);
      await page.keyboard.press('Enter');
      await sim.expectApp('added');
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.registered', { name: 'Home PC' }));
      await press(sim.closeButton());
      await sim.expectApp('closed');
      await expect(sim.icon).toBeFocused();
      await page.keyboard.press('Enter');
      await sim.expectApp('menu');
      await expect(sim.appWindow.getByRole('heading', { name: 'HP IceWall SSO Smart OTP Windows' })).toBeVisible();
      await expect(sim.listedName('Home PC')).toBeVisible();

      // A withdrawal: the trading password is pre-filled; Next shows the one-time password screen.
      await press(sim.siteButton('sim.smart-otp.site.menu.withdrawal'), 'backward');
      await press(sim.siteButton('sim.smart-otp.site.withdrawal.next'));
      await sim.expectSite('otp-entry');

      // In the app: select the name (it highlights), Show OTP, Copy OTP to clipboard.
      await press(sim.listedName('Home PC'));
      await expect(sim.listedName('Home PC')).toHaveAttribute('aria-pressed', 'true');
      await press(sim.appButton('sim.smart-otp.app.show'));
      const code = await sim.shownOtp();
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.otpShown', { code }));
      await press(sim.appButton('sim.smart-otp.app.copy'));
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.otpCopied'));
      expect(await clipboard()).toBe(code);

      // Paste on the website and submit with Enter: accepted.
      await sim.tabTo(sim.otpField(), 'backward');
      await page.keyboard.press('ControlOrMeta+V');
      await expect(sim.otpField()).toHaveValue(code);
      await page.keyboard.press('Enter');
      await sim.expectSite('withdrawal-done');
      await expect(sim.live).toContainText(sim.t('sim.smart-otp.live.withdrawalDone'));
    });

    test('the icon opens with a double-click, and a single click only highlights it', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('desktop-icon');
      await sim.icon.click();
      await expect(sim.icon).toHaveClass(/desktop-icon--selected/);
      await sim.expectApp('closed');
      await sim.icon.dblclick();
      await sim.expectApp('menu');
      // Space highlights (like a click) and never opens.
      await sim.closeApp();
      await sim.icon.focus();
      await page.keyboard.press('Space');
      await sim.expectApp('closed');
    });
  });
}
