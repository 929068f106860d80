// The outbox delivers through a real SMTP server in its own process: in the recipient's language with a text part,
// one-click unsubscribe headers, retries through an SMTP outage with nothing lost or sent twice, one message per
// claim across two workers, bounces recorded, and the administrators' outbox page.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../server/context.js';
import { queueMail, queueMails, type MailToSend } from '../../server/mail/queueMail.js';
import type { OutboxMessage } from '../../server/models/outboxMessage.js';
import { claimNextMessage } from '../../server/mail/outboxDelivery.js';
import { startMailDelivery } from '../../server/workers/mailDelivery.js';
import { mailTo, waitForMail } from '../support/mailbox.js';
import { sharedServers } from '../support/sharedServers.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles, createUser } from '../support/users.js';
import { waitUntil } from '../search/searchTestKit.js';

const address = (tag: string): string => `${tag}-${randomBytes(4).toString('hex')}@example.org`;

const testMail = (to: string, overrides: Partial<MailToSend> = {}): MailToSend => ({
  to,
  kind: 'test',
  content: { locale: 'en', recipientName: 'Ana', subject: 'mail.test.subject', paragraphs: ['mail.test.body'], params: {} },
  ...overrides,
});

async function outboxFor(ctx: AppContext, to: string): Promise<OutboxMessage[]> {
  return ctx.models.OutboxMessage.find({ to }).lean<OutboxMessage[]>();
}

