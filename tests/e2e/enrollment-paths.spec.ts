/**
 * The QR code paths to success (the app decodes the portal's real QR pixels), the portal
 * banner path of guide 5.
 */
import { expect, test } from './fixtures';
import { EnrollmentSimulator, langs } from './models/enrollment-simulator';

for (const lang of langs) {
  test.describe(`${lang}: QR code paths`, () => {
    test('Android: QR CODE, allow the camera, the scanner reads the code, PIN, success', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      await sim.tap('sim.enrollment.android.qrCode');
      await sim.tap('sim.enrollment.permission.android.whileUsing');
      await sim.expectScreen('camera');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.camera.seesQr'), { exact: true })).toBeAttached();
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('pin-entry');
      // The code is random per login, so finding it here proves the QR pixels were decoded.
      await expect(sim.phone).toContainText(code);
      await sim.activateWithPin();
      await sim.expectSuccess();
    });

    test('iPhone: Launch Camera, OK, the scanner reads the code, Face ID, success', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      await sim.useDevice('ios');
      await sim.portalLogIn();
      await sim.toCodeField();
      await sim.tap('sim.enrollment.ios.launchCamera');
      await sim.expectScreen('camera-permission');
      await sim.tap('sim.common.ok');
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('unlock');
      // Face ID, fingerprint or passcode: the reader picks how the phone is unlocked.
      for (const method of ['face', 'fingerprint', 'passcode'] as const) {
        await expect(sim.phoneButton(`sim.enrollment.unlock.${method}`)).toBeVisible();
      }
      await sim.tap('sim.enrollment.unlock.face');
      await sim.expectSuccess();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.success'));
    });

    test('iPhone portal banner: Camera app, website, store, install, scan again, open app, notifications, unlock', async ({ page }) => {
      await page.clock.install(); // the store's install takes a moment: moved on with the clock
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      await sim.useDevice('ios');
      await sim.headerButton('sim.enrollment.start.withoutApp').click();
      await sim.expectScreen('phone-home');
      await sim.portalLogIn();
      const banner = (key: 'sim.enrollment.banner.openWebsite' | 'sim.enrollment.banner.openApp') =>
        sim.phone.getByRole('button', { name: sim.t(key) });

      await sim.tap('sim.enrollment.home.camera');
      await sim.expectScreen('camera');
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('qr-banner');
      await banner('sim.enrollment.banner.openWebsite').click();
      await sim.expectScreen('website');
      await sim.tap('sim.enrollment.website.toStore');
      await sim.expectScreen('app-store');
      await sim.tap('sim.enrollment.store.get');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.store.installing'), { exact: true })).toBeVisible();
      await page.clock.runFor(2000);
      await sim.expectScreen('phone-home');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.home.installedTip'), { exact: true })).toBeVisible();

      await sim.tap('sim.enrollment.home.camera');
      await sim.tap('sim.enrollment.camera.point');
      await banner('sim.enrollment.banner.openApp').click();
      await sim.expectScreen('allow-notifications');
      await sim.tap('sim.enrollment.notifications.allow');
      await sim.expectScreen('unlock');
      await sim.tap('sim.enrollment.unlock.face');
      await sim.expectSuccess();
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.activeNow'), { exact: true })).toBeVisible();
      await sim.tap('sim.enrollment.ios.done');
      await sim.expectScreen('app-home');
    });
  });
}
