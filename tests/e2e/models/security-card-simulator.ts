import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator, type Lang, type UiKey } from './simulator';

export { langs, type Lang } from './simulator';

/** The online security code card simulator: the broker's website, on a computer. */
export class SecurityCardSimulator extends Simulator {
  readonly portal: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'security-card');
    this.portal = this.root.locator('section.portal');
  }

  button(key: UiKey): Locator {
    return this.portal.getByRole('button', { name: this.t(key), exact: true });
  }

  passcodeField(): Locator {
    return this.portal.getByLabel(this.t('sim.security-card.login.passcodeLabel'), { exact: true });
  }

  valuesField(): Locator {
    return this.portal.getByLabel(this.t('sim.security-card.values.label'), { exact: true });
  }

  problem(): Locator {
    return this.portal.locator('.field__problem');
  }

  async expectScreen(screen: string): Promise<void> {
    await this.expectAttr('portal', screen);
  }

  /** The card as the screen shows it: index number → value. */
  async card(): Promise<Map<number, string>> {
    const cells = await this.portal.locator('.security-card__grid td').allTextContents();
    return new Map(cells.map((text) => [Number(text.slice(0, 2)), text.slice(2).trim()]));
  }

  /** The two index numbers the screen asks for. */
  async askedIndices(): Promise<[number, number]> {
    const texts = await this.portal.locator('.card-indices span').allTextContents();
    const [a, b] = texts.map((text) => Number(/\d+/.exec(text)?.[0]));
    return [a!, b!];
  }

  async logInWithPasscode(passcode: string): Promise<void> {
    await this.passcodeField().fill(passcode);
    await this.button('sim.security-card.login.logIn').click();
  }

  async typeValues(text: string): Promise<void> {
    await this.valuesField().fill(text);
    await this.button('sim.security-card.continue').click();
  }
}

export const expectHidden = (locator: Locator) => expect(locator).toBeHidden();
