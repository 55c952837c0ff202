/**
 * Every error branch of sending, on each phone and in both languages: Send with To and Subject
 * empty, an address that is none, another address, a subject missing an item, an over-long
 * paste; a loosely typed address accepted; no mail account on the phone (a start option and a
 * practice setting); zooming the photo by buttons and by a trackpad pinch.
 */
import { expect, test } from './fixtures';
import { DocumentPhotoSimulator, langs, phones, REQUEST } from './models/document-photo-simulator';

for (const lang of langs) {
  for (const phone of phones) {
    test.describe(`${lang} ${phone}: sending errors`, () => {
      test('To and Subject must be filled as the request says', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(`${phone}-photo`);
        await sim.shareByMail(phone);
        await sim.expectScreen('compose');
        const send = sim.phoneButton('sim.document-photo.mail.send');
        const problem = (field: 'to' | 'subject') => sim.phone.locator(`#sim-dp-mail-${field}-problem`);
        await send.click();
        await expect(problem('to')).toHaveText(sim.t('sim.document-photo.mail.to.empty'));
        await expect(problem('subject')).toHaveText(sim.t('sim.document-photo.mail.subject.empty'));
        await expect(sim.mailField('to')).toHaveAttribute('aria-invalid', 'true');
        await expect(sim.live).toContainText(sim.t('sim.document-photo.mail.to.empty'));
        await sim.fillAndSend('documents', 'photo');
        await expect(problem('to')).toHaveText(sim.t('sim.document-photo.mail.to.notAddress'));
        await expect(problem('subject')).toHaveText(sim.t('sim.document-photo.mail.subject.incomplete'));
        await sim.fillAndSend('someone@example.com', 'DR-2041');
        await expect(problem('to')).toHaveText(sim.t('sim.document-photo.mail.to.notRequested'));
        await expect(problem('subject')).toHaveText(sim.t('sim.document-photo.mail.subject.incomplete'));
        await sim.expectScreen('compose');
        // A paste far too long for an address is refused whole.
        await sim.mailField('to').fill('x'.repeat(300));
        await expect(problem('to')).toHaveText(sim.t('sim.document-photo.mail.to.tooLong'));
        // Full-width characters and spaces, as a Japanese keyboard may type them, are accepted.
        await sim.fillAndSend(' ＤＯＣＵＭＥＮＴＳ＠practice.invalid ', 'ＤＲ－２０４１　practice.user');
        await sim.expectScreen('sent');
      });

      test('Cancel leaves the mail and returns to the photo', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(`${phone}-compose`);
        await sim.phoneButton(phone === 'ios' ? 'sim.common.cancel' : 'sim.common.back').first().click();
        await sim.expectScreen('photo');
      });

      test('without a mail account the phone says so, with the guide’s advice; set up, the mail opens', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(undefined, phone);
        await sim.headerButton('sim.document-photo.start.noMail').click();
        await expect(sim.root).toHaveAttribute('data-mail', 'none');
        await sim.openCamera(phone);
        await sim.frameWithButtons();
        await sim.takeAndOpen();
        await sim.shareByMail(phone);
        await sim.expectScreen('no-mail');
        await expect(sim.phone).toContainText(sim.t('sim.document-photo.noMail.body'));
        await expect(sim.root.getByText(sim.t('sim.document-photo.noMail.advice'))).toBeVisible();
        await expect(sim.live).toContainText(sim.t('sim.document-photo.noMail.body'));
        await sim.phoneButton('sim.common.ok').click();
        await sim.expectScreen('photo');
        await sim.panelCheckbox('sim.document-photo.practice.mailReady').check();
        await expect(sim.root).toHaveAttribute('data-mail', 'ready');
        await sim.shareByMail(phone);
        await sim.fillAndSend(REQUEST.to, REQUEST.subject);
        await sim.expectScreen('sent');
      });

      test('the photo zooms by the practice buttons, a two-finger pinch and a trackpad pinch (Ctrl + wheel)', async ({ page }) => {
        const sim = new DocumentPhotoSimulator(page, lang);
        await sim.open(`${phone}-photo`);
        const zoom = async () => Number(await sim.photo().getAttribute('data-zoom'));
        await sim.panelButton('sim.document-photo.practice.zoomIn').click();
        await expect(sim.photo()).toHaveAttribute('data-zoom', '1.25');
        await sim.panelButton('sim.document-photo.practice.zoomOut').click();
        await expect(sim.photo()).toHaveAttribute('data-zoom', '1.00');
        // Two fingers spread apart on the photo (touch events, as a phone's screen sends them).
        const box = (await sim.photo().boundingBox())!;
        const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
        const fingers = (apart: number) => [{ x: cx - apart, y: cy, id: 1 }, { x: cx + apart, y: cy, id: 2 }];
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
        for (const apart of [30, 40, 50]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await expect.poll(zoom).toBeGreaterThan(2);
        await sim.panelButton('sim.document-photo.practice.fit').click();
        await expect(sim.photo()).toHaveAttribute('data-zoom', '1.00');
        // A trackpad pinch arrives as a wheel event with Ctrl held.
        await sim.photo().hover();
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -300);
        await page.mouse.wheel(0, -300);
        await page.keyboard.up('Control');
        await expect.poll(zoom).toBeGreaterThan(1.5);
      });
    });
  }
}
