/**
 * Take, reject, retake and send, on each phone and in both languages: a photo in dim light is
 * flagged with its reason, retaken in good light and sent (by keyboard); the front lens shows the reader; a
 * shadow, a shaky hand and a page cut off are flagged too. The photo is a real image: its
 * pixels are darker in dim light.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { DocumentPhotoSimulator, langs, phones, REQUEST } from './models/document-photo-simulator';

for (const lang of langs) {
  for (const phone of phones) {
    test.describe(`${lang} ${phone}: retaking a photo`, () => {
      test('by keyboard: a dark photo is flagged, retaken in good light, and sent', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(`${phone}-camera`);
        const press = async (locator: Locator, key = 'Enter') => {
          await sim.tabTo(locator);
          await page.keyboard.press(key);
        };
        // Frame the page with the practice buttons, then dim the light (Space ticks a checkbox).
        await press(sim.panelButton('sim.document-photo.practice.closer'));
        for (let i = 0; i < 5; i++) await press(sim.panelButton('sim.document-photo.practice.right'));
        await expect(sim.viewfinder()).toContainText(sim.t('sim.document-photo.camera.seesPage'));
        await press(sim.panelCheckbox('sim.document-photo.practice.dim'), 'Space');
        await expect(sim.panelCheckbox('sim.document-photo.practice.dim')).toBeChecked();
        await press(sim.shutter());
        await press(sim.thumbnail());
        await sim.expectScreen('photo');
        await sim.expectCheck('retake', 'sim.document-photo.check.dark');
        await expect(sim.live).toContainText(sim.t('sim.document-photo.live.checkRetake'));
        const dark = await sim.photoBrightness();
        // Retake: Back to the camera, the light on, the shutter, the new photo.
        await press(sim.phoneButton('sim.common.back'));
        await sim.expectScreen('camera');
        await press(sim.panelCheckbox('sim.document-photo.practice.dim'), 'Space');
        await expect(sim.panelCheckbox('sim.document-photo.practice.dim')).not.toBeChecked();
        await press(sim.shutter());
        await expect(sim.root).toHaveAttribute('data-photos', '2');
        await press(sim.thumbnail());
        await sim.expectCheck('ok');
        expect(await sim.photoBrightness()).toBeGreaterThan(dark + 40);
        await press(sim.phoneButton('sim.document-photo.photo.share'));
        await press(sim.phoneButton(phone === 'ios' ? 'sim.document-photo.app.mail' : 'sim.document-photo.app.gmail'));
        await sim.tabTo(sim.mailField('to'));
        await page.keyboard.type(REQUEST.to);
        await page.keyboard.press('Tab');
        await page.keyboard.type(REQUEST.subject);
        await page.keyboard.press('Enter');
        await sim.expectScreen('sent');
        await expect(sim.phone.getByText(sim.t('sim.document-photo.sent.unreadable'))).toHaveCount(0);
      });

      test('the front lens shows the reader; switching back gives a readable photo', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(undefined, phone);
        await sim.openCamera(phone);
        await sim.phoneButton('sim.document-photo.camera.switch', { lens: sim.t('sim.document-photo.camera.rear') }).click();
        await expect(sim.root).toHaveAttribute('data-lens', 'front');
        await expect(sim.viewfinder()).toContainText(sim.t('sim.document-photo.camera.seesFront'));
        await expect(sim.live).toContainText(sim.t('sim.document-photo.live.front'));
        await sim.takeAndOpen();
        await sim.expectCheck('retake', 'sim.document-photo.check.wrongLens');
        await sim.phoneButton('sim.common.back').click();
        await sim.phoneButton('sim.document-photo.camera.switch', { lens: sim.t('sim.document-photo.camera.front') }).click();
        await expect(sim.root).toHaveAttribute('data-lens', 'rear');
        await sim.frameWithButtons();
        await sim.takeAndOpen();
        await sim.expectCheck('ok');
      });

      test('a shadow, a shaky hand and a page cut off are each flagged with their reason', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(undefined, phone);
        await sim.openCamera(phone);
        // As the camera opens, part of the page is outside the picture.
        await sim.takeAndOpen();
        await sim.expectCheck('retake', 'sim.document-photo.check.cutOff');
        await sim.phoneButton('sim.common.back').click();
        await sim.frameWithButtons();
        for (const [condition, reason] of [
          ['sim.document-photo.practice.shadow', 'sim.document-photo.check.shadow'],
          ['sim.document-photo.practice.shaky', 'sim.document-photo.check.blurred'],
        ] as const) {
          await sim.panelCheckbox(condition).check();
          await sim.takeAndOpen();
          await sim.expectCheck('retake', reason);
          await sim.phoneButton('sim.common.back').click();
          await sim.panelCheckbox(condition).uncheck();
        }
        await sim.takeAndOpen();
        await sim.expectCheck('ok');
      });

      test('a flagged photo can still be sent, and "sent" says it may not be readable', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(`${phone}-photo-blurred`);
        await sim.expectCheck('retake', 'sim.document-photo.check.blurred');
        await sim.shareByMail(phone);
        await sim.fillAndSend();
        await sim.expectScreen('sent');
        await expect(sim.phone).toContainText(sim.t('sim.document-photo.sent.unreadable'));
      });
    });
  }
}
