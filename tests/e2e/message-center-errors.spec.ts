/**
 * Every way the message settings go wrong, in both languages: the same language twice, leaving
 * with unsaved changes (each way out), and what a notice would contain (never the message).
 */
import { expect, test } from './fixtures';
import { langs, MessageCenterSimulator } from './models/message-center-simulator';

for (const lang of langs) {
  test.describe(`${lang}: message settings errors`, () => {
    test('the same language twice is refused with a clear message, then fixed and saved', async ({ page }) => {
      const sim = new MessageCenterSimulator(page, lang);
      await sim.open();
      await sim.toSettings();
      await sim.choose('de', 'de');
      await sim.button('sim.message-center.settings.save').click();
      await expect(sim.languageProblem()).toBeVisible();
      await expect(sim.language('second')).toHaveAttribute('aria-invalid', 'true');
      await expect(sim.live).toContainText(sim.t('sim.message-center.settings.sameLanguage'));
      await expect(sim.portal.getByText(sim.t('sim.message-center.settings.saved'), { exact: true })).toHaveCount(0);
      // Nothing was saved: leaving warns, and leaving without saving keeps the defaults.
      await sim.button('sim.message-center.nav.home').click();
      await expect(sim.warning()).toBeVisible();
      await sim.button('sim.message-center.unsaved.stay').click();
      await sim.language('second').selectOption('fr');
      await expect(sim.languageProblem()).toHaveCount(0);
      await sim.button('sim.message-center.settings.save').click();
      await expect(sim.portal.getByText(sim.t('sim.message-center.settings.saved'), { exact: true })).toBeVisible();
      await sim.open('settings');
      await sim.expectSettings('de', 'fr', 'email');
    });

    for (const way of ['home', 'menu', 'cancel', 'log-out'] as const) {
      test(`leaving with unsaved changes warns (${way}); stay keeps them, leave drops them`, async ({ page }) => {
        const sim = new MessageCenterSimulator(page, lang);
        await sim.open();
        await sim.toSettings();
        const leave = async () => {
          if (way === 'home') await sim.button('sim.message-center.nav.home').click();
          if (way === 'cancel') await sim.button('sim.common.cancel').click();
          if (way === 'menu' || way === 'log-out') {
            await sim.userMenu().click();
            await sim.button(way === 'menu' ? 'sim.message-center.menu.messageCenter' : 'sim.common.portal.logOut').click();
          }
        };
        await sim.delivery('both').check();
        await leave();
        await expect(sim.warning()).toBeVisible();
        await expect(sim.root).toHaveAttribute('data-dialog', 'unsaved');
        await expect(sim.live).toContainText(sim.t('sim.message-center.unsaved.body'));
        await expect(page.getByRole('heading', { name: sim.t('sim.message-center.unsaved.title'), exact: true })).toBeFocused();
        await expect(sim.button('sim.message-center.settings.save')).toBeDisabled();
        await sim.button('sim.message-center.unsaved.stay').click();
        await expect(sim.warning()).toHaveCount(0);
        await expect(sim.delivery('both')).toBeChecked();
        await leave();
        await sim.button('sim.message-center.unsaved.leave').click();
        await sim.expectPage(way === 'log-out' ? 'login' : way === 'home' ? 'home' : 'inbox');
        if (way === 'log-out') await sim.button('sim.common.portal.logIn').click();
        await sim.userMenu().click();
        await sim.button('sim.message-center.menu.messageCenter').click();
        await sim.gear().click();
        await sim.expectSettings('en', 'ja', 'email');
      });
    }

    test('no warning when nothing changed or the change was saved', async ({ page }) => {
      const sim = new MessageCenterSimulator(page, lang);
      await sim.open();
      await sim.toSettings();
      await sim.button('sim.common.cancel').click();
      await sim.expectPage('inbox');
      await sim.gear().click();
      await sim.delivery('sms').check();
      await sim.button('sim.message-center.settings.save').click();
      await sim.button('sim.message-center.nav.home').click();
      await sim.expectPage('home');
    });

    test('the notice preview shows a summary and a prompt to log in, never the message', async ({ page }) => {
      const sim = new MessageCenterSimulator(page, lang);
      await sim.open();
      await sim.toSettings();
      const show = sim.preview.getByRole('button', { name: sim.t('sim.message-center.preview.show'), exact: true });
      await show.click();
      await expect(sim.root).toHaveAttribute('data-preview', 'open');
      const email = sim.preview.getByRole('article', { name: sim.t('sim.message-center.preview.email.label'), exact: true });
      const sms = sim.preview.getByRole('article', { name: sim.t('sim.message-center.preview.sms.label'), exact: true });
      await expect(email).toContainText(sim.t('sim.message-center.preview.prompt'));
      await expect(sms).toHaveCount(0);
      await sim.delivery('sms').check();
      await expect(sms).toContainText(sim.t('sim.message-center.preview.prompt'));
      await expect(email).toHaveCount(0);
      await sim.delivery('both').check();
      await expect(email).toBeVisible();
      await expect(sms).toBeVisible();
      await expect(sim.preview).toContainText(sim.t('sim.message-center.preview.summaryOnly'));
      // The messages of the message center never appear in a notice.
      for (const key of ['sim.message-center.inbox.message1', 'sim.message-center.inbox.message2'] as const) {
        await expect(sim.preview).not.toContainText(sim.t(key));
      }
      await sim.preview.getByRole('button', { name: sim.t('sim.message-center.preview.hide'), exact: true }).click();
      await expect(sim.root).toHaveAttribute('data-preview', 'closed');
    });
  });
}
