// The password-reset journey in Chromium: from the sign-in page to the mail the real SMTP server received, through
// the link in it, to signing in with the new password; the link then no longer works.
import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { linkIn, waitForMail } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';

describe('password reset in the browser', function () {
  this.timeout(120_000);
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;

  before(async () => {
    testApp = await startTestApp();
    baseUrl = await testApp.listen();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('follows the mailed link, sets a new password with the keyboard and signs in with it', async () => {
    const user = await createUser(testApp.ctx, ['member'], 'Reset Rita');
    const context = await browser.newContext({ locale: 'sl-SI' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Ste pozabili geslo?' }).click();
    await page.getByLabel('E-poštni naslov').fill(user.email);
    await page.getByLabel('E-poštni naslov').press('Enter');
    await page.getByRole('status').waitFor();
    assert.match(await page.getByRole('status').innerText(), /Če ta naslov uporablja kateri od računov/);

    const resetMail = (await waitForMail(user.email, 2)).find((mail) => mail.text.includes('/reset-password/'));
    assert.ok(resetMail, 'the reset mail reached the SMTP server');
    const link = linkIn(resetMail, '/reset-password/').replace(/^http:\/\/localhost:\d+/, baseUrl);
    await page.goto(link);
    await page.getByLabel('Novo geslo').fill('a brand new password');
    await page.getByRole('button', { name: 'Shrani novo geslo' }).press('Enter');
    await page.getByRole('status').waitFor();
    assert.match(await page.getByRole('status').innerText(), /Vaše geslo je spremenjeno/);

    await page.getByRole('main').getByRole('link', { name: 'Prijava' }).click();
    await page.getByLabel('E-poštni naslov').fill(user.email);
    await page.getByLabel('Geslo').fill('a brand new password');
    await page.getByRole('button', { name: 'Prijava' }).click();
    await page.waitForURL(`${baseUrl}/me`);

    await page.goto(link);
    assert.match(await page.getByRole('alert').innerText(), /This link is not valid/, 'signed in, the page speaks the account’s language');
    await context.close();
  });
});
