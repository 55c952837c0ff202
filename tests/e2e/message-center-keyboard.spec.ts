/**
 * Message settings by keyboard alone, in both languages: log in, the user menu, the Secure
 * Message Center, the gear, both languages, the delivery method, Save; the settings are still
 * there after logging out and in, after reopening the simulator, and in the guide; the reset
 * clears them. Nothing is clicked until the checks after saving.
 */
import { expect, test } from './fixtures';
import { langs, MessageCenterSimulator } from './models/message-center-simulator';

for (const lang of langs) {
  test.describe(`${lang}: message settings by keyboard`, () => {
    test('set the languages and SMS, save, and find them kept', async ({ page }) => {
      const sim = new MessageCenterSimulator(page, lang);
      await sim.open();
      const press = async (locator: import('@playwright/test').Locator, key = 'Enter') => {
        await sim.tabTo(locator);
        await page.keyboard.press(key);
      };
      await press(sim.button('sim.common.portal.logIn'));
      await sim.expectPage('home');
      await expect(sim.live).toContainText(sim.t('sim.message-center.live.loggedIn'));
      await press(sim.userMenu());
      await expect(sim.userMenu()).toHaveAttribute('aria-expanded', 'true');
      await press(sim.button('sim.message-center.menu.messageCenter'));
      await sim.expectPage('inbox');
      await press(sim.gear());
      await sim.expectPage('settings');
      await expect(page.getByRole('heading', { name: sim.t('sim.message-center.settings.title'), exact: true })).toBeFocused();
      // The practice defaults (English, Japanese, e-mail); languages are listed en, ja, zh-hans, zh-hant, de, fr.
      await sim.expectSettings('en', 'ja', 'email');
      await press(sim.language('first'), 'ArrowDown');
      await expect(sim.language('first')).toHaveValue('ja');
      await press(sim.language('second'), 'ArrowUp');
      await expect(sim.language('second')).toHaveValue('en');
      await press(sim.delivery('email'), 'ArrowDown');
      await expect(sim.delivery('sms')).toBeChecked();
      await press(sim.button('sim.message-center.settings.save'));
      await expect(sim.portal.getByText(sim.t('sim.message-center.settings.saved'), { exact: true })).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.message-center.live.saved'));

      // Log out (no warning: nothing unsaved) and in again: the settings are there.
      await press(sim.userMenu());
      await press(sim.button('sim.common.portal.logOut'));
      await sim.expectPage('login');
      await press(sim.button('sim.common.portal.logIn'), 'Enter');
      await press(sim.userMenu());
      await press(sim.button('sim.message-center.menu.messageCenter'));
      await press(sim.gear());
      await sim.expectSettings('ja', 'en', 'sms');

      // Reopened (a new page load starts from the practice account): still there.
      await sim.open('settings');
      await sim.expectSettings('ja', 'en', 'sms');
      // And "Try this step" in the guide opens on them too.
      await sim.openGuide('message-center-delivery', 'settings');
      await sim.expectSettings('ja', 'en', 'sms');

      // The reset forgets them.
      await sim.resetPracticeAccount();
      await sim.toSettings();
      await sim.expectSettings('en', 'ja', 'email');
    });

    test('Escape closes the user menu', async ({ page }) => {
      const sim = new MessageCenterSimulator(page, lang);
      await sim.open('user-menu');
      await expect(sim.button('sim.message-center.menu.messageCenter')).toBeVisible();
      await sim.tabTo(sim.button('sim.message-center.menu.messageCenter'));
      await page.keyboard.press('Escape');
      await expect(sim.userMenu()).toHaveAttribute('aria-expanded', 'false');
      await expect(sim.button('sim.message-center.menu.messageCenter')).toBeHidden();
    });
  });
}
