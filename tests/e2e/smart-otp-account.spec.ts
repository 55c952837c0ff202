/**
 * The registration lives in the shared practice account: it survives a reload and the
 * language switch, "Try this step" in the guide keeps it, and reset clears it. "How this
 * works" shows what an engineer needs to check a code with any TOTP library.
 */
import { appCode } from '../../src/flows/services/otp-registrations';
import { expect, test } from './fixtures';
import { guideUrl } from './models/pages';
import { langs, SmartOtpSimulator } from './models/smart-otp-simulator';

const SLUG = 'smart-otp-windows';

for (const lang of langs) {
  const other = lang === 'ja' ? 'en' : 'ja';
  test.describe(`${lang}: Smart OTP and the practice account`, () => {
    test('the registration survives a reload and the language switch, and reset clears it', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp('Office PC');
      const summary = sim.header.locator('.sim__account');
      await expect(summary).toContainText(sim.t('sim.common.account.pcOtp', { name: 'Office PC' }));

      await page.reload();
      await expect(sim.root).toBeVisible();
      await sim.expectSite('login');
      await sim.expectApp('closed');
      await sim.openApp(); // the app is still on this PC
      await expect(sim.listedName('Office PC')).toBeVisible();

      await sim.logIn();
      await sim.startWithdrawal();
      const code = await sim.showOtp('Office PC');
      await page.locator('header [data-language-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/simulator/smart-otp/\\?try=smart-otp:resume$`));
      const there = new SmartOtpSimulator(page, other);
      await there.expectSite('otp-entry');
      await there.expectApp('menu');
      await expect(there.listedName('Office PC')).toHaveAttribute('aria-pressed', 'true');
      await expect(there.appWindow.locator('.otp-app__otp-value')).toHaveText(code);
      await there.submitOtp(code);
      await there.expectSite('withdrawal-done');

      await there.resetPracticeAccount();
      await there.expectApp('closed');
      await expect(there.icon).toHaveCount(0);
      await expect(there.header.locator('.sim__account')).toContainText(there.t('sim.common.account.noPcOtp'));
    });

    test('"how this works" shows the TOTP parameters, the secret and the time step; any TOTP library gets the same code', async ({ page }) => {
      // A paused clock, so the app and the panel cannot straddle a minute boundary.
      await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
      await page.clock.pauseAt(new Date('2026-12-03T09:00:10Z'));
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open('app-listed');
      const how = sim.root.locator('.how-it-works');
      await how.locator('summary').click();
      await expect(how).toContainText('TOTP (RFC 6238), HMAC-SHA-1, T0 = 0');
      await expect(how).toContainText(sim.t('sim.smart-otp.how.periodValue', { seconds: 60 }));
      await expect(how).toContainText(sim.t('sim.smart-otp.how.digitsValue', { digits: 6 }));
      const dd = (key: Parameters<typeof sim.t>[0]) => how.locator('dt', { hasText: sim.t(key) }).locator('xpath=following-sibling::dd[1]');
      const secret = (await dd('sim.smart-otp.how.secret').textContent()) ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);

      const code = await sim.showOtp();
      await expect(dd('sim.smart-otp.how.code')).toHaveText(code);
      const step = Number(await dd('sim.smart-otp.how.step').textContent());
      expect(step).toBe(Math.floor(Date.parse('2026-12-03T09:00:10Z') / 60_000));
      expect(await appCode(secret, step * 60_000)).toBe(code);
    });

    test('"Try this step" in the guide opens that step with the reader’s own registration', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.open();
      await sim.setUp('Office PC');

      await sim.openGuide(SLUG);
      const figure = page.locator('[data-figure-state="smart-otp:app-otp-shown"]');
      const caption = sim.t('figure.smart-otp.app-otp-shown.caption');
      await figure.getByRole('link', { name: `${sim.t('guide.tryStepLabel')} ${caption}`, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${guideUrl(lang, SLUG)}\\?try=smart-otp:app-otp-shown$`));
      await sim.expectApp('menu');
      await expect(sim.listedName('Office PC')).toHaveAttribute('aria-pressed', 'true');
      await expect(sim.appWindow.locator('.otp-app__otp-value')).toHaveText(/^\d{6}$/);
    });

    test('a fresh reader’s "Try this step" registers the practice app on the way, into their own account', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.openGuide(SLUG, 'site-otp-entry');
      await sim.expectSite('otp-entry');
      await expect(sim.header.locator('.sim__account')).toContainText(sim.t('sim.common.account.pcOtp', { name: 'Home PC' }));
      await sim.submitOtp(await sim.showOtp());
      await sim.expectSite('withdrawal-done');
    });

    test('what "Try this step" registered stays in the account: a fresh start has the app', async ({ page }) => {
      const sim = new SmartOtpSimulator(page, lang);
      await sim.openGuide(SLUG, 'app-listed');
      await sim.expectApp('menu');
      await sim.open(); // the practice page, started from the stored account
      await sim.expectApp('closed');
      await sim.openApp();
      await expect(sim.listedName('Home PC')).toBeVisible();
    });
  });
}
