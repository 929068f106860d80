// Security regressions found in review: what a reader may not see must not be confirmed through side doors.
import { strict as assert } from 'node:assert';
import sharp from 'sharp';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

describe('security review regressions', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('answers a report on someone else’s draft practice as not found, like reading it', async () => {
    const { client: author } = await clientWithRoles(t, ['member']);
    const { client: reader } = await clientWithRoles(t, ['member']);
    const draft = (await author.post('/api/practices', practiceInput('Draft: mentoring for new teachers')).expect(201)).body.data;
    await reader.get(`/api/practices/${draft.id}`).expect(404);
    const flagged = await reader.post('/api/flags', { subjectType: 'practice', subjectId: draft.id, reason: 'spam' }).expect(404);
    assert.equal(flagged.body.error.code, 'not_found');
    assert.equal(await t.ctx.models.Flag.countDocuments({ subjectId: draft.id }), 0);
    await author.post('/api/flags', { subjectType: 'practice', subjectId: draft.id, reason: 'spam' }).expect(201);
  });

  it('shows others only the attachments of an upload that they may see', async () => {
    const { client: author, user } = await clientWithRoles(t, ['member']);
    const { client: reader } = await clientWithRoles(t, ['member']);
    const draft = (await author.post('/api/practices', practiceInput('Draft: school e-services plan')).expect(201)).body.data;
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } }).png().toBuffer();
    const stored = (await author.post('/api/uploads').attach('files', png, { filepath: 'face.png', contentType: 'image/png' } as { contentType: string }).expect(201)).body.data[0];
    await author.post(`/api/uploads/${stored.id}/attach`, { type: 'avatar', id: user.id, licence: 'cc-by-4.0' }).expect(200);
    await author.post(`/api/uploads/${stored.id}/attach`, { type: 'practice', id: draft.id, licence: 'cc-by-4.0', caption: 'Unannounced plan' }).expect(200);
    const own = (await author.get(`/api/uploads/${stored.id}`).expect(200)).body.data;
    assert.deepEqual(own.attachedTo.map((a: { type: string }) => a.type).sort(), ['avatar', 'practice']);
    const seen = (await reader.get(`/api/uploads/${stored.id}`).expect(200)).body.data;
    assert.deepEqual(seen.attachedTo.map((a: { type: string }) => a.type), ['avatar']);
    assert.equal(JSON.stringify(seen).includes('Unannounced plan'), false);
  });

  describe('with a small write limit', () => {
    let limited: TestApp;
    before(async () => {
      limited = await startTestApp({ RATE_LIMIT_WRITE_PER_MIN: '3' });
    });
    after(async () => limited.close());

    it('rate-limits page form writes per user, as it does API writes', async () => {
      const { client } = await clientWithRoles(limited, ['member']);
      const save = () => client.agent.post('/me').type('form').accept('html').send({ _csrf: client.csrfToken, displayName: 'Maja Horvat' });
      for (let i = 0; i < 3; i += 1) await save().expect(303);
      await save().expect(429);
      await client.patch('/api/me', { displayName: 'Maja H.' }).expect(429);
    });
  });
});
