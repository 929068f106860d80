// Account flows through HTTP: register, sign in/out, current user, profile, password change, and their bad inputs.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';

describe('accounts', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('registers a member, signs them in, and reports the current user', async () => {
    const client = await t.client().init();
    const user = await client.register({ email: 'Mojca.Novak@Example.SI', displayName: 'Mojca Novak' });
    const me = await client.get('/api/me').expect(200);
    assert.equal(me.body.data.email, 'mojca.novak@example.si');
    assert.equal(me.body.data.displayName, 'Mojca Novak');
    assert.deepEqual(me.body.data.roles, ['member']);
    assert.equal(me.body.data.id, user.id);
    assert.equal('passwordHash' in me.body.data, false);
    const stored = await t.ctx.models.User.findById(user.id).lean();
    assert.match(stored?.passwordHash ?? '', /^scrypt\$/);
    assert.equal(stored?.passwordHash.includes(user.password), false);
  });

  it('sets an HttpOnly SameSite session cookie and signs out', async () => {
    const client = await t.client().init();
    const user = await client.register();
    await client.post('/api/auth/sign-out').expect(204);
    await client.get('/api/me').expect(401);
    const response = await client.post('/api/auth/sign-in', { email: user.email, password: user.password }).expect(200);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('praxis_sid='));
    assert.ok(session, 'session cookie set');
    assert.match(session, /HttpOnly/i);
    assert.match(session, /SameSite=Lax/i);
    await client.get('/api/me').expect(200);
  });

  it('refuses a wrong password without telling which part was wrong', async () => {
    const client = await t.client().init();
    const user = await client.register();
    const other = await t.client().init();
    const wrong = await other.post('/api/auth/sign-in', { email: user.email, password: 'not the password' }).expect(401);
    const unknown = await other.post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'not the password' }).expect(401);
    assert.equal(wrong.body.error.code, 'invalid_credentials');
    assert.deepEqual(wrong.body, unknown.body);
  });

  it('answers 409 email_taken for a second account with the same address, in any case', async () => {
    const client = await t.client().init();
    const user = await client.register();
    const again = await t.client().init();
    const response = await again.post('/api/auth/register', { email: user.email.toUpperCase(), password: 'another password', displayName: 'Copy' }).expect(409);
    assert.equal(response.body.error.code, 'email_taken');
    assert.equal(await t.ctx.models.User.countDocuments({ email: user.email }), 1);
  });

  it('finishes a registration cut short after the account was written when the same registration is sent again', async () => {
    const first = await t.client().init();
    const user = await first.register({ email: 'cut.short@example.org', displayName: 'Cut Short' });
    // The state a database lost between the writes leaves (answered 503): the account, no handle on it, no mail.
    await t.ctx.models.User.updateOne({ _id: user.id }, { $unset: { handle: 1 } });
    await t.ctx.models.OutboxMessage.deleteMany({ userId: user.id });
    await t.ctx.models.AccountToken.deleteMany({ userId: user.id });
    const registration = { email: user.email, password: user.password, displayName: 'Cut Short' };

    const otherPassword = await (await t.client().init()).post('/api/auth/register', { ...registration, password: 'somebody else entirely' }).expect(409);
    assert.equal(otherPassword.body.error.code, 'email_taken');
    const retry = await t.client().init();
    const finished = await retry.post('/api/auth/register', registration).expect(201);
    assert.equal(finished.body.data.id, user.id);
    await retry.get('/api/me').expect(200);
    const stored = await t.ctx.models.User.findById(user.id).lean();
    assert.equal(stored?.handle, 'cut.short', 'the handle it already held, not a second one');
    assert.equal(await t.ctx.models.Handle.countDocuments({ userId: user.id }), 1);
    assert.equal(await t.ctx.models.OutboxMessage.countDocuments({ userId: user.id, kind: 'account.verifyEmail' }), 1);
    assert.equal(await t.ctx.models.AccountToken.countDocuments({ userId: user.id, purpose: 'verifyEmail' }), 1);

    const again = await (await t.client().init()).post('/api/auth/register', registration).expect(409);
    assert.equal(again.body.error.code, 'email_taken', 'a finished registration is not sent twice');
    assert.equal(await t.ctx.models.OutboxMessage.countDocuments({ userId: user.id, kind: 'account.verifyEmail' }), 1);
    assert.equal(await t.ctx.models.User.countDocuments({ email: user.email }), 1);
  });

  it('changes the password and ends the other sessions', async () => {
    const first = await t.client().init();
    const user = await first.register();
    const second = await t.client().init();
    await second.signIn(user.email, user.password);
    const wrong = await first.post('/api/me/password', { currentPassword: 'wrong one!!', newPassword: 'a brand new password' }).expect(400);
    assert.equal(wrong.body.error.code, 'wrong_password');
    await first.post('/api/me/password', { currentPassword: user.password, newPassword: 'a brand new password' }).expect(204);
    await first.get('/api/me').expect(200);
    await second.get('/api/me').expect(401);
    const third = await t.client().init();
    await third.post('/api/auth/sign-in', { email: user.email, password: user.password }).expect(401);
    await third.signIn(user.email, 'a brand new password');
  });

  it('updates the own profile and rejects unknown fields', async () => {
    const client = await t.client().init();
    await client.register();
    const updated = await client.patch('/api/me', { displayName: 'Anna Svensson', locale: 'sv' }).expect(200);
    assert.equal(updated.body.data.locale, 'sv');
    const bad = await client.patch('/api/me', { roles: ['admin'] }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    const me = await client.get('/api/me').expect(200);
    assert.deepEqual(me.body.data.roles, ['member']);
  });

  describe('bad input is a 4xx with a stable code and writes nothing', () => {
    const cases: Array<{ name: string; body: unknown; code: string }> = [
      { name: 'missing fields', body: {}, code: 'validation_failed' },
      { name: 'wrong types', body: { email: 42, password: true, displayName: [] }, code: 'validation_failed' },
      { name: 'unknown field', body: { email: 'x1@example.org', password: 'long enough pw', displayName: 'X', roles: ['admin'] }, code: 'validation_failed' },
      { name: 'short password', body: { email: 'x2@example.org', password: 'short', displayName: 'Xavier' }, code: 'validation_failed' },
      { name: 'bad e-mail', body: { email: 'not-an-email', password: 'long enough pw', displayName: 'Xavier' }, code: 'validation_failed' },
      { name: 'NUL in a string', body: { email: 'x3@example.org', password: 'long enough pw', displayName: 'X\u0000avier' }, code: 'validation_failed' },
      { name: 'operator key', body: { email: 'x4@example.org', password: 'long enough pw', displayName: 'Xavier', $where: '1' }, code: 'validation_failed' },
    ];
    for (const c of cases) {
      it(`register with ${c.name}`, async () => {
        const before = await t.ctx.models.User.countDocuments();
        const client = await t.client().init();
        const response = await client.post('/api/auth/register', c.body as object).expect(400);
        assert.equal(response.body.error.code, c.code);
        assert.equal(typeof response.body.error.message, 'string');
        assert.ok(Array.isArray(response.body.error.details) && response.body.error.details.length > 0);
        assert.equal(await t.ctx.models.User.countDocuments(), before);
      });
    }

    it('invalid JSON → 400 invalid_json', async () => {
      const client = await t.client().init();
      const response = await client.post('/api/auth/register').set('Content-Type', 'application/json').send('{"email": ').expect(400);
      assert.equal(response.body.error.code, 'invalid_json');
      assert.equal(JSON.stringify(response.body).includes('at '), false, 'no stack trace');
    });

    it('oversized body → 413 payload_too_large', async () => {
      const client = await t.client().init();
      const response = await client.post('/api/auth/register', { email: 'big@example.org', password: 'x'.repeat(2_000_000), displayName: 'Big' }).expect(413);
      assert.equal(response.body.error.code, 'payload_too_large');
    });

    it('wrong content type → 415 unsupported_media_type', async () => {
      const client = await t.client().init();
      const response = await client.post('/api/auth/register').set('Content-Type', 'text/plain').send('email=a').expect(415);
      assert.equal(response.body.error.code, 'unsupported_media_type');
    });

    it('unknown API route → JSON 404', async () => {
      const response = await t.client().get('/api/no-such-thing').expect(404);
      assert.equal(response.body.error.code, 'route_not_found');
    });
  });

  describe('CSRF', () => {
    it('refuses a write without the token, and with a token from another browser', async () => {
      const client = await t.client().init();
      const none = await client.agent.post('/api/auth/register').send({ email: 'csrf@example.org', password: 'long enough pw', displayName: 'Csrf' }).expect(403);
      assert.equal(none.body.error.code, 'csrf_failed');
      const other = await t.client().init();
      const foreign = await client.agent
        .post('/api/auth/register')
        .set('X-CSRF-Token', other.csrfToken)
        .send({ email: 'csrf@example.org', password: 'long enough pw', displayName: 'Csrf' })
        .expect(403);
      assert.equal(foreign.body.error.code, 'csrf_failed');
      assert.equal(await t.ctx.models.User.countDocuments({ email: 'csrf@example.org' }), 0);
    });
  });
});

