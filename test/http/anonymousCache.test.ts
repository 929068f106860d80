// The cache of anonymous answers: repeated reads are served from it with validators, a write to public content is
// seen at once, and it never hands a signed-in page, a draft or members-only content to anyone it was not made for.
import { strict as assert } from 'node:assert';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Practice } from '../../server/models/practice.js';
import { communityWithThread, contentActors, practiceInput, publishedPractice, type ContentActors } from '../support/publicContent.js';
import { indexEverything } from '../search/searchTestKit.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

describe('anonymous answer cache', () => {
  let t: TestApp;
  let actors: ContentActors;
  let practice: Practice;

  before(async () => {
    t = await startTestApp();
    actors = await contentActors(t.ctx);
    practice = await publishedPractice(t.ctx, actors, practiceInput('Šolska strategija za predpomnilnik'));
  });
  after(async () => t.close());

  it('serves a repeated anonymous page as public with a validator, and answers 304 to it', async () => {
    const visitor = await t.client().init();
    const first = await visitor.get(`/practices/${practice.slug}`).expect(200);
    const second = await visitor.get(`/practices/${practice.slug}`).expect(200);
    assert.equal(second.text, first.text);
    assert.equal(second.headers['cache-control'], 'public, max-age=0, must-revalidate');
    assert.match(String(second.headers.vary), /Cookie/);
    assert.ok(second.headers.etag);
    await visitor.get(`/practices/${practice.slug}`).set('If-None-Match', String(second.headers.etag)).expect(304);
  });

  it('gives every visitor their own CSRF token in a cached page', async () => {
    const one = await t.client().init();
    const two = await t.client().init();
    const pageOne = await one.get('/').expect(200);
    const pageTwo = await two.get('/').expect(200);
    const token = (body: string): string | undefined => /<meta name="csrf-token" content="([^"]+)"/.exec(body)?.[1];
    assert.equal(token(pageOne.text), one.csrfToken);
    assert.equal(token(pageTwo.text), two.csrfToken);
    assert.notEqual(one.csrfToken, two.csrfToken);
  });

  it('sets no CSRF cookie on a JSON read, but gives a new visitor one with the first page, cached or not', async () => {
    const csrfCookies = (headers: Record<string, unknown>): string[] => [headers['set-cookie'] ?? []].flat().map(String).filter((c) => c.startsWith('praxis_csrf='));
    for (let round = 0; round < 2; round += 1) {
      const json = await t.client().get('/api/practices').expect(200);
      assert.deepEqual(csrfCookies(json.headers), [], 'a JSON read makes no token');
      assert.equal(json.headers['cache-control'], 'public, max-age=0, must-revalidate');
      const page = await t.client().get(`/practices/${practice.slug}`).expect(200);
      const [cookie] = csrfCookies(page.headers);
      assert.ok(cookie, 'a page carries forms, so a new visitor gets the CSRF cookie with it');
      const token = /<meta name="csrf-token" content="([^"]+)"/.exec(page.text)?.[1];
      assert.ok(token);
      const bare = await t.client().agent.post('/api/auth/sign-in').send({ email: 'x@example.org', password: 'y' }).expect(403);
      assert.equal(bare.body.error.code, 'csrf_failed');
    }
  });

  it('shows a newly published practice to anonymous readers at once', async () => {
    const visitor = await t.client().init();
    const before = await visitor.get('/api/practices').expect(200);
    const title = 'Nova praksa takoj vidna';
    assert.ok(!before.text.includes(title));
    const fresh = await publishedPractice(t.ctx, actors, practiceInput(title));
    const after = await visitor.get('/api/practices').expect(200);
    assert.ok(after.text.includes(fresh.slug), 'the list made before the publish was not served again');
  });

  it('keeps an anonymous search page only until the search index has the newly published practice', async () => {
    const visitor = await t.client().init();
    const word = 'predpomnjeniiskalnik';
    await indexEverything(t.ctx);
    const empty = await visitor.get(`/search?q=${word}`).expect(200);
    assert.ok(!empty.text.includes('Iskalnik vidi novo prakso'));
    assert.equal((await visitor.get(`/search?q=${word}`).expect(200)).headers['cache-control'], 'public, max-age=0, must-revalidate');
    await publishedPractice(t.ctx, actors, practiceInput(`Iskalnik vidi novo prakso ${word}`));
    await visitor.get(`/search?q=${word}`).expect(200);
    await indexEverything(t.ctx);
    const found = await visitor.get(`/search?q=${word}`).expect(200);
    assert.ok(found.text.includes('Iskalnik vidi novo prakso'), 'the search page made before indexing was not served again');
  });

  it('never serves a cached anonymous page to a signed-in member, nor stores theirs for others', async () => {
    await t.client().get('/').expect(200);
    const { client, user } = await clientWithRoles(t, ['member'], 'Signed-in Reader Name');
    const signedIn = await client.get('/').expect(200);
    assert.ok(signedIn.text.includes(user.displayName));
    assert.equal(signedIn.headers['cache-control'], 'private, no-cache');
    const anonymous = await t.client().get('/').expect(200);
    assert.ok(!anonymous.text.includes(user.displayName));
  });

  it('keeps drafts hidden and members-only threads closed to anonymous readers after a member read them', async () => {
    const draft = await createPractice(t.ctx, actors.author, practiceInput('Osnutek ostane skrit'));
    await t.client().get(`/practices/${draft.slug}`).expect(404);
    const { community, threadId } = await communityWithThread(t.ctx, actors.reviewer, {
      name: 'Closed cache group',
      visibility: 'members-only',
      threadTitle: 'Only for members',
      body: 'A members-only remark about budgets.',
    });
    const owner = await t.client().init();
    const reviewerEmail = await t.ctx.models.User.findById(actors.reviewer.userId).lean();
    assert.ok(reviewerEmail);
    await owner.signIn(reviewerEmail.email, 'correct horse battery');
    const member = await owner.get(`/threads/${threadId}`).expect(200);
    assert.ok(member.text.includes('members-only remark'));
    const anonymous = await t.client().get(`/threads/${threadId}`);
    assert.ok(!anonymous.text.includes('members-only remark'));
    const communityPage = await t.client().get(`/communities/${community.slug}`);
    assert.ok(!communityPage.text.includes('Only for members'));
  });
});
