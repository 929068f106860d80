// The attachments step of a published practice in the browser: it says the files change through the pending change,
// passes axe, and removing a file by keyboard changes the pending change while the public page keeps the file.
import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';

describe('a published practice’s attachments in the browser', function () {
  this.timeout(240_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('changes the files through the pending change, accessibly and by keyboard', async () => {
    const user = await createUser(t.ctx, ['member'], 'Maja Kovač');
    const actors = { ...(await contentActors(t.ctx)), author: { userId: user.id, roles: ['member' as const], displayName: user.displayName } };
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Objavljena praksa s fotografijo'), 'Delavnica v zbornici');
    const page = await signedInPage(browser, baseUrl, user, { locale: 'en-GB' });
    const id = String(practice._id);
    await checkPage(page, `/practices/${id}/edit?step=attachments&lang=en`, 'living-attachments');
    assert.match((await page.locator('.attachments-editor .notice').textContent()) ?? '', /part of your pending change/);
    await page.getByRole('button', { name: /^Remove/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/attachmentRemoved=1/);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(stored?.attachments.length, 1, 'the live file stays');
    assert.deepEqual(stored?.pendingChanges?.record?.fields.attachments, [], 'the pending change removes it');
    await checkPage(page, `/practices/${id}/edit?step=attachments&lang=en`, 'living-attachments-removed');
  });
});
