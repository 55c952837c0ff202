import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator, type Lang, type UiKey } from './simulator';

export { langs, type Lang } from './simulator';

/** The challenge/response simulator: the portal, and the phone or the DSC+ token. */
export class ChallengeSimulator extends Simulator {
  readonly portal: Locator;
  readonly phone: Locator;
  readonly token: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'challenge-login');
    this.portal = this.root.locator('section.portal');
    this.phone = this.root.getByRole('region', { name: this.t('sim.common.phoneLabel'), exact: true });
    this.token = this.root.getByRole('group', { name: this.t('sim.challenge-login.token.label'), exact: true });
  }

  portalButton(key: UiKey): Locator {
    return this.portal.getByRole('button', { name: this.t(key), exact: true });
  }

  phoneButton(key: UiKey): Locator {
    return this.phone.getByRole('button', { name: this.t(key), exact: true });
  }

  responseField(): Locator {
    return this.portal.getByLabel(this.t('sim.challenge-login.portal.responseLabel'), { exact: true });
  }

  async expectPortal(screen: string): Promise<void> {
    await this.expectAttr('portal', screen);
  }

  async expectDevice(screen: string): Promise<void> {
    await this.expectAttr('device', screen);
  }

  /** Continue with the demo credentials; returns the challenge code the portal shows. */
  async continueOnPortal(): Promise<string> {
    await this.portalButton('sim.challenge-login.portal.continue').click();
    return this.challengeCode();
  }

  async challengeCode(): Promise<string> {
    const code = this.portal.locator('.challenge-code__value');
    await expect(code).toHaveText(/^[0-9]{6}$/);
    return (await code.textContent())!;
  }

  /** On the phone, from its login screen: Services › Authenticate, type the challenge (and PIN), generate. */
  async generateOnPhone(challenge: string, pin?: string): Promise<string> {
    await this.phoneButton('sim.common.app.services').click();
    await this.phoneButton('sim.common.app.menu.authenticate').click();
    if (pin !== undefined) await this.phone.getByLabel(this.t('sim.challenge-login.app.pinLabel'), { exact: true }).fill(pin);
    await this.phone.getByLabel(this.t('sim.challenge-login.app.challengeLabel'), { exact: true }).fill(challenge);
    await this.phoneButton('sim.challenge-login.app.generate').click();
    if (pin === undefined) await this.phoneButton('sim.challenge-login.unlock.face').click();
    return this.shownResponse(this.phone.locator('.response-code__value'));
  }

  /** On the token: power on, PIN, OK, challenge, OK; returns the 8 digits it shows. */
  async generateOnToken(challenge: string, pin = '1357'): Promise<string> {
    await this.token.getByRole('button', { name: this.t('sim.common.token.press'), exact: true }).click();
    for (const digit of pin) await this.tokenKey(digit).click();
    await this.tokenKey('OK').click();
    for (const digit of challenge) await this.tokenKey(digit).click();
    await this.tokenKey('OK').click();
    return this.shownResponse(this.token.locator('.token__display'));
  }

  tokenKey(label: string): Locator {
    return this.token.getByRole('button', { name: label, exact: true });
  }

  private async shownResponse(locator: Locator): Promise<string> {
    await expect(locator).toHaveText(/^[0-9]{8}$/);
    return (await locator.textContent())!;
  }

  /** Type a response into the portal and Continue. */
  async answer(response: string): Promise<void> {
    await this.responseField().fill(response);
    await this.portalButton('sim.challenge-login.portal.continue').click();
  }

  /** The refusal under the portal's response field. */
  responseProblem(): Locator {
    return this.portal.locator('.field__problem');
  }
}
