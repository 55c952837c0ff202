/**
 * A document photo taken and sent by keyboard alone, on each phone and in both languages:
 * into the camera, the page framed with the arrow keys and + on the viewfinder, the shutter,
 * the thumbnail, the photo zoomed with + and back with 0, share, the mail app, To and Subject,
 * Enter to send. Nothing is clicked.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { DocumentPhotoSimulator, langs, phones, REQUEST } from './models/document-photo-simulator';

for (const lang of langs) {
  for (const phone of phones) {
    test(`${lang} ${phone}: take, check and send a photo by keyboard`, async ({ page }) => {
      const sim = new DocumentPhotoSimulator(page, lang);
      await sim.open(undefined, phone);
      await expect(sim.root).toHaveAttribute('data-platform', phone);
      const press = async (locator: Locator, key = 'Enter') => {
        await sim.tabTo(locator);
        await page.keyboard.press(key);
      };
      if (phone === 'ios') {
        await press(sim.phoneButton('sim.document-photo.home.swipeUp'));
        await press(sim.phoneButton('sim.document-photo.shortcuts.camera'));
      } else {
        await press(sim.phoneButton('sim.document-photo.home.allApps'));
        await press(sim.phoneButton('sim.document-photo.app.camera'));
      }
      await sim.expectScreen('camera');
      await expect(sim.viewfinder()).toContainText(sim.t('sim.document-photo.camera.seesPart'));
      await sim.tabTo(sim.viewfinder());
      await page.keyboard.press('+');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(sim.viewfinder()).toContainText(sim.t('sim.document-photo.camera.seesPage'));
      await press(sim.shutter());
      await expect(sim.root).toHaveAttribute('data-photos', '1');
      await expect(sim.live).toContainText(sim.t('sim.document-photo.live.taken'));
      await press(sim.thumbnail());
      await sim.expectScreen('photo');
      await sim.expectCheck('ok');
      await expect(sim.live).toContainText(sim.t('sim.document-photo.live.checkOk'));
      // Zoom in to check the text, then back to the whole photo.
      await sim.tabTo(sim.photo());
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await expect(sim.photo()).toHaveAttribute('data-zoom', '1.56');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('0');
      await expect(sim.photo()).toHaveAttribute('data-zoom', '1.00');
      await press(sim.phoneButton('sim.document-photo.photo.share'));
      await press(sim.phoneButton(phone === 'ios' ? 'sim.document-photo.app.mail' : 'sim.document-photo.app.gmail'));
      await sim.expectScreen('compose');
      await sim.tabTo(sim.mailField('to'));
      await page.keyboard.type(REQUEST.to);
      await page.keyboard.press('Tab');
      await page.keyboard.type(REQUEST.subject);
      await page.keyboard.press('Enter'); // submits the mail: Send
      await sim.expectScreen('sent');
      await expect(sim.live).toContainText(sim.t('sim.document-photo.live.sent'));
      await press(sim.phoneButton('sim.document-photo.sent.done'));
      await sim.expectScreen('photo');
    });
  }
}
