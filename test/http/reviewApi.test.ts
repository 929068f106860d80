// The review queues as JSON and the site's queue of reported practices: a community's moderators read one entry per
// reported message with the messages around it, the reasons counted and the author's standing, claim it and decide it
// in one call; site moderators see reported practices on the dashboard and over the API, keep them or (as reviewers)
// take them offline, and each reporter is told the outcome; everyone else is refused, bad decisions are refused in words and leave nothing half-done.
import { strict as assert } from 'node:assert';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { contentActors, practiceInput, publishedPractice, type ContentActors } from '../support/publicContent.js';

interface Signed {
  client: TestClient;
  user: RegisteredUser;
}

describe('review queue API and reported practices', () => {
  let t: TestApp;
  let owner: Signed;
  before(async () => {
    t = await startTestApp();
    await t.listen();
    owner = await clientWithRoles(t, ['member', 'organiser'], 'Olga Owner');
  });
  after(() => t.close());

  const member = async (communityId: string, name: string): Promise<Signed> => {
    const signed = await clientWithRoles(t, ['member'], name);
    await signed.client.post(`/api/communities/${communityId}/members/join`).expect(200);
    return signed;
  };
  const say = async (who: Signed, roomId: string, body: string): Promise<{ id: string; seq: number }> =>
    (await who.client.post(`/api/rooms/${roomId}/messages`, { body, clientId: `c-${Math.random().toString(36).slice(2)}` }).expect(201)).body.data;

  it('answers a community’s queue with context, claims and decides an item in one call', async () => {
    const community = (await owner.client.post('/api/communities', { name: 'Queue API group', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data;
    const roomId: string = (await owner.client.post(`/api/communities/${community.id}/rooms`, { name: 'Hallway', topic: '' }).expect(201)).body.data.id;
    const author = await member(community.id, 'Ana Author');
    const first = await member(community.id, 'Rita Reporter');
    const second = await member(community.id, 'Rok Reporter');
    const moderator = await member(community.id, 'Mira Moderator');
    await owner.client.post(`/api/communities/${community.id}/members/${moderator.user.id}/role`, { role: 'moderator' }).expect(200);
    await say(author, roomId, 'Good morning');
    const offending = await say(author, roomId, 'Cheap watches at example.test');
    await say(author, roomId, 'Oops, wrong room');
    await first.client.post('/api/flags', { subjectType: 'message', subjectId: offending.id, reason: 'spam' }).expect(201);
    await second.client.post('/api/flags', { subjectType: 'message', subjectId: offending.id, reason: 'off-topic', note: 'Not about our work' }).expect(201);

    await first.client.get(`/api/communities/${community.id}/review`).expect(403);
    const queue = (await owner.client.get(`/api/communities/${community.id}/review`).expect(200)).body;
    assert.deepEqual(queue.page, { offset: 0, limit: 20, total: 1 });
    const [item] = queue.data;
    assert.equal(item.subjectType, 'message');
    assert.equal(item.content.kind, 'message');
    assert.equal(item.content.excerpt, 'Cheap watches at example.test');
    assert.equal(item.content.room.name, 'Hallway');
    assert.equal(item.content.href, `/communities/${community.slug}/rooms/${roomId}#m-${offending.seq}`);
    assert.deepEqual(item.content.around.map((line: { excerpt: string }) => line.excerpt), ['Good morning', 'Cheap watches at example.test', 'Oops, wrong room']);
    assert.deepEqual(item.reports.reasons, { spam: 1, 'off-topic': 1 });
    assert.equal(item.reports.count, 2);
    assert.deepEqual(item.reports.items.map((flag: { reporter: { displayName: string } }) => flag.reporter.displayName), ['Rita Reporter', 'Rok Reporter']);
    assert.equal(item.author.displayName, 'Ana Author');
    assert.deepEqual(item.authorStanding, { state: 'active', role: 'member', mutedUntil: null });
    assert.equal(item.upheldReports, 0);
    assert.equal(item.claimedBy, null);

    await owner.client.post(`/api/communities/${community.id}/review/claim`, { subjectType: 'message', subjectId: offending.id, claim: true }).expect(204);
    const claimed = (await moderator.client.get(`/api/communities/${community.id}/review`).expect(200)).body.data[0];
    assert.equal(claimed.claimedBy.displayName, 'Olga Owner');
    const taken = await moderator.client.post(`/api/communities/${community.id}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'delete', reason: 'Spam' }).expect(409);
    assert.equal(taken.body.error.code, 'review_claimed');
    const noReason = await owner.client.post(`/api/communities/${community.id}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'delete', reason: ' ' }).expect(400);
    assert.equal(noReason.body.error.code, 'validation_failed');
    const hidden = await owner.client.post(`/api/communities/${community.id}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'hide', reason: 'x' }).expect(400);
    assert.equal(hidden.body.error.code, 'validation_failed', 'a live message cannot be hidden');
    assert.equal(await t.ctx.models.Flag.countDocuments({ subjectId: offending.id, state: 'open' }), 2, 'nothing was closed by a refused decision');

    const decided = (await owner.client.post(`/api/communities/${community.id}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'delete', sanction: 'warn', reason: 'Advertising is not allowed' }).expect(200)).body.data;
    assert.equal(decided.outcome, 'delete+warn');
    assert.deepEqual(decided.flags.map((flag: { state: string; resolutionNote: string }) => [flag.state, flag.resolutionNote]), [['resolved', 'Advertising is not allowed'], ['resolved', 'Advertising is not allowed']]);
    assert.equal((await t.ctx.models.Message.findById(offending.id).lean())?.state, 'deleted');
    assert.deepEqual((await owner.client.get(`/api/communities/${community.id}/review`).expect(200)).body.page.total, 0);
    const again = await owner.client.post(`/api/communities/${community.id}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'keep', reason: 'Fine' }).expect(409);
    assert.equal(again.body.error.code, 'flag_closed');
    const released = await owner.client.post(`/api/communities/${community.id}/review/claim`, { subjectType: 'message', subjectId: offending.id, claim: false }).expect(409);
    assert.equal(released.body.error.code, 'flag_closed');
  });

  describe('reported practices', () => {
    let actors: ContentActors;
    let siteModerator: Signed;
    let reviewingModerator: Signed;
    before(async () => {
      actors = await contentActors(t.ctx);
      siteModerator = await clientWithRoles(t, ['member', 'moderator'], 'Sara Sitemod');
      reviewingModerator = await clientWithRoles(t, ['member', 'organiser', 'moderator'], 'Rado Reviewer');
    });
    const reported = async (title: string, reasons: string[]): Promise<{ id: string; slug: string; reporters: Signed[] }> => {
      const practice = await publishedPractice(t.ctx, actors, practiceInput(title));
      const reporters: Signed[] = [];
      for (const reason of reasons) {
        const reporter = await clientWithRoles(t, ['member']);
        await reporter.client.post('/api/flags', { subjectType: 'practice', subjectId: String(practice._id), reason }).expect(201);
        reporters.push(reporter);
      }
      return { id: String(practice._id), slug: practice.slug, reporters };
    };

    it('shows them to site moderators with the practice and its reports, and keeps one', async () => {
      const practice = await reported('Digitalna strategija Ormož', ['misinformation', 'misinformation']);
      const plain = await clientWithRoles(t, ['member']);
      await plain.client.get('/api/review/practices').expect(403);
      assert.doesNotMatch((await plain.client.get('/moderation').expect(200)).text, /Reported practices/, 'members see only their own reports');

      const queue = (await siteModerator.client.get('/api/review/practices').expect(200)).body;
      const item = queue.data.find((entry: { subjectId: string }) => entry.subjectId === practice.id);
      assert.equal(item.content.kind, 'practice');
      assert.equal(item.content.title, 'Digitalna strategija Ormož');
      assert.equal(item.content.state, 'published');
      assert.equal(item.content.href, `/practices/${practice.slug}`);
      assert.deepEqual(item.reports.reasons, { misinformation: 2 });
      assert.equal(item.author.displayName, 'Mojca Novak');

      const dashboard = (await siteModerator.client.get('/moderation').expect(200)).text;
      assert.match(dashboard, /<h2 id="practice-reports-heading">Reported practices/);
      assert.match(dashboard, /Practice “Digitalna strategija Ormož”/);
      assert.match(dashboard, /2 reports<\/strong>: False or misleading information × 2/);
      assert.match(dashboard, new RegExp(`href="/practices/${practice.slug}"`));
      assert.doesNotMatch(dashboard, /Another change/, 'the practice’s history in words');
      assert.doesNotMatch(dashboard, new RegExp(`id="pr-${practice.id}-content-unpublish"`), 'taking a practice offline is for reviewers');
      const refused = await siteModerator.client.post('/api/review/practices/decide', { subjectId: practice.id, content: 'unpublish', reason: 'Wrong' }).expect(403);
      assert.equal(refused.body.error.code, 'forbidden');
      assert.equal(await t.ctx.models.Flag.countDocuments({ subjectId: practice.id, state: 'open' }), 2, 'nothing half-done');
      assert.match((await siteModerator.client.get('/moderation?lang=sl').expect(200)).text, /Prijavljene prakse/);

      const kept = (await siteModerator.client.post('/api/review/practices/decide', { subjectId: practice.id, content: 'keep', reason: 'The figures are sourced' }).expect(200)).body.data;
      assert.equal(kept.outcome, 'keep+none');
      assert.deepEqual(kept.flags.map((flag: { state: string }) => flag.state), ['rejected', 'rejected']);
      assert.equal((await t.ctx.models.Practice.findById(practice.id).lean())?.state, 'published');
    });

    it('lets a reviewing moderator take a reported practice offline from the dashboard form', async () => {
      const practice = await reported('Mentorstvo v Kranju', ['abusive']);
      const reporterFlag = await t.ctx.models.Flag.findOne({ subjectId: practice.id }).lean();
      const dashboard = (await reviewingModerator.client.get('/moderation').expect(200)).text;
      assert.match(dashboard, new RegExp(`id="pr-${practice.id}-content-unpublish"`));
      const form = (fields: Record<string, string>) => reviewingModerator.client.agent.post('/moderation/practices/decide').type('form').send({ _csrf: reviewingModerator.client.csrfToken, subjectId: practice.id, ...fields });
      const noReason = await form({ content: 'unpublish', reason: '' }).expect(400);
      assert.match(noReason.text, /class="error-summary" role="alert"/);
      await form({ content: 'unpublish', reason: 'Names a pupil' }).expect(303).expect('location', '/moderation?done=review#practice-reports');
      assert.equal((await t.ctx.models.Practice.findById(practice.id).lean())?.state, 'unpublished');
      const told = async () => ((await practice.reporters[0]?.client.get('/api/notifications').expect(200))?.body.data as Array<{ kind: string; text: string; path: string }>).filter((group) => group.kind === 'reportOutcome');
      await eventually(async () => (await told()).length === 1, 'the reporter is told the outcome');
      assert.deepEqual((await told()).map((group) => [group.text, group.path]), [['Your report in “Mentorstvo v Kranju” was reviewed: moderators acted on it', '/moderation#own-reports']]);
      const flag = await t.ctx.models.Flag.findById(reporterFlag?._id).lean();
      assert.deepEqual([flag?.state, flag?.outcome, flag?.resolutionNote], ['resolved', 'unpublish+none', 'Names a pupil']);
      assert.match((await reviewingModerator.client.get('/moderation?done=review').expect(200)).text, /Decided\. The reporters see the outcome/);
      const audit = await t.ctx.models.Audit.find({ subjectId: practice.id, action: { $in: ['review.unpublish', 'practice.unpublish'] } }).lean();
      assert.equal(audit.length, 2, 'the decision and the transition are both audited');
      const again = await form({ content: 'keep', reason: 'x' }).expect(409);
      assert.match(again.text, /This report has already been handled\./);
    });
  });
});
