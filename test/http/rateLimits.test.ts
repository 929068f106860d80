// The rate limits count in a store every app node shares (MongoDB by default, Redis with REDIS_URL), and sign-in
// limits count failures only, per account and per address apart, saying when to try again (API and form page).
import { strict as assert } from 'node:assert';
import { createLogger } from '../../server/logger.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles, createUser } from '../support/users.js';

/** Posts alternately through two app instances on one store until one is refused; returns the statuses. */
async function postThroughBoth(first: TestApp, second: TestApp): Promise<number[]> {
  const { client: organiser, user } = await clientWithRoles(first, ['member', 'organiser']);
  const id = (await organiser.post('/api/communities', { name: 'Two nodes', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
  const thread = (await organiser.post(`/api/communities/${id}/threads`, { title: 'Across nodes', body: 'One' }).expect(201)).body.data;
  const onSecond = second.client();
  await onSecond.signIn(user.email, user.password);
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const client = i % 2 === 0 ? onSecond : organiser;
    statuses.push((await client.post(`/api/threads/${thread.id}/replies`, { body: `Reply ${i}` })).status);
  }
  return statuses;
}

describe('rate limits shared by two app instances', () => {
  it('counts posts through both instances against one budget (MongoDB store)', async () => {
    const first = await startTestApp({ RATE_LIMIT_POSTS_PER_MIN: '3' });
    const second = await startTestApp({ RATE_LIMIT_POSTS_PER_MIN: '3' }, { sharing: first });
    try {
      assert.equal(first.ctx.rateLimits.store, 'mongodb');
      assert.deepEqual(await postThroughBoth(first, second), [201, 201, 429, 429]);
    } finally {
      await second.close();
      await first.close();
    }
  });

  describe('with REDIS_URL', () => {
    let redis: TestRedis;
    before(async () => {
      redis = await startTestRedis(createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'praxis-test'));
    });
    after(async () => redis?.stop());

    it('counts posts through both instances against one budget (Redis store)', async () => {
      const settings = { RATE_LIMIT_POSTS_PER_MIN: '3', REDIS_URL: redis.url };
      const first = await startTestApp(settings);
      const second = await startTestApp(settings, { sharing: first });
      try {
        assert.equal(second.ctx.rateLimits.store, 'redis');
        assert.deepEqual(await postThroughBoth(first, second), [201, 201, 429, 429]);
      } finally {
        await second.close();
        await first.close();
      }
    });
  });
});

describe('sign-in limits count failures per account and per address', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '5', RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '50' });
  });
  after(async () => t.close());

  const signIn = async (email: string, password: string) => (await t.client().init()).post('/api/auth/sign-in', { email, password });

  it('never limits successful sign-ins: 30 from one address all succeed', async () => {
    const user = await createUser(t.ctx, ['member']);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await signIn(user.email, user.password)).status);
    assert.deepEqual([...new Set(statuses)], [200]);
  });

  it('locks an account after 5 failures, with code, retryAfter and Retry-After; others from the same address still sign in', async () => {
    const target = await createUser(t.ctx, ['member']);
    const colleague = await createUser(t.ctx, ['member']);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await signIn(target.email, `wrong guess ${i}`)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    const locked = await signIn(target.email, target.password);
    assert.equal(locked.status, 429, 'even the right password waits until the lock ends');
    assert.equal(locked.body.error.code, 'sign_in_locked');
    assert.ok(locked.body.error.details.retryAfterSeconds > 0);
    assert.ok(Date.parse(locked.body.error.details.retryAfter) > Date.now());
    assert.ok(Number(locked.headers['retry-after']) > 0);
    assert.match(locked.body.error.message, /Try again in \d+ minutes?/);
    assert.equal((await signIn(colleague.email, colleague.password)).status, 200);
  });

  it('counts the form and the API together and says when to try again on the page, in the reader’s language', async () => {
    const target = await createUser(t.ctx, ['member']);
    for (let i = 0; i < 3; i += 1) await signIn(target.email, `api guess ${i}`);
    const form = await t.client().init();
    const page = () => form.agent.post('/sign-in').type('form').set('Accept-Language', 'sl').send({ _csrf: form.csrfToken, email: target.email, password: 'form guess' });
    assert.equal((await page()).status, 401);
    assert.equal((await page()).status, 401);
    const locked = await page();
    assert.equal(locked.status, 429);
    assert.match(locked.text, /Preveč neuspešnih prijav\. Zaradi varnosti poskusite znova čez \d+ min/);
  });

  it('counts wrong current passwords of the API and the form against one budget per account', async () => {
    const user = await createUser(t.ctx, ['member']);
    const client = await t.client().init();
    await client.signIn(user.email, user.password);
    const overApi = () => client.post('/api/me/password', { currentPassword: 'not my password', newPassword: 'a brand new password' });
    const overForm = () => client.agent.post('/me/password').type('form').send({ _csrf: client.csrfToken, currentPassword: 'not my password', newPassword: 'a brand new password' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await (i % 2 === 0 ? overApi() : overForm())).status);
    assert.deepEqual(statuses, [400, 400, 400, 400, 400]);
    const refused = await client.post('/api/me/password', { currentPassword: user.password, newPassword: 'a brand new password' });
    assert.equal(refused.status, 429, 'the sixth attempt, right or wrong, waits: 5 failures in all, not 5 per route');
    assert.equal(refused.body.error.code, 'rate_limited');
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await overForm()).status, 429);
  });

  it('limits failures per address apart from accounts: 8 failures over many accounts block the address', async () => {
    const fresh = await startTestApp({ RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '5', RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '8' });
    try {
      const other = await createUser(fresh.ctx, ['member']);
      const statuses: number[] = [];
      for (let i = 0; i < 9; i += 1) statuses.push((await (await fresh.client().init()).post('/api/auth/sign-in', { email: `nobody${i}@example.org`, password: 'guess' })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 401, 401, 401, 429]);
      const blocked = await (await fresh.client().init()).post('/api/auth/sign-in', { email: other.email, password: other.password });
      assert.equal(blocked.status, 429);
      assert.match(blocked.body.error.message, /from your network/);
    } finally {
      await fresh.close();
    }
  });
});
