/**
 * One practice account across guides: IB Key activated in an activation guide answers the
 * challenge in a challenge guide; without it, the portal offers a one-click practice device.
 */
import { expect, test } from './fixtures';
import { ChallengeSimulator, langs } from './models/challenge-login-simulator';
import { EnrollmentSimulator } from './models/enrollment-simulator';

for (const lang of langs) {
  test.describe(`${lang}: one practice account`, () => {
    test('activate IB Key in guide 1, then log in with a challenge code in guide 7 with the same account', async ({ page }) => {
      const activation = new EnrollmentSimulator(page, lang);
      await activation.openGuide('ib-key-android-session-id', 'portal-login');
      const code = await activation.portalLogIn();
      await activation.toCodeField();
      await activation.submitCode(code);
      await activation.activateWithPin('1357'); // the reader's own PIN, not the scenario's
      await activation.expectSuccess();

      const sim = new ChallengeSimulator(page, lang);
      await sim.openGuide('challenge-response-android', 'portal-login');
      await sim.expectDevice('login');
      await expect(sim.root).toHaveAttribute('data-platform', 'android');
      const challenge = await sim.continueOnPortal(); // no "no device": the account has IB Key on Android
      // The scenario PIN is wrong for this reader's IB Key; their own PIN is right.
      await sim.answer(await sim.generateOnPhone(challenge, '2468'));
      await expect(sim.responseProblem()).toHaveText(sim.t('sim.challenge-login.response.wrong', { left: 2 }));
      await sim.phoneButton('sim.challenge-login.app.done').click();
      await sim.answer(await sim.generateOnPhone(challenge, '1357'));
      await sim.expectPortal('done');
    });

    test('without a device: one click gives a practice one, and the login goes on', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open();
      await sim.useDevice('token');
      await sim.portalButton('sim.challenge-login.portal.continue').click();
      await sim.expectPortal('no-device');
      await expect(sim.portal.getByText(sim.t('sim.challenge-login.portal.practicePin', { pin: '1357' }))).toBeVisible();
      await sim.portalButton('sim.challenge-login.portal.getToken').click();
      const challenge = await sim.challengeCode();
      await expect(sim.header.getByText(sim.t('sim.common.account.token'), { exact: false })).toBeAttached();
      await sim.answer(await sim.generateOnToken(challenge));
      await sim.expectPortal('done');

      await sim.useDevice('ios');
      await sim.portalButton('sim.challenge-login.portal.continue').click();
      await sim.expectPortal('no-device');
      await expect(sim.portal.getByRole('link', { name: sim.t('sim.challenge-login.portal.activationGuide') })).toHaveAttribute('href', `/${lang}/guides/ib-key-ios-qr/`);
    });

    test('"how this works" shows the suite, the secret, the challenge and the response the phone shows', async ({ page }) => {
      const sim = new ChallengeSimulator(page, lang);
      await sim.open(undefined, 'android'); // a fresh practice account: no device yet
      await sim.portalButton('sim.challenge-login.portal.continue').click();
      await sim.portalButton('sim.challenge-login.portal.getIbKey').click();
      const challenge = await sim.challengeCode();
      const how = sim.root.locator('.how-it-works');
      await how.locator('summary').click();
      await expect(how).toContainText('OCRA-1:HOTP-SHA1-8:QN06-PSHA1');
      await expect(how.locator('dd').nth(1)).toHaveText(/^[A-Z2-7]{32}$/);
      await expect(how).toContainText(challenge);
      const response = await sim.generateOnPhone(challenge, '2468');
      await expect(how.locator('dd').last()).toHaveText(response);
    });
  });
}
