/**
 * Every way activation goes wrong ends on a clear message from the UI strings and a way
 * forward, never a crash (the fixture fails a test on any page error).
 */
import { expect, test } from './fixtures';
import { EnrollmentSimulator, escapeRe, langs, mistyped, type UiKey } from './models/enrollment-simulator';

for (const lang of langs) {
  test.describe(`${lang}: activation errors`, () => {
    test('a mistyped code gives the app’s one error; the correct code then works', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      await sim.submitCode(mistyped(code));
      await sim.activateWithPin();
      await sim.expectError();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.error.activationFailed'));

      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('code-entry');
      await expect(sim.codeField()).toHaveValue('');
      await sim.submitCode(code);
      await sim.activateWithPin();
      await sim.expectSuccess();
    });

    test('three wrong codes burn the offer: the portal says so, and even the right code fails', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      await sim.useDevice('ios');
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      for (let attempt = 1; attempt <= 3; attempt++) {
        await sim.submitCode(mistyped(code));
        await sim.expectError();
        await sim.tap('sim.enrollment.ios.done');
        await sim.expectScreen('code-entry');
      }
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.used'), { exact: true })).toBeVisible();
      await sim.submitCode(code);
      await sim.expectError();
    });

    test('one error, two causes: not enrolled — logging in again shows a new QR code, and the new code works', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open('android-activation-error');
      await sim.expectError();
      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('code-entry');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.expired'), { exact: true })).toBeVisible();
      const old = await sim.printedCode();
      await sim.portalLogOut();
      const fresh = await sim.portalLogIn();
      expect(fresh).not.toBe(old);
      await sim.expectScreen('code-entry'); // no notification: this user is not enrolled
      await sim.submitCode(fresh);
      await sim.activateWithPin();
      await sim.expectSuccess();
    });

    test('one error, two causes: already enrolled — logging in again sends a notification that completes the login', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.activateAndroid(code);
      await sim.tap('sim.enrollment.android.done');
      await sim.expectScreen('app-home');
      // Activating again (the reader forgot it worked) gives the same one error.
      await sim.tap('sim.common.app.more');
      await sim.tap('sim.common.app.menu.twoFactor');
      await sim.tap('sim.common.app.menu.addUser');
      await sim.tap('sim.enrollment.android.sessionIdButton');
      await sim.submitCode(code);
      await sim.activateWithPin();
      await sim.expectError();

      await sim.portalLogOut();
      await sim.portalButton('sim.common.portal.logIn').click();
      await sim.expectPortal('push-sent');
      await sim.expectScreen('notification');
      await expect(sim.live).toContainText(sim.t('sim.enrollment.live.pushSent'));
      await sim.phone.getByRole('button', { name: new RegExp(escapeRe(sim.t('sim.enrollment.notification.title'))) }).click();
      await sim.expectPortal('home');
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.confirmedEnrolled'), { exact: true })).toBeVisible();
    });

    test('the code field explains a bad code inline and never renders what was pasted as HTML', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      const cases: [string, UiKey][] = [
        ['', 'sim.enrollment.code.empty'],
        [code.slice(0, 4), 'sim.enrollment.code.tooShort'],
        [`${code.slice(0, -1)}O`, 'sim.enrollment.code.badCharacter'],
        [`${code}-2`, 'sim.enrollment.code.tooLong'],
        ['<script>alert(1)</script>', 'sim.enrollment.code.badCharacter'],
        ['<img src=x onerror=alert(2)>', 'sim.enrollment.code.badCharacter'],
      ];
      for (const [input, key] of cases) {
        await sim.submitCode(input); // fill() inserts the text at once, as a paste does
        await sim.expectScreen('code-entry');
        await expect(sim.fieldProblem(), input).toHaveText(sim.t(key));
        await expect(sim.codeField()).toHaveAttribute('aria-invalid', 'true');
        await expect(sim.codeField()).toHaveAccessibleDescription(new RegExp(escapeRe(sim.t(key))));
        await expect(sim.codeField()).toHaveValue(input);
      }
      await expect(sim.root.locator('script, img')).toHaveCount(0);
      expect(dialogs).toEqual([]);

      await sim.submitCode(code);
      await sim.expectScreen('pin-entry');
    });

    test('the PIN must be 4–6 digits: too short and letters are explained, full-width digits accepted', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      await sim.submitCode(code);
      const cases: [string, UiKey][] = [
        ['24', 'sim.enrollment.pin.tooShort'],
        ['24a8', 'sim.enrollment.pin.notDigits'],
        ['1234567', 'sim.enrollment.pin.tooLong'],
      ];
      for (const [pin, key] of cases) {
        await sim.activateWithPin(pin);
        await sim.expectScreen('pin-entry');
        await expect(sim.fieldProblem(), pin).toHaveText(sim.t(key));
        await expect(sim.pinField()).toHaveAttribute('aria-invalid', 'true');
        await expect(sim.live).toContainText(sim.t(key));
      }
      await sim.activateWithPin('２４６８');
      await sim.expectSuccess();
    });

    test('camera permission denied, then allowed from settings: the scanner reads the QR code', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      const code = await sim.portalLogIn();
      await sim.toCodeField();
      await sim.tap('sim.enrollment.android.qrCode');
      await sim.expectScreen('camera-permission');
      await sim.tap('sim.enrollment.permission.android.deny');
      await sim.expectScreen('camera-denied');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.cameraDenied.android'), { exact: true })).toBeVisible();

      await sim.tap('sim.enrollment.cameraDenied.openSettings');
      await sim.expectScreen('camera');
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('pin-entry');
      await expect(sim.phone).toContainText(code); // decoded from the portal's QR pixels
      await sim.activateWithPin();
      await sim.expectSuccess();
    });

    test('front lens reads nothing; after switching lens the QR code is read (iPhone, passcode)', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open();
      await sim.useDevice('ios');
      await sim.portalLogIn();
      await sim.toCodeField();
      await sim.tap('sim.enrollment.ios.launchCamera');
      await sim.tap('sim.common.ok');
      await sim.expectScreen('camera');
      const lens = (which: UiKey) => sim.phoneButton('sim.enrollment.camera.switchLens', { lens: sim.t(which) });

      await lens('sim.enrollment.camera.rear').click();
      await sim.tap('sim.enrollment.camera.point');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.camera.hint.frontLens'), { exact: true })).toBeVisible();
      await expect(sim.live).toContainText(sim.t('sim.enrollment.camera.hint.frontLens'));
      await sim.expectScreen('camera');

      await lens('sim.enrollment.camera.front').click();
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('unlock');
      await sim.tap('sim.enrollment.unlock.passcode');
      await sim.expectSuccess();
      await expect(sim.portal.getByText(sim.t('sim.enrollment.portal.activeNow'), { exact: true })).toBeVisible();
    });

    test('notifications refused on the banner path: the phone explains what that means, then activation goes on', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open('ios-allow-notifications');
      await sim.tap('sim.enrollment.notifications.deny');
      await sim.expectScreen('notifications-off');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.notificationsOff.body'), { exact: true })).toBeVisible();
      await sim.tap('sim.enrollment.notificationsOff.continue');
      await sim.expectScreen('unlock');
    });

    test('"Scan QR Codes" off: the Camera app does nothing until it is turned on in Settings', async ({ page }) => {
      const sim = new EnrollmentSimulator(page, lang);
      await sim.open('ios-scan-qr-off');
      await sim.expectScreen('camera');
      await expect(sim.phone.getByText(sim.t('sim.enrollment.camera.hint.scanQrOff'), { exact: true })).toBeVisible();

      await sim.tap('sim.enrollment.camera.openCameraSettings');
      await sim.expectScreen('settings');
      const toggle = sim.phone.getByRole('switch', { name: sim.t('sim.enrollment.settings.scanQr'), exact: true });
      await expect(toggle).toHaveAttribute('aria-checked', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-checked', 'true');

      await sim.tap('sim.common.back');
      await sim.expectScreen('camera');
      await sim.tap('sim.enrollment.camera.point');
      await sim.expectScreen('qr-banner');
      await expect(sim.phone.getByRole('button', { name: sim.t('sim.enrollment.banner.openWebsite') })).toBeVisible();
    });
  });
}
