import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRe, Simulator, type Lang, type UiKey } from './simulator';

export { escapeRe, langs, type Lang, type UiKey } from './simulator';

/** "K7QM-3XTP" as a Japanese reader might type it: lower case, a space, full-width digits. */
export function sloppyCode(code: string): string {
  return code
    .toLowerCase()
    .replace('-', ' ')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** The code with one character changed to another character of the code alphabet (a typo). */
export function mistyped(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
}

/**
 * The IB Key enrollment simulator, on its own page or in a guide's panel. Buttons and fields
 * are found by their accessible names taken from the UI strings of the page's language, so
 * one test covers both languages and checks that the names are really there.
 */
export class EnrollmentSimulator extends Simulator {
  readonly phone: Locator;
  readonly portal: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'enrollment');
    this.phone = this.root.getByRole('region', { name: this.t('sim.common.phoneLabel'), exact: true });
    this.portal = this.root.locator('section.portal');
  }

  async expectScreen(screen: string): Promise<void> {
    await this.expectAttr('screen', screen);
  }

  async expectPortal(screen: string): Promise<void> {
    await this.expectAttr('portal', screen);
  }

  /** A button on the phone by its exact UI string (the name is the string, nothing else). */
  phoneButton(key: UiKey, vars?: Record<string, string | number>): Locator {
    return this.phone.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  portalButton(key: UiKey): Locator {
    return this.portal.getByRole('button', { name: this.t(key), exact: true });
  }


  async tap(key: UiKey): Promise<void> {
    await this.phoneButton(key).click();
  }

  /** The phone's code field: "Session ID" on Android, "Activation Code" on iOS. */
  codeField(): Locator {
    return this.phone.getByLabel(
      new RegExp(`^(${escapeRe(this.t('sim.enrollment.android.sessionIdLabel'))}|${escapeRe(this.t('sim.enrollment.ios.activationCode'))})$`),
    );
  }

  /** The refusal under the code or PIN field (the field is described by it). */
  fieldProblem(): Locator {
    return this.phone.locator('.field__problem');
  }

  pinField(): Locator {
    return this.phone.getByLabel(this.t('sim.enrollment.pin.label'), { exact: true });
  }

  /** The heading of the phone's current screen (it takes focus when the screen changes). */
  phoneHeading(): Locator {
    return this.phone.locator('[data-phone-heading]');
  }

  /** Log in to the practice portal (demo credentials are pre-filled) and return the printed code. */
  async portalLogIn(): Promise<string> {
    await this.portalButton('sim.common.portal.logIn').click();
    return this.printedCode();
  }

  async portalLogOut(): Promise<void> {
    await this.portalButton('sim.common.portal.logOut').click();
    await this.expectPortal('login');
  }

  /** The code printed under the portal's QR code, as shown ("K7QM-3XTP"). */
  async printedCode(): Promise<string> {
    const code = this.portal.locator('.qr__code');
    await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    return (await code.textContent())!;
  }

  /** The portal's countdown in seconds (it shows mm:ss). */
  async secondsLeft(): Promise<number> {
    const text = (await this.portal.getByRole('timer').textContent())!;
    const [m, s] = text.split(':').map(Number);
    return m! * 60 + s!;
  }

  /** App login → Services → Authenticate → Add User (the guides' path from a logged-out app). */
  async toAddUser(): Promise<void> {
    await this.tap('sim.common.app.services');
    await this.tap('sim.common.app.menu.authenticate');
    await this.tap('sim.common.app.menu.addUser');
    await this.expectScreen('add-user');
  }

  /** From the app login to the code field, on whichever platform the phone is. */
  async toCodeField(): Promise<void> {
    await this.toAddUser();
    const android = (await this.root.getAttribute('data-platform')) === 'android';
    await this.tap(android ? 'sim.enrollment.android.sessionIdButton' : 'sim.enrollment.ios.setupQr');
    await this.expectScreen('code-entry');
  }

  /** Type a code and submit it: Android goes on to the PIN, iOS sends it (Activate IB Key). */
  async submitCode(code: string): Promise<void> {
    await this.codeField().fill(code);
    const android = (await this.root.getAttribute('data-platform')) === 'android';
    await this.tap(android ? 'sim.enrollment.android.continue' : 'sim.enrollment.ios.activate');
  }

  /** Android: type a PIN and press ACTIVATE. */
  async activateWithPin(pin = '2468'): Promise<void> {
    await this.pinField().fill(pin);
    await this.tap('sim.enrollment.android.activate');
  }

  /** The whole Android session-ID activation from the app's login screen, ending on success. */
  async activateAndroid(code: string): Promise<void> {
    await this.toCodeField();
    await this.submitCode(code);
    await this.expectScreen('pin-entry');
    await this.activateWithPin();
    await this.expectSuccess();
  }

  async expectSuccess(): Promise<void> {
    await this.expectScreen('success');
    await expect(this.phone.getByText(this.t('sim.enrollment.success.title'), { exact: true })).toBeVisible();
  }

  /** The app's one activation error, whatever the cause (the real app does not say why). */
  async expectError(): Promise<void> {
    await this.expectScreen('error');
    await expect(this.phone.getByText(this.t('sim.enrollment.error.activationFailed'), { exact: true })).toBeVisible();
    await expect(this.phone.locator('.practice-tip')).toContainText(this.t('sim.enrollment.error.practiceTip'));
  }



  /** Keyboard only: Tab to a phone button and press it (Enter or Space). */
  async pressPhoneButton(key: UiKey, how: 'Enter' | 'Space' = 'Enter', direction: 'forward' | 'backward' = 'forward') {
    await this.tabTo(this.phoneButton(key), direction);
    await this.page.keyboard.press(how);
  }

  /** After a screen change, the new screen's heading has focus and shows `text`. */
  async expectFocusOnNewScreen(screen: string, heading?: UiKey): Promise<void> {
    await this.expectScreen(screen);
    await expect(this.phoneHeading()).toBeFocused();
    if (heading) await expect(this.phoneHeading()).toHaveText(this.t(heading));
  }
}

