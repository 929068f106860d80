// Expired sessions stop working at once (every read checks expiresAt) and are purged by the cleanup step.
import { strict as assert } from 'node:assert';
import { purgeExpired } from '../../server/commands/maintenance/purgeExpired.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

describe('expiry', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('an expired session signs nobody in, and the purge removes only expired records', async () => {
    const expiring = await t.client().init();
    const user = await expiring.register();
    const lasting = await t.client().init();
    await lasting.signIn(user.email, user.password);
    await expiring.get('/api/me').expect(200);
    const sessions = await t.ctx.models.Session.find({ userId: user.id }).sort({ createdAt: 1 }).lean();
    assert.equal(sessions.length, 2);
    await t.ctx.models.Session.updateOne({ _id: sessions[0]?._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    await expiring.get('/api/me').expect(401);
    await lasting.get('/api/me').expect(200);
    assert.equal(await purgeExpired(t.ctx), 1);
    assert.equal(await t.ctx.models.Session.countDocuments({ userId: user.id }), 1);
    await lasting.get('/api/me').expect(200);
  });
});
