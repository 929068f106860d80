// The practice workflow through HTTP for every role: submit, review, request changes, publish now or later,
// unpublish, archive, restore, feature; the two-person rule; forbidden transitions; visibility per state; the audit trail.
import { strict as assert } from 'node:assert';
import { publishDuePractices } from '../../server/commands/practices/publishDuePractices.js';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface PracticeBody {
  id: string;
  rev: number;
  state: string;
  [key: string]: unknown;
}

describe('practice workflow', () => {
  let t: TestApp;
  let author: TestClient;
  let member: TestClient;
  let organiser: TestClient;
  let secondOrganiser: TestClient;
  let admin: TestClient;
  let anonymous: TestClient;
  let organiserId: string;

  const create = async (client: TestClient, title: string, overrides: Record<string, unknown> = {}): Promise<PracticeBody> =>
    (await client.post('/api/practices', practiceInput(title, overrides)).expect(201)).body.data as PracticeBody;
  const act = (client: TestClient, id: string, verb: string, body: object = {}) => client.post(`/api/practices/${id}/${verb}`, body);
  const stateOf = async (id: string): Promise<string | undefined> => (await t.ctx.models.Practice.findById(id).lean())?.state;

  /** Moves a new practice of `author` to `state` along the normal path. */
  const practiceIn = async (state: string): Promise<PracticeBody> => {
    const p = await create(author, `Praksa v stanju ${state} ${Math.random().toString(36).slice(2, 8)}`);
    const path: Record<string, Array<[TestClient, string, object?]>> = {
      draft: [],
      submitted: [[author, 'submit']],
      'in-review': [[author, 'submit'], [organiser, 'start-review']],
      'changes-requested': [[author, 'submit'], [organiser, 'start-review'], [organiser, 'request-changes', { comment: 'More detail.' }]],
      scheduled: [[author, 'submit'], [organiser, 'start-review'], [organiser, 'publish', { publishAt: new Date(Date.now() + 86_400_000).toISOString() }]],
      published: [[author, 'submit'], [organiser, 'start-review'], [organiser, 'publish']],
      unpublished: [[author, 'submit'], [organiser, 'start-review'], [organiser, 'publish'], [organiser, 'unpublish']],
      archived: [[author, 'submit'], [organiser, 'start-review'], [organiser, 'publish'], [organiser, 'archive']],
    };
    for (const [client, verb, body] of path[state] ?? []) await act(client, p.id, verb, body).expect(200);
    assert.equal(await stateOf(p.id), state);
    return p;
  };

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'], 'Mojca Novak')).client;
    member = (await clientWithRoles(t, ['member'])).client;
    const o = await clientWithRoles(t, ['member', 'organiser'], 'Piotr Kowalski');
    organiser = o.client;
    organiserId = o.user.id;
    secondOrganiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    admin = (await clientWithRoles(t, ['admin'])).client;
    anonymous = await t.client().init();
  });
  after(async () => t.close());

  it('runs the whole workflow: submit, review, changes, resubmit, publish, unpublish, archive, restore, feature', async () => {
    const draft = await create(author, 'Celotna pot');
    await act(author, draft.id, 'submit').expect(200);
    await author.patch(`/api/practices/${draft.id}`, { rev: draft.rev + 1, changes: { region: 'x' } }).expect(403);
    const inReview = await act(organiser, draft.id, 'start-review').expect(200);
    assert.equal(inReview.body.data.state, 'in-review');
    assert.deepEqual(inReview.body.data.reviewers.map((r: { id: string }) => r.id), [organiserId]);

    const sentBack = await act(organiser, draft.id, 'request-changes', {
      comment: 'Please describe **what failed** <script>x</script>',
      fieldComments: { difficulties: 'Which year?', outcomes: 'Add numbers.' },
    }).expect(200);
    assert.equal(sentBack.body.data.state, 'changes-requested');
    const comment = sentBack.body.data.reviewComments[0];
    assert.equal(comment.commentHtml, '<p>Please describe <strong>what failed</strong> </p>\n');
    assert.deepEqual(comment.fieldComments, [
      { field: 'difficulties', comment: 'Which year?' },
      { field: 'outcomes', comment: 'Add numbers.' },
    ]);
    assert.equal(comment.author.displayName, 'Piotr Kowalski');
    const authorView = await author.get(`/api/practices/${draft.id}`).expect(200);
    assert.equal(authorView.body.data.reviewComments.length, 1);

    const edited = await author
      .patch(`/api/practices/${draft.id}`, { rev: authorView.body.data.rev, changes: { texts: { sl: { difficulties: 'Leta 2022 ni uspelo.' } } } })
      .expect(200);
    assert.equal(edited.body.data.state, 'changes-requested');
    await act(author, draft.id, 'submit').expect(200);
    await act(organiser, draft.id, 'start-review').expect(200);
    const published = await act(organiser, draft.id, 'publish').expect(200);
    assert.equal(published.body.data.state, 'published');
    const publishedAt = new Date(published.body.data.publishedAt);
    assert.equal(published.body.data.lastVerifiedAt, published.body.data.publishedAt);
    assert.equal(new Date(published.body.data.reviewDueAt).getUTCFullYear(), publishedAt.getUTCFullYear() + 2);
    const publicView = await anonymous.get(`/api/practices/${draft.id}`).expect(200);
    assert.deepEqual(publicView.body.data.reviewComments, [], 'review comments stay internal');

    const featured = await act(secondOrganiser, draft.id, 'feature', { featured: true }).expect(200);
    assert.equal(featured.body.data.featured, true);
    assert.equal((await anonymous.get('/api/practices?featured=true').expect(200)).body.data[0].id, draft.id);

    await act(organiser, draft.id, 'unpublish', { reason: 'Outdated contact.' }).expect(200);
    await anonymous.get(`/api/practices/${draft.id}`).expect(404);
    const unpublished = await author.get(`/api/practices/${draft.id}`).expect(200);
    assert.equal(unpublished.body.data.featured, false);
    await author.patch(`/api/practices/${draft.id}`, { rev: unpublished.body.data.rev, changes: { region: 'Savinjska' } }).expect(200);
    await act(author, draft.id, 'submit').expect(200);
    await act(organiser, draft.id, 'start-review').expect(200);
    await act(organiser, draft.id, 'publish').expect(200);

    await act(organiser, draft.id, 'archive', { reason: 'Programme ended.' }).expect(200);
    await anonymous.get(`/api/practices/${draft.id}`).expect(404);
    const restored = await act(admin, draft.id, 'restore').expect(200);
    assert.equal(restored.body.data.state, 'published');
    await anonymous.get(`/api/practices/${draft.id}`).expect(200);

    const audit = await author.get(`/api/practices/${draft.id}/audit`).expect(200);
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    assert.deepEqual(actions, [
      'practice.create', 'practice.submit', 'practice.startReview', 'practice.requestChanges', 'practice.submit', 'practice.startReview',
      'practice.publish', 'practice.feature', 'practice.unpublish', 'practice.submit', 'practice.startReview', 'practice.publish',
      'practice.archive', 'practice.restore',
    ]);
    const requestEntry = audit.body.data[3];
    assert.equal(requestEntry.actor.id, organiserId);
    assert.match(requestEntry.reason, /what failed/);
    assert.deepEqual({ from: requestEntry.data.from, to: requestEntry.data.to }, { from: 'in-review', to: 'changes-requested' });
    assert.equal(audit.body.data[8].reason, 'Outdated contact.');
    await member.get(`/api/practices/${draft.id}/audit`).expect(403);
    await member.get(`/api/practices/${draft.id}/revisions`).expect(403);
    await organiser.get(`/api/practices/${draft.id}/audit`).expect(200);
  });

  it('answers 422 with every missing field when an incomplete draft is submitted', async () => {
    const draft = (await author.post('/api/practices', { originalLanguage: 'sl', texts: { sl: { title: 'Nepopolna', summary: 'Kratko.' }, en: { title: 'Incomplete' } } }).expect(201))
      .body.data as PracticeBody;
    const response = await act(author, draft.id, 'submit').expect(422);
    assert.equal(response.body.error.code, 'practice_incomplete');
    const missing: string[] = response.body.error.details.missing;
    for (const path of ['texts.sl.challenge', 'texts.sl.difficulties', 'texts.sl.lessons', 'texts.en.summary', 'country', 'educationLevels', 'competences', 'evidenceLevel', 'contact.email']) {
      assert.ok(missing.includes(path), `${path} is listed`);
    }
    assert.ok(!missing.includes('texts.sl.title') && !missing.includes('texts.sl.summary') && !missing.includes('licence'));
    assert.equal(await stateOf(draft.id), 'draft');
  });

  it('keeps the two-person rule: an organiser cannot review their own practice; an administrator can', async () => {
    const own = await create(organiser, 'Lastna praksa organizatorja');
    await act(organiser, own.id, 'submit').expect(200);
    for (const verb of ['start-review', 'request-changes', 'publish']) {
      const refused = await act(organiser, own.id, verb, verb === 'request-changes' ? { comment: 'x' } : {}).expect(403);
      assert.equal(refused.body.error.code, 'forbidden');
    }
    await act(secondOrganiser, own.id, 'start-review').expect(200);
    await act(organiser, own.id, 'publish').expect(403);
    await act(secondOrganiser, own.id, 'publish').expect(200);
    await act(organiser, own.id, 'feature', { featured: true }).expect(403);
    const adminOwn = await create(admin, 'Praksa skrbnika');
    await act(admin, adminOwn.id, 'submit').expect(200);
    await act(admin, adminOwn.id, 'start-review').expect(200);
    await act(admin, adminOwn.id, 'publish').expect(200);
  });

  describe('forbidden transitions', () => {
    const reviewerVerbs: Array<[string, object]> = [
      ['start-review', {}],
      ['request-changes', { comment: 'x' }],
      ['publish', {}],
      ['unpublish', {}],
      ['archive', {}],
      ['restore', {}],
      ['feature', { featured: true }],
    ];

    it('members (also the author) may not review: 403, and anonymous visitors 401 or 404', async () => {
      const submitted = await practiceIn('submitted');
      const published = await practiceIn('published');
      for (const [verb, body] of reviewerVerbs) {
        assert.equal((await act(author, submitted.id, verb, body).expect(403)).body.error.code, 'forbidden');
        assert.equal((await act(member, published.id, verb, body).expect(403)).body.error.code, 'forbidden');
        await act(member, submitted.id, verb, body).expect(404);
        await act(anonymous, submitted.id, verb, body).expect(404);
        await act(anonymous, published.id, verb, body).expect(401);
      }
      await act(member, published.id, 'submit').expect(403);
      await member.patch(`/api/practices/${published.id}`, { rev: 1, changes: { region: 'x' } }).expect(403);
      await organiser.patch(`/api/practices/${submitted.id}`, { rev: 1, changes: { region: 'x' } }).expect(403);
      assert.equal(await stateOf(submitted.id), 'submitted');
      assert.equal(await stateOf(published.id), 'published');
    });

    const allowed: Record<string, string[]> = {
      submit: ['draft', 'changes-requested', 'unpublished'],
      'start-review': ['submitted'],
      'request-changes': ['submitted', 'in-review'],
      publish: ['in-review', 'scheduled'],
      unpublish: ['published', 'scheduled'],
      archive: ['published', 'unpublished'],
      restore: ['archived'],
    };
    const states = ['draft', 'submitted', 'in-review', 'changes-requested', 'scheduled', 'published', 'unpublished', 'archived'];

    it('answers 409 invalid_transition from every state a transition does not start from, changing nothing', async () => {
      const byState = new Map<string, PracticeBody>();
      for (const state of states) byState.set(state, await practiceIn(state));
      for (const [verb, from] of Object.entries(allowed)) {
        for (const state of states.filter((s) => !from.includes(s))) {
          const p = byState.get(state);
          assert.ok(p);
          const client = verb === 'submit' ? author : admin;
          const response = await act(client, p.id, verb, verb === 'request-changes' ? { comment: 'x' } : {});
          assert.equal(response.status, 409, `${verb} from ${state}: ${response.status} ${JSON.stringify(response.body)}`);
          assert.equal(response.body.error.code, 'invalid_transition');
          assert.equal(response.body.error.details.state, state);
          assert.equal(await stateOf(p.id), state);
        }
      }
      const draft = byState.get('draft');
      assert.ok(draft);
      assert.equal((await act(organiser, draft.id, 'feature', { featured: true }).expect(409)).body.error.code, 'invalid_transition');
    });

    it('lets the author edit drafts, changes-requested and unpublished practices, and propose a change to a published one', async () => {
      for (const state of states) {
        const p = await practiceIn(state);
        const current = (await author.get(`/api/practices/${p.id}`).expect(200)).body.data as PracticeBody;
        const response = await author.patch(`/api/practices/${p.id}`, { rev: current.rev, changes: { region: 'Pomurska' } });
        const editable = ['draft', 'changes-requested', 'unpublished', 'published'].includes(state);
        assert.equal(response.status, editable ? 200 : 403, `edit in ${state}`);
        if (state === 'published') assert.notEqual(response.body.data.region, 'Pomurska', 'a published practice changes only through review');
      }
    });
  });

  describe('visibility per state', () => {
    const states = ['draft', 'submitted', 'in-review', 'changes-requested', 'scheduled', 'published', 'unpublished', 'archived'];
    for (const state of states) {
      it(`${state}: ${state === 'published' ? 'everyone' : 'only the author, organisers and admins'}`, async () => {
        const p = await practiceIn(state);
        const everyone = state === 'published';
        await anonymous.get(`/api/practices/${p.id}`).expect(everyone ? 200 : 404);
        await member.get(`/api/practices/${p.id}`).expect(everyone ? 200 : 404);
        await author.get(`/api/practices/${p.id}`).expect(200);
        await secondOrganiser.get(`/api/practices/${p.id}`).expect(200);
        await admin.get(`/api/practices/${p.id}`).expect(200);
        const listed = async (client: TestClient) =>
          ((await client.get(`/api/practices?state=${state}&limit=100`).expect(200)).body.data as PracticeBody[]).some((x) => x.id === p.id);
        assert.equal(await listed(anonymous), everyone);
        assert.equal(await listed(member), everyone);
        assert.equal(await listed(author), true);
        assert.equal(await listed(secondOrganiser), true);
      });
    }
  });

  it('schedules publishing for later; the due step publishes it when the time has come', async () => {
    const p = await practiceIn('in-review');
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await act(organiser, p.id, 'publish', { publishAt }).expect(200);
    assert.equal(scheduled.body.data.state, 'scheduled');
    assert.equal(scheduled.body.data.publishAt, publishAt);
    assert.equal(await publishDuePractices(t.ctx), 0);
    await anonymous.get(`/api/practices/${p.id}`).expect(404);
    const due = new Date(Date.now() - 1000);
    await t.ctx.models.Practice.updateOne({ _id: p.id }, { $set: { publishAt: due } });
    assert.equal(await publishDuePractices(t.ctx), 1);
    const live = await anonymous.get(`/api/practices/${p.id}`).expect(200);
    assert.equal(live.body.data.state, 'published');
    assert.equal(live.body.data.publishedAt, due.toISOString());
    assert.equal(live.body.data.publishAt, null);
    const audit = await organiser.get(`/api/practices/${p.id}/audit`).expect(200);
    const last = audit.body.data.at(-1);
    assert.deepEqual([last.action, last.actor, last.data.scheduled], ['practice.publish', null, true]);
    assert.equal(audit.body.data.at(-2).action, 'practice.schedule');
  });

  it('publishes at once when publishAt is not in the future', async () => {
    const p = await practiceIn('in-review');
    const response = await act(organiser, p.id, 'publish', { publishAt: new Date(Date.now() - 60_000).toISOString() }).expect(200);
    assert.equal(response.body.data.state, 'published');
  });

  it('bumps rev on every transition and marks search work', async () => {
    const p = await practiceIn('submitted');
    let pending = 0;
    const onPending = (): void => {
      pending += 1;
    };
    t.ctx.events.on('search.pending', onPending);
    try {
      await act(organiser, p.id, 'start-review').expect(200);
      await act(organiser, p.id, 'publish').expect(200);
    } finally {
      t.ctx.events.off('search.pending', onPending);
    }
    assert.equal(pending, 2);
    const stored = await t.ctx.models.Practice.findById(p.id).lean();
    assert.equal(stored?.rev, p.rev + 3);
  });
});