describe('registration rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ RATE_LIMIT_AUTH_PER_15MIN: '3' });
  });
  after(async () => t.close());

  it('answers 429 rate_limited with Retry-After after too many registrations from one address, API and form together', async () => {
    const fresh = () => t.client().init();
    const account = (name: string) => ({ email: `${name}@example.org`, password: 'long enough pw', displayName: name });
    await (await fresh()).post('/api/auth/register', account('first')).expect(201);
    const form = await fresh();
    await form.agent.post('/register').type('form').send({ _csrf: form.csrfToken, ...account('second') }).expect(303);
    await (await fresh()).post('/api/auth/register', account('third')).expect(201);
    const limited = await (await fresh()).post('/api/auth/register', account('fourth')).expect(429);
    assert.equal(limited.body.error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
  });
});

describe('interface language of a signed-in user', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('follows the account setting on a new device, over the browser Accept-Language', async () => {
    const first = await t.client().init();
    const user = await first.register();
    await first.patch('/api/me', { locale: 'pl' }).expect(200);
    const otherDevice = await t.client().init();
    await otherDevice.signIn(user.email, user.password);
    const page = await otherDevice.get('/').set('Accept-Language', 'sv-SE,sv;q=0.9').expect(200);
    assert.match(page.text, /<html lang="pl"/);
  });
});
