/**
 * The practice account across logins (already enrolled, reset) and the offer's time limit.
 * Time only moves through Playwright's clock: installed before the page loads, then
 * fast-forwarded; the simulator's once-a-second TICK fires from the faked timers.
 */
import { expect, test } from './fixtures';
import { EnrollmentSimulator, langs } from './models/enrollment-simulator';

for (const lang of langs) {
  test.describe(`${lang}: practice account and time limit`, () => {
    test('already enrolled: login notification, the one error on activating again, then reset makes the account fresh', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.activateAndroid(code);
      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('app-home');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.activeNow'), { exact: true })).toBeVisible();

      // Log out, and come back later in the same tab: the account is kept in sessionStorage.
      await sim.portalLogOut();
      await page.reload();
      await sim.expectScreen('app-login');
      await sim.portalButton('sim.common.portal.logIn').click();
      await sim.expectPortal('push-sent');
      await sim.expectScreen('notification');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.pushBody'), { exact: true })).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.pushSent'));

      await sim.phone.getByRole('button', { name: sim.t('sim.enrollment.notification.title') }).click();
      await sim.expectPortal('home');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.confirmedEnrolled'), { exact: true })).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.confirmedEnrolled'));
      await sim.expectScreen('app-login');

      // Activating again is refused with the app's one error.
      await sim.toCodeField();
      await sim.submitCode(code);
      await sim.activateWithPin();
      await sim.expectError();
      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('code-entry');

      await sim.resetPracticeAccount();
      await sim.expectPortal('login');
      await sim.expectScreen('app-login');
      const fresh = await sim.portalLogIn();
      await sim.expectPortal('home');
      await sim.activateAndroid(fresh);
    });

    test('the code expires after 5 minutes; logging out and in gives a fresh code that works', async ({ page }) => {
      await page.clock.install();
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const old = await sim.portalLogIn();
      expect(await sim.secondsLeft()).toBeGreaterThan(4 * 60);
      // The portal's time and the header's practice timer count the same deadline, down.
      await page.clock.fastForward('00:10');
      await expect.poll(() => sim.secondsLeft()).toBeLessThanOrEqual(4 * 60 + 50);
      expect(await sim.timerSeconds()).toBe(await sim.secondsLeft());
      await sim.toCodeField();

      await page.clock.fastForward('04:51');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.expired'), { exact: true })).toBeVisible();
      await expect(sim.portal.getByRole('timer')).toHaveCount(0);
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.expired'));
      await expect(sim.header.locator('.sim__timer')).toHaveCount(0);

      await sim.submitCode(old);
      await sim.activateWithPin();
      await sim.expectError();
      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('code-entry');

      await sim.portalLogOut();
      const fresh = await sim.portalLogIn();
      expect(fresh).not.toBe(old);
      await sim.submitCode(fresh);
      await sim.activateWithPin();
      await sim.expectSuccess();
    });

    test('a paused countdown does not run out: 10 minutes paused, resumed, the code still works', async ({ page }) => {
      await page.clock.install();
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      // Pause and Extend are practice controls: in the simulator's header, never on the portal.
      await expect(sim.portal.getByRole('button', { name: sim.t('sim.common.timer.pause') })).toHaveCount(0);
      await sim.headerButton('sim.common.timer.pause').click();
      await expect(sim.portal.getByText(sim.t('sim.common.countdown.paused'))).toBeVisible();
      const left = await sim.secondsLeft();

      await page.clock.fastForward('10:00');
      expect(await sim.secondsLeft()).toBe(left);
      await sim.headerButton('sim.common.timer.resume').click();
      await expect(sim.portal.getByText(sim.t('sim.common.countdown.paused'))).toHaveCount(0);
      expect(await sim.secondsLeft()).toBeGreaterThan(4 * 60);

      await sim.activateAndroid(code);
    });

    test('Extend gives the full 5 minutes again, past the first expiry', async ({ page }) => {
      await page.clock.install();
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();

      await page.clock.fastForward('04:00');
      await expect.poll(() => sim.secondsLeft()).toBeLessThanOrEqual(60);
      await sim.headerButton('sim.common.timer.extend').click();
      await expect.poll(() => sim.secondsLeft()).toBeGreaterThan(4 * 60 + 30);

      // 6 minutes after login: without the extension the code would have expired.
      await page.clock.fastForward('02:00');
      await expect.poll(() => sim.secondsLeft()).toBeLessThanOrEqual(3 * 60);
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.expired'), { exact: true })).toHaveCount(0);
      await sim.activateAndroid(code);
    });
  });
}
