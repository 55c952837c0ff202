import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator, type Lang, type UiKey } from './simulator';

export { langs, type Lang } from './simulator';

/** The window title and icon name of the app: product names, the same in both languages. */
export const APP_WINDOW_TITLE = 'HP IceWall SSO Smart OTP Windows';
export const APP_ICON = 'Smart OTP';

/** "１２３ ４５６"-style input: each digit as its full-width form. */
export const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');

/** The PC one-time-password simulator: the broker's website beside a Windows desktop with the Smart OTP app. */
export class SmartOtpSimulator extends Simulator {
  readonly site: Locator;
  readonly desktop: Locator;
  readonly appWindow: Locator;
  readonly icon: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'smart-otp');
    this.site = this.root.locator('section.portal');
    this.desktop = this.root.getByRole('region', { name: this.t('sim.smart-otp.desktop.label'), exact: true });
    this.appWindow = this.desktop.getByRole('group', { name: APP_WINDOW_TITLE, exact: true });
    this.icon = this.desktop.getByRole('button', { name: APP_ICON, exact: true });
  }

  siteButton(key: UiKey): Locator {
    return this.site.getByRole('button', { name: this.t(key), exact: true });
  }

  appButton(key: UiKey): Locator {
    return this.appWindow.getByRole('button', { name: this.t(key), exact: true });
  }

  closeButton(): Locator {
    return this.appWindow.getByRole('button', { name: this.t('sim.common.close'), exact: true });
  }

  nameField(): Locator {
    return this.appWindow.getByLabel(this.t('sim.smart-otp.app.nameLabel'), { exact: true });
  }

  numberField(): Locator {
    return this.appWindow.getByLabel(this.t('sim.smart-otp.app.numberLabel'), { exact: true });
  }

  otpField(): Locator {
    return this.site.getByLabel(this.t('sim.smart-otp.site.otp.label'), { exact: true });
  }

  /** The display name as the app lists it (a toggle button that highlights when selected). */
  listedName(name: string): Locator {
    return this.appWindow.getByRole('button', { name, exact: true });
  }

  async expectSite(screen: string): Promise<void> {
    await this.expectAttr('site', screen);
  }

  async expectApp(screen: string): Promise<void> {
    await this.expectAttr('app', screen);
  }

  async logIn(): Promise<void> {
    await this.siteButton('sim.smart-otp.site.login.submit').click();
    await this.expectSite('top');
  }

  /** Registration and procedures › One-time password registration › without a smartphone. */
  async toPcAppPage(): Promise<void> {
    await this.siteButton('sim.smart-otp.site.menu.procedures').click();
    await this.siteButton('sim.smart-otp.site.procedures.otp').click();
    await this.siteButton('sim.smart-otp.site.choice.pc').click();
    await this.expectSite('pc-app');
  }

  /** The download page › download › back to the PC app page: the icon is on the desktop. */
  async download(): Promise<void> {
    await this.siteButton('sim.smart-otp.site.pc.downloadLink').click();
    await this.siteButton('sim.smart-otp.site.download.button').click();
    await expect(this.icon).toBeVisible();
    await this.siteButton('sim.smart-otp.site.backToPc').click();
  }

  async openApp(): Promise<void> {
    await this.icon.dblclick();
    await expect(this.appWindow).toBeVisible();
  }

  async closeApp(): Promise<void> {
    await this.closeButton().click();
    await expect(this.appWindow).toHaveCount(0);
    await this.expectApp('closed');
  }

  /** "Register (issue a setup number)"; returns the number without its spaces. */
  async issueSetupNumber(): Promise<string> {
    await this.siteButton('sim.smart-otp.site.pc.issue').click();
    await this.expectSite('setup-number');
    const shown = this.site.locator('.setup-number__value');
    await expect(shown).toHaveText(/^\d{4} \d{4} \d{4}$/);
    return ((await shown.textContent()) ?? '').replace(/ /g, '');
  }

  /** Add account with a display name and a setup number typed (the clipboard is tested on its own). */
  async addAccount(name: string, number: string): Promise<void> {
    await this.appButton('sim.smart-otp.app.add').click();
    await this.expectApp('add');
    await this.nameField().fill(name);
    await this.numberField().fill(number);
    await this.appButton('sim.smart-otp.app.register').click();
  }

  /** The whole setup from a fresh start: log in, download, open, add, issue, register, close, reopen. */
  async setUp(name = 'Home PC'): Promise<void> {
    await this.logIn();
    await this.toPcAppPage();
    await this.download();
    await this.openApp();
    const number = await this.issueSetupNumber();
    await this.addAccount(name, number);
    await this.expectApp('added');
    await this.closeApp();
    await this.openApp();
    await expect(this.listedName(name)).toBeVisible();
  }

  /** Top › Withdrawal › Next: the one-time password screen. */
  async startWithdrawal(): Promise<void> {
    await this.siteButton('sim.smart-otp.site.menu.withdrawal').click();
    await this.siteButton('sim.smart-otp.site.withdrawal.next').click();
    await this.expectSite('otp-entry');
  }

  /** Select the name, Show OTP; returns the 6 digits the app shows. */
  async showOtp(name = 'Home PC'): Promise<string> {
    await this.listedName(name).click();
    await expect(this.listedName(name)).toHaveAttribute('aria-pressed', 'true');
    await this.appButton('sim.smart-otp.app.show').click();
    return this.shownOtp();
  }

  async shownOtp(): Promise<string> {
    const value = this.appWindow.locator('.otp-app__otp-value');
    await expect(value).toHaveText(/^\d{6}$/);
    return (await value.textContent()) ?? '';
  }

  async submitOtp(value: string): Promise<void> {
    await this.otpField().fill(value);
    await this.siteButton('sim.smart-otp.site.otp.submit').click();
  }

  /** The refusal under a field or in the app. */
  problem(where: Locator): Locator {
    return where.locator('.field__problem');
  }
}
