/**
 * IB Key activation completed by keyboard alone (Tab, Shift+Tab, Enter, Space, typing):
 * no mouse click anywhere. Focus must land on each new screen's heading, and the live
 * region must announce the milestones.
 */
import { expect, test } from './fixtures';
import { EnrollmentSimulator, langs, sloppyCode } from './models/enrollment-simulator';

for (const lang of langs) {
  test.describe(`${lang}: keyboard only`, () => {
    test('Android: portal login, Services › Authenticate › Add User › SESSION ID, PIN, ACTIVATE, DONE', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      const keys = page.keyboard;
      await sim.open();
      await sim.expectScreen('app-login');
      await expect(sim.root).toHaveAttribute('data-platform', 'android');

      // The portal's demo credentials are pre-filled: Tab to "Log in" and press Enter.
      await sim.tabTo(sim.portalButton('sim.common.portal.logIn'));
      await keys.press('Enter');
      await sim.expectPortal('home');
      await expect(sim.portal.locator('[data-portal-heading]')).toBeFocused();
      const code = await sim.printedCode();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.newCode', { code }));

      // The phone comes before the portal in the tab order: Shift+Tab back into it.
      await sim.pressPhoneButton('sim.common.app.services', 'Enter', 'backward');
      await sim.expectFocusOnNewScreen('menu', 'sim.common.app.services');
      await sim.pressPhoneButton('sim.common.app.menu.authenticate');
      await sim.expectFocusOnNewScreen('menu', 'sim.common.app.menu.authenticate');
      await sim.pressPhoneButton('sim.common.app.menu.addUser', 'Space');
      await sim.expectFocusOnNewScreen('add-user', 'sim.common.app.menu.addUser');
      await sim.pressPhoneButton('sim.enrollment.android.sessionIdButton');
      await sim.expectFocusOnNewScreen('code-entry', 'sim.enrollment.android.sessionIdTitle');

      // Typed the way a Japanese keyboard may produce it: lower case, a space, full-width digits.
      await sim.tabTo(sim.codeField());
      await keys.type(sloppyCode(code));
      await keys.press('Enter');
      await sim.expectFocusOnNewScreen('pin-entry', 'sim.enrollment.pin.title');
      await expect(sim.phone).toContainText(code);

      await sim.tabTo(sim.pinField());
      await keys.type('2468');
      await sim.pressPhoneButton('sim.enrollment.android.activate');
      await sim.expectFocusOnNewScreen('success', 'sim.enrollment.success.title');
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.success'));

      await sim.pressPhoneButton('sim.enrollment.android.done', 'Space');
      await sim.expectFocusOnNewScreen('app-home', 'sim.common.app.portfolio');
      await expect(sim.portal).toContainText(sim.t('sim.enrollment.portal.activeNow'));
    });

    test('iPhone: switch the phone, Log In › More › Two-Factor › Add User › Activation Code › Activate IB Key › Done', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      const keys = page.keyboard;
      await sim.open();

      // The simulator's own phone switch, by keyboard.
      await sim.tabTo(sim.headerButton('sim.common.platform.ios'));
      await keys.press('Space');
      await expect(sim.root).toHaveAttribute('data-platform', 'ios');
      await expect(sim.headerButton('sim.common.platform.ios')).toHaveAttribute('aria-pressed', 'true');

      await sim.tabTo(sim.portalButton('sim.common.portal.logIn'));
      await keys.press('Enter');
      await expect(sim.portal.locator('[data-portal-heading]')).toBeFocused();
      const code = await sim.printedCode();

      // This time through the app's home: log in to the app, then More in the tab bar.
      await sim.pressPhoneButton('sim.common.app.logIn', 'Enter', 'backward');
      await sim.expectFocusOnNewScreen('app-home', 'sim.common.app.portfolio');
      await sim.pressPhoneButton('sim.common.app.more');
      await sim.expectFocusOnNewScreen('menu', 'sim.common.app.more');
      await sim.pressPhoneButton('sim.common.app.menu.twoFactor');
      await sim.expectFocusOnNewScreen('menu', 'sim.common.app.menu.twoFactor');
      await sim.pressPhoneButton('sim.common.app.menu.addUser');
      await sim.expectFocusOnNewScreen('add-user', 'sim.common.app.menu.addUser');
      await sim.pressPhoneButton('sim.enrollment.ios.setupQr', 'Space');
      await sim.expectFocusOnNewScreen('code-entry', 'sim.enrollment.ios.setupQr');

      await sim.tabTo(sim.codeField());
      await keys.type(sloppyCode(code));
      await sim.pressPhoneButton('sim.enrollment.ios.activate', 'Space');
      await sim.expectFocusOnNewScreen('success', 'sim.enrollment.success.title');
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.success'));

      await sim.pressPhoneButton('sim.enrollment.ios.done');
      await sim.expectFocusOnNewScreen('app-home', 'sim.common.app.portfolio');
    });
  });
}
