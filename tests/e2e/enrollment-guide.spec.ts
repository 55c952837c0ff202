/**
 * The simulator inside a guide: "Try this step" under a figure, ?try=<state> in the URL,
 * the language switch carrying the simulator over, and the practice-only promises.
 */
import { expect, test } from './fixtures';
import { EnrollmentSimulator, langs } from './models/enrollment-simulator';
import { guideUrl } from './models/pages';

const SLUG = 'ib-key-android-session-id';

for (const lang of langs) {
  test.describe(`${lang}: simulator in a guide`, () => {
    test('"Try this step" opens the simulator right after its figure, at that state; Close closes it', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG);
      const figure = page.locator('[data-figure-state="enrollment:android-pin"]');
      const caption = sim.t('figure.enrollment.android-pin.caption');
      const tryStep = figure.getByRole('link', { name: `${sim.t('guide.tryStepLabel')} ${caption}`, exact: true });
      const panel = page.locator('[data-simulator-panel]');
      await expect(panel).toBeHidden();

      await tryStep.focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeVisible();
      await sim.expectScreen('pin-entry');
      await expect(page).toHaveURL(new RegExp(`${guideUrl(lang, SLUG)}\\?try=enrollment:android-pin$`));
      // Right after the figure the reader chose, with focus on the panel's heading.
      expect(await panel.evaluate((el) => el.previousElementSibling?.getAttribute('data-figure-state'))).toBe('enrollment:android-pin');
      await expect(panel.getByRole('heading', { name: sim.t('guide.simulatorTitle') })).toBeFocused();

      await panel.getByRole('button', { name: sim.t('guide.simulatorClose'), exact: true }).click();
      await expect(panel).toBeHidden();
      await expect(sim.root).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${guideUrl(lang, SLUG)}$`));
      await expect(tryStep).toBeFocused();
    });

    test('?try=<flow>:<state> in the URL opens the guide with the simulator at that state', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG, 'android-pin');
      const panel = page.locator('[data-simulator-panel]');
      await expect(panel).toBeVisible();
      await sim.expectScreen('pin-entry');
      await sim.expectPortal('home');
      expect(await panel.evaluate((el) => el.previousElementSibling?.getAttribute('data-figure-state'))).toBe('enrollment:android-pin');

      await sim.openGuide(SLUG, 'portal-offer');
      await sim.expectPortal('home');
      await expect(sim.portal.locator('.qr__code')).toHaveText('K7QM-3XTP');
    });

    test('the practice screens can run in the other language while the page stays in its own', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG, 'android-app-login');
      const other = lang === 'ja' ? 'en' : 'ja';
      const there = new EnrollmentSimulator(page, other);
      await sim.header.getByRole('button', { name: other === 'ja' ? '日本語' : 'English', exact: true }).click();
      await expect(there.phoneButton('sim.common.app.logIn')).toBeVisible();
      await expect(there.portal.getByRole('button', { name: there.t('sim.common.portal.logOut'), exact: true })).toBeVisible();
      // The practice controls and the page stay in the page's language.
      await expect(sim.headerButton('sim.common.reset')).toBeVisible();
      await expect(page.locator('h1')).toHaveText(/\S/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });

    test('reset clears ?try= from the address, so a reload starts fresh', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG, 'android-pin');
      await expect(page).toHaveURL(/\?try=enrollment:android-pin$/);
      await sim.resetPracticeAccount();
      await expect(page).toHaveURL(new RegExp(`${guideUrl(lang, SLUG)}$`));
    });

    test('older links without the flow (?try=<state>) still open that state', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG, 'android-pin', true);
      await sim.expectScreen('pin-entry');
      await expect(page).toHaveURL(/\?try=enrollment:android-pin$/);
    });

    test('an unknown ?try value says so in the panel and starts the simulator at its beginning', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      for (const value of ['enrollment:no-such-step', 'no-such-step', 'no-such-flow:android-pin']) {
        await sim.openGuide(SLUG, value, true);
        await expect(sim.root.getByRole('status')).toHaveText(sim.t('sim.common.stateNotFound'));
        await sim.expectScreen('app-login');
        await sim.expectPortal('login');
        await expect(sim.root).toHaveAttribute('data-platform', 'android');
      }
    });

    test('portal figures open on the guide’s own phone (iPhone guide → iPhone)', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide('ib-key-ios-activation-code', 'portal-offer');
      await sim.expectPortal('home');
      await expect(sim.root).toHaveAttribute('data-platform', 'ios');
      await sim.openGuide('ib-key-portal-banner-qr', 'portal-offer');
      await sim.expectScreen('phone-home'); // the banner guide starts with the app not installed
      await expect(sim.root).toHaveAttribute('data-platform', 'ios');
    });

    test('the language switch opens the same guide with the simulator on the same screen and code', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.openGuide(SLUG, 'android-instructions');
      await sim.expectScreen('add-user');
      // A fresh login gives a random code, so "the same code" cannot come from the named state.
      await sim.portalLogOut();
      const code = await sim.portalLogIn();
      await sim.tap('sim.enrollment.android.sessionIdButton');
      await sim.expectScreen('code-entry');
      await sim.codeField().fill(code);

      await page.locator('header [data-language-switch]').click();
      const other = lang === 'ja' ? 'en' : 'ja';
      await expect(page).toHaveURL(new RegExp(`${guideUrl(other, SLUG)}\\?try=enrollment:resume$`));
      const there = new EnrollmentSimulator(page, other);
      await there.expectScreen('code-entry');
      await there.expectPortal('home');
      await expect(there.codeField()).toHaveValue(code);
      expect(await there.printedCode()).toBe(code);
      // Now speaking the other language.
      await expect(there.phoneButton('sim.enrollment.android.continue')).toBeVisible();
    });

    test('the language switch on the practice page keeps the simulator state too', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();

      await page.locator('header [data-language-switch]').click();
      const other = lang === 'ja' ? 'en' : 'ja';
      await expect(page).toHaveURL(new RegExp(`/${other}/simulator/enrollment/\\?try=enrollment:resume$`));
      const there = new EnrollmentSimulator(page, other);
      await there.expectScreen('code-entry');
      expect(await there.printedCode()).toBe(code);
    });

    test('never asks for real credentials: practice notice shown, demo credentials read-only', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      for (const open of [() => sim.open(), () => sim.openGuide(SLUG, 'portal-login')]) {
        await open();
        await expect(sim.root.getByText(sim.t('sim.common.practiceNotice'), { exact: true })).toBeVisible();
        await sim.expectScreen('app-login');
        await sim.expectPortal('login');
        for (const side of [sim.portal, sim.phone]) {
          const user = side.getByLabel(sim.t('sim.common.username'), { exact: true });
          await expect(user).toHaveValue('practice.user');
          await expect(user).not.toBeEditable();
          await expect(side.getByLabel(sim.t('sim.common.password'), { exact: true })).not.toBeEditable();
          await expect(side.getByText(sim.t('sim.common.demoCredentials'), { exact: true })).toBeVisible();
        }
        // Nothing on the login screens can be typed into.
        await expect(sim.root.locator('input:not([readonly])')).toHaveCount(0);
      }
      // The one secret-looking field, the PIN, says to make one up.
      await sim.openGuide(SLUG, 'android-pin');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.pin.hint'), { exact: true })).toBeVisible();
      await expect(sim.root.getByText(sim.t('sim.common.practiceNotice'), { exact: true })).toBeVisible();
    });
  });
}
