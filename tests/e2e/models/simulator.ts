import { expect, type Locator, type Page } from '@playwright/test';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import ja from '../../../src/i18n/ui/ja.json' with { type: 'json' };
import { guideUrl } from './pages';

export type Lang = 'ja' | 'en';
export type UiKey = keyof typeof en;
export const langs: Lang[] = ['ja', 'en'];
export type Device = 'ios' | 'android' | 'token';

const strings: Record<Lang, Record<string, string>> = { ja, en };

/** A UI string of `lang` with its {{vars}} filled in: the same text the simulator renders. */
export function uiText(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = strings[lang][key];
  if (text === undefined) throw new Error(`No UI string ${key} in ${lang}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

/** Text as a literal inside a RegExp. */
export const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Any practice simulator, on its own page or in a guide's panel: what the kit's shell gives
 * every flow. Controls are found by their accessible names taken from the UI strings of the
 * page's language, so one test covers both languages and checks that the names are there.
 * A flow's own page object extends this with its screens.
 */
export class Simulator {
  readonly root: Locator;
  readonly header: Locator;
  /** The one polite live region (milestones only). */
  readonly live: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang,
    readonly flow: string,
  ) {
    this.root = page.locator(`.sim[data-flow="${flow}"]`);
    this.header = this.root.locator('.sim__header');
    this.live = this.root.locator('[aria-live="polite"]');
  }

  t(key: UiKey, vars?: Record<string, string | number>): string {
    return uiText(this.lang, key, vars);
  }

  /** The practice page, fresh or at a named state of this flow, on a device. Waits for the simulator to render. */
  async open(state?: string, device?: Device): Promise<void> {
    const params = new URLSearchParams();
    if (state !== undefined) params.set('try', `${this.flow}:${state}`);
    if (device !== undefined) params.set('device', device);
    const query = params.size === 0 ? '' : `?${params.toString().replaceAll('%3A', ':')}`;
    await this.page.goto(`/${this.lang}/simulator/${this.flow}/${query}`);
    await expect(this.root).toBeVisible();
  }

  /** A guide, with `?try=` set to a state of this flow (or to `raw` exactly, for older links). */
  async openGuide(slug: string, state?: string, raw = false): Promise<void> {
    const query = state === undefined ? '' : `?try=${raw ? state : `${this.flow}:${state}`}`;
    await this.page.goto(guideUrl(this.lang, slug) + query);
  }

  /** The shell's root describes where the reader is (data-screen, data-portal …). */
  async expectAttr(name: string, value: string): Promise<void> {
    await expect(this.root).toHaveAttribute(`data-${name}`, value);
  }

  /** Controls above the stage: device switch, start options, timer, reset. */
  headerButton(key: UiKey, vars?: Record<string, string | number>): Locator {
    return this.header.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  async useDevice(device: Device): Promise<void> {
    await this.headerButton(`sim.common.platform.${device}`).click();
    await expect(this.root).toHaveAttribute('data-platform', device);
  }

  async resetPracticeAccount(): Promise<void> {
    await this.headerButton('sim.common.reset').click();
    await expect(this.live).toContainText(this.t('sim.common.resetDone'));
  }

  /** The running timer's seconds, as the header shows them ("… 04:59 left …"). */
  async timerSeconds(): Promise<number> {
    const text = (await this.header.locator('.sim__timer-text').textContent()) ?? '';
    const [, m, s] = /(\d\d):(\d\d)/.exec(text) ?? [];
    return Number(m) * 60 + Number(s);
  }

  /**
   * Keyboard only: press Tab (or Shift+Tab) until `target` has focus. Bounded, so a control
   * that cannot be reached by keyboard fails the test instead of looping.
   */
  async tabTo(target: Locator, direction: 'forward' | 'backward' = 'forward'): Promise<void> {
    const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(key);
    }
    await expect(target, `reachable with ${key}`).toBeFocused({ timeout: 1 });
  }
}
