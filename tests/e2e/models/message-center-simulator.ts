import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator, type Lang, type UiKey } from './simulator';

export { langs, type Lang } from './simulator';

export type LanguageCode = 'en' | 'ja' | 'zh-hans' | 'zh-hant' | 'de' | 'fr';
export type DeliveryCode = 'email' | 'sms' | 'both';

/** The message-settings simulator: the practice Client Portal and, beside it, the notice preview. */
export class MessageCenterSimulator extends Simulator {
  readonly portal: Locator;
  readonly preview: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'message-center');
    this.portal = this.root.locator('section.portal');
    this.preview = this.root.locator('aside.mc-preview');
  }

  button(key: UiKey): Locator {
    return this.portal.getByRole('button', { name: this.t(key), exact: true });
  }

  userMenu(): Locator {
    return this.button('sim.message-center.nav.userMenu');
  }

  gear(): Locator {
    return this.button('sim.message-center.inbox.gear');
  }

  language(field: 'first' | 'second'): Locator {
    return this.portal.getByLabel(this.t(field === 'first' ? 'sim.message-center.settings.first' : 'sim.message-center.settings.second'), { exact: true });
  }

  delivery(value: DeliveryCode): Locator {
    return this.portal.getByRole('radio', { name: this.t(`sim.message-center.delivery.${value}`), exact: true });
  }

  languageProblem(): Locator {
    return this.portal.getByText(this.t('sim.message-center.settings.sameLanguage'), { exact: true });
  }

  warning(): Locator {
    return this.portal.getByRole('group', { name: this.t('sim.message-center.unsaved.title'), exact: true });
  }

  async expectPage(page: 'login' | 'home' | 'inbox' | 'settings'): Promise<void> {
    await this.expectAttr('page', page);
  }

  /** Log in → user menu → Secure Message Center → gear, by mouse. */
  async toSettings(): Promise<void> {
    await this.button('sim.common.portal.logIn').click();
    await this.userMenu().click();
    await this.button('sim.message-center.menu.messageCenter').click();
    await this.gear().click();
    await this.expectPage('settings');
  }

  async choose(first: LanguageCode, second: LanguageCode, delivery?: DeliveryCode): Promise<void> {
    await this.language('first').selectOption(first);
    await this.language('second').selectOption(second);
    if (delivery !== undefined) await this.delivery(delivery).check();
  }

  async expectSettings(first: LanguageCode, second: LanguageCode, delivery: DeliveryCode): Promise<void> {
    await expect(this.language('first')).toHaveValue(first);
    await expect(this.language('second')).toHaveValue(second);
    await expect(this.delivery(delivery)).toBeChecked();
  }
}
