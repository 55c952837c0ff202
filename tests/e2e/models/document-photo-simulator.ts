import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator, type Lang, type UiKey } from './simulator';

export { langs, type Lang } from './simulator';
export type Phone = 'ios' | 'android';
export const phones: Phone[] = ['ios', 'android'];

/** The practice document request's values (the simulator's; the guides name no address). */
export const REQUEST = { to: 'documents@practice.invalid', subject: 'DR-2041 practice.user' } as const;

/** The document-photo simulator: the practice phone, the practice check under it, the practice controls beside it. */
export class DocumentPhotoSimulator extends Simulator {
  readonly phone: Locator;
  readonly panel: Locator;
  readonly check: Locator;

  constructor(page: Page, lang: Lang) {
    super(page, lang, 'document-photo');
    this.phone = this.root.getByRole('region', { name: this.t('sim.common.phoneLabel'), exact: true });
    this.panel = this.root.locator('aside.dp-panel');
    this.check = this.root.locator('[data-check]');
  }

  phoneButton(key: UiKey, vars?: Record<string, string | number>): Locator {
    return this.phone.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  panelButton(key: UiKey): Locator {
    return this.panel.getByRole('button', { name: this.t(key), exact: true });
  }

  panelCheckbox(key: UiKey): Locator {
    return this.panel.getByRole('checkbox', { name: this.t(key), exact: true });
  }

  viewfinder(): Locator {
    return this.phone.getByRole('group', { name: this.t('sim.document-photo.camera.viewfinder'), exact: true });
  }

  /** The opened photo (its name says the zoom). */
  photo(): Locator {
    return this.phone.locator('.dp-photo .dp-photo__surface');
  }

  shutter(): Locator {
    return this.phoneButton('sim.document-photo.camera.shutter');
  }

  thumbnail(): Locator {
    return this.phoneButton('sim.document-photo.camera.thumbnail');
  }

  mailField(field: 'to' | 'subject'): Locator {
    return this.phone.getByLabel(this.t(field === 'to' ? 'sim.document-photo.mail.to' : 'sim.document-photo.mail.subject'), { exact: true });
  }

  async expectScreen(screen: string): Promise<void> {
    await this.expectAttr('screen', screen);
  }

  /** iPhone: swipe up → camera icon. Android: all apps → Camera. */
  async openCamera(phone: Phone): Promise<void> {
    if (phone === 'ios') {
      await this.phoneButton('sim.document-photo.home.swipeUp').click();
      await this.phoneButton('sim.document-photo.shortcuts.camera').click();
    } else {
      await this.phoneButton('sim.document-photo.home.allApps').click();
      await this.phoneButton('sim.document-photo.app.camera').click();
    }
    await this.expectScreen('camera');
  }

  /**
   * The page framed with the practice controls: one step closer, five steps right (the camera
   * opens with the page's right part outside the picture). The same as "+" and five times the
   * right arrow on the viewfinder.
   */
  async frameWithButtons(): Promise<void> {
    await this.panelButton('sim.document-photo.practice.closer').click();
    for (let i = 0; i < 5; i++) await this.panelButton('sim.document-photo.practice.right').click();
    await expect(this.viewfinder()).toContainText(this.t('sim.document-photo.camera.seesPage'));
  }

  /** Shutter, then the thumbnail: the photo opens with its practice check under the phone. */
  async takeAndOpen(): Promise<void> {
    const before = Number(await this.root.getAttribute('data-photos'));
    await this.shutter().click();
    await expect(this.root).toHaveAttribute('data-photos', String(before + 1));
    await expect(this.live).toContainText(this.t('sim.document-photo.live.taken'));
    await this.thumbnail().click();
    await this.expectScreen('photo');
  }

  async expectCheck(check: 'ok' | 'retake', ...reasons: UiKey[]): Promise<void> {
    await this.expectAttr('check', check);
    await expect(this.check).toHaveAttribute('data-check', check);
    for (const reason of reasons) await expect(this.check).toContainText(this.t(reason));
  }

  /** Share → Mail (iPhone) or Gmail (Android). */
  async shareByMail(phone: Phone): Promise<void> {
    await this.phoneButton('sim.document-photo.photo.share').click();
    await this.expectScreen('share');
    await this.phoneButton(phone === 'ios' ? 'sim.document-photo.app.mail' : 'sim.document-photo.app.gmail').click();
  }

  async fillAndSend(to: string = REQUEST.to, subject: string = REQUEST.subject): Promise<void> {
    await this.mailField('to').fill(to);
    await this.mailField('subject').fill(subject);
    await this.phoneButton('sim.document-photo.mail.send').click();
  }

  /** Mean brightness (0–255) of the photo on screen, read from its canvas: the real image the shutter made. */
  async photoBrightness(): Promise<number> {
    const canvas = this.photo().locator('canvas');
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.getContext('2d')!.getImageData(0, 0, 1, 1).data[3])).toBe(255);
    return canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4);
    });
  }
}