describe('mail outbox and delivery', () => {
  let testApp: TestApp;

  before(async () => {
    testApp = await startTestApp();
    await testApp.listen();
  });
  after(async () => {
    await testApp.close();
  });

  it('delivers in the recipient’s language with a plain-text part and signed one-click unsubscribe headers', async () => {
    const user = await createUser(testApp.ctx, ['member']);
    const to = address('lang');
    await queueMail(testApp.ctx, testMail(to, {
      userId: user.id,
      unsubscribe: 'reply',
      content: { locale: 'sl', recipientName: 'Ana <b>', subject: 'mail.test.subject', paragraphs: ['mail.test.body'], params: {} },
    }));
    const [mail] = await waitForMail(to);
    assert.ok(mail);
    assert.equal(mail.subject, 'Preizkusno sporočilo Praxis');
    assert.match(mail.text, /Pozdravljeni, Ana <b>,/);
    assert.match(mail.html, /Ana &lt;b&gt;/);
    assert.match(mail.headers['list-unsubscribe'] ?? '', /^<http:\/\/localhost:\d+\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    await waitUntil(async () => (await outboxFor(testApp.ctx, to))[0]?.state === 'sent', 'the outbox records it as sent');
    const [stored] = await outboxFor(testApp.ctx, to);
    assert.equal(stored?.subject, 'Preizkusno sporočilo Praxis');
    assert.deepEqual([stored?.html, stored?.text, stored?.headers], [undefined, undefined, undefined], 'the entry holds what the mail says; it is rendered when sent');
  });

  it('one-click unsubscribe turns that e-mail off; a forged or malformed link is refused and writes nothing', async () => {
    const user = await createUser(testApp.ctx, ['member']);
    const to = address('unsub');
    await queueMail(testApp.ctx, testMail(to, { userId: user.id, unsubscribe: 'reply' }));
    const [mail] = await waitForMail(to);
    const link = (mail?.headers['list-unsubscribe'] ?? '').slice(1, -1);
    const path = new URL(link).pathname;
    const client = testApp.client();
    const [body = '', signature = ''] = path.split('/').pop()?.split('.') ?? [];
    const forged = `/unsubscribe/${body}.${signature.slice(0, -2)}xx`;
    for (const bad of [forged, '/unsubscribe/not-a-token', `/unsubscribe/${Buffer.from('{"u":"x"}').toString('base64url')}.abc`]) {
      const refused = await client.post(bad).set('Accept', 'application/json').type('form').send('List-Unsubscribe=One-Click').expect(400);
      assert.equal((refused.body as { error: { code: string } }).error.code, 'invalid_unsubscribe_link');
      const page = await client.get(bad).expect(400);
      assert.match(page.text, /This unsubscribe link is not valid/);
    }
    const untouched = await testApp.ctx.models.User.findById(user.id).lean();
    assert.deepEqual(untouched?.notificationPreferences, {});

    const page = await client.get(path).expect(200);
    assert.match(page.text, new RegExp(user.email.replace(/[.]/g, '\\.')));
    await client.post(path).type('form').send('List-Unsubscribe=One-Click').expect(303);
    const after = await testApp.ctx.models.User.findById(user.id).lean();
    assert.deepEqual(after?.notificationPreferences, { reply: 'inApp' });
    const done = await client.get(`${path}?done=1&lang=pl`).expect(200);
    assert.match(done.text, /nie będziesz już otrzymywać e-maili o „odpowiedzi do Ciebie”/);
  });

  it('records a bounce (a 5xx answer) as failed without retrying', async () => {
    const to = address('bounce');
    await queueMail(testApp.ctx, testMail(to));
    await waitUntil(async () => (await outboxFor(testApp.ctx, to))[0]?.state === 'failed', 'the bounce is recorded');
    const [message] = await outboxFor(testApp.ctx, to);
    assert.equal(message?.attempts, 1);
    assert.equal(message?.failures[0]?.responseCode, 550);
    assert.deepEqual(await mailTo(to), []);
  });

  it('keeps everything queued while the SMTP server is down and delivers each message exactly once when it returns', async () => {
    const servers = sharedServers();
    const batch = Array.from({ length: 30 }, () => address('outage'));
    await queueMails(testApp.ctx, batch.slice(0, 10).map((to) => testMail(to)));
    await servers.stopSmtp();
    try {
      await queueMails(testApp.ctx, batch.slice(10).map((to) => testMail(to)));
      await waitUntil(
        async () => (await testApp.ctx.models.OutboxMessage.countDocuments({ to: { $in: batch }, 'failures.0': { $exists: true } })) > 0,
        'deliveries fail while SMTP is down',
      );
      assert.ok((await testApp.ctx.models.OutboxMessage.countDocuments({ to: { $in: batch }, state: 'failed' })) === 0);
    } finally {
      await servers.startSmtp();
    }
    await waitUntil(
      async () => (await testApp.ctx.models.OutboxMessage.countDocuments({ to: { $in: batch }, state: 'sent' })) === batch.length,
      'every queued message is sent after SMTP returns',
    );
    for (const to of batch) assert.equal((await mailTo(to)).length, 1, `${to} received exactly one message`);
  });

  it('two delivery workers (two nodes) never send one message twice', async () => {
    const second = startMailDelivery(testApp.ctx, sharedServers().smtp.url);
    try {
      const batch = Array.from({ length: 40 }, () => address('pair'));
      await queueMails(testApp.ctx, batch.map((to) => testMail(to)));
      await waitUntil(
        async () => (await testApp.ctx.models.OutboxMessage.countDocuments({ to: { $in: batch }, state: 'sent' })) === batch.length,
        'the batch is sent',
      );
      const counts = await Promise.all(batch.map(async (to) => (await mailTo(to)).length));
      assert.deepEqual(counts, batch.map(() => 1));
    } finally {
      await second.stop();
    }
  });

  it('a message is claimed by one worker at a time, even when many claim at once', async () => {
    const batch = Array.from({ length: 10 }, () => address('claim'));
    await queueMails(testApp.ctx, batch.map((to) => testMail(to)));
    const claims = await Promise.all(Array.from({ length: 30 }, (_, index) => claimNextMessage(testApp.ctx, `contender-${index}`)));
    const mine = claims.filter((claim): claim is OutboxMessage => claim !== null && batch.includes(claim.to));
    const ids = mine.map((claim) => String(claim._id));
    assert.ok(ids.length > 0);
    assert.equal(new Set(ids).size, ids.length, 'no message was handed to two contenders');
    for (const claim of mine) assert.deepEqual(await mailTo(claim.to), [], 'the running worker did not send what a contender holds');
  });

  it('shows administrators the outbox and what the local mail server received, with its links; nobody else', async () => {
    const to = address('page');
    await queueMail(testApp.ctx, testMail(to, { content: { locale: 'en', recipientName: 'Ana', subject: 'mail.passwordReset.subject', paragraphs: ['mail.passwordReset.body'], params: { minutes: 60 }, action: { label: 'mail.passwordReset.action', url: 'http://localhost:3000/reset-password/abc' } } }));
    await waitForMail(to);
    const { client: admin } = await clientWithRoles(testApp, ['admin']);
    const page = await admin.get('/admin/mail?lang=sv').expect(200);
    assert.match(page.text, /<h1>Utkorg<\/h1>/);
    assert.ok(page.text.includes(to));
    assert.match(page.text, /<a href="http:\/\/localhost:3000\/reset-password\/abc">/);
    const api = await admin.get('/api/admin/mail').expect(200);
    const data = (api.body as { data: { counts: Record<string, number>; received: Array<{ to: string[] }> } }).data;
    assert.ok((data.counts.sent ?? 0) > 0);
    assert.ok(data.received.some((mail) => mail.to.includes(to)));
    await admin.get('/api/admin/mail?limit=0').expect(400);
    const { client: member } = await clientWithRoles(testApp, ['member']);
    await member.get('/api/admin/mail').expect(403);
    await member.get('/admin/mail').expect(403);
    await testApp.client().get('/api/admin/mail').expect(401);
  });
});
