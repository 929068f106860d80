// Sharing a self-assessment result by link, through the API and the pages: only the owner creates or revokes the
// link, creating it twice gives the same link, the shared view shows levels but never answers, the owner's name or
// earlier results, and a revoked, forged, malformed or another result's token finds nothing.
import { strict as assert } from 'node:assert';
import { publishShippedInstruments, takeAndSubmit, type AttemptBody, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { postForm as form } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

describe('self-assessment sharing', () => {
  let t: TestApp;
  let educator: InstrumentBody;
  let owner: TestClient;
  let ownerName: string;
  let first: AttemptBody;
  let second: AttemptBody;
  before(async () => {
    t = await startTestApp();
    ({ educator } = await publishShippedInstruments(t));
    const signedUp = await clientWithRoles(t, ['member']);
    owner = signedUp.client;
    ownerName = signedUp.user.displayName;
    first = await takeAndSubmit(owner, { instrument: 'educator-digcompedu' }, educator, () => 2);
    second = await takeAndSubmit(owner, { instrument: 'educator-digcompedu' }, educator, () => 5);
  });
  after(async () => t.close());

  it('creates one link per result that shows the levels only, to anyone, until the owner revokes it', async () => {
    const created = (await owner.post(`/api/self-assessments/results/${second.id}/share`).expect(201)).body.data as { shareToken: string; path: string };
    assert.match(created.shareToken, /^[A-Za-z0-9_-]{32}$/);
    assert.equal(created.path, `/self-assessment/shared/${created.shareToken}`);
    assert.equal((await owner.post(`/api/self-assessments/results/${second.id}/share`).expect(201)).body.data.shareToken, created.shareToken);
    assert.equal((await owner.get(`/api/self-assessments/attempts/${second.id}`).expect(200)).body.data.shared, true);

    const anonymous = t.client();
    const shared = (await anonymous.get(`/api/self-assessments/shared/${created.shareToken}`).expect(200)).body.data;
    assert.equal(shared.id, second.id);
    assert.equal(shared.scores.length, 22);
    assert.equal(shared.scores[0].levelCode, 'C1');
    assert.equal(shared.scores[0].change, null);
    for (const hidden of ['answers', 'previous', 'shareToken', 'userId']) assert.equal(hidden in shared, false, hidden);

    const page = await anonymous.get(`${created.path}?lang=sl`).expect(200);
    assert.match(page.text, /<html lang="sl"/);
    assert.match(page.text, /Deljeni rezultat/);
    assert.match(page.text, /<svg role="img"/);
    assert.match(page.text, /<\/th><td>C1 \(5\)<\/td><\/tr>/);
    assert.match(page.text, /<meta name="robots" content="noindex/);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.doesNotMatch(page.text, new RegExp(ownerName));
    assert.doesNotMatch(page.text, /Shared result|sa\.shared/);
    for (const option of educator.items.flatMap((item) => item.options.map((o) => o.id))) assert.doesNotMatch(page.text, new RegExp(`value="${option}"`));

    await owner.post(`/api/self-assessments/results/${second.id}/share/revoke`).expect(204);
    await anonymous.get(`/api/self-assessments/shared/${created.shareToken}`).expect(404);
    await anonymous.get(created.path).expect(404);
    await owner.post(`/api/self-assessments/results/${second.id}/share/revoke`).expect(204);
    const renewed = (await owner.post(`/api/self-assessments/results/${second.id}/share`).expect(201)).body.data.shareToken as string;
    assert.notEqual(renewed, created.shareToken);
    await anonymous.get(`/api/self-assessments/shared/${renewed}`).expect(200);
  });

  it('lets nobody but the owner share or revoke, and refuses an unsubmitted attempt', async () => {
    const others = [(await clientWithRoles(t, ['member'])).client, (await clientWithRoles(t, ['member', 'organiser'])).client, (await clientWithRoles(t, ['admin'])).client];
    for (const other of others) {
      assert.equal((await other.post(`/api/self-assessments/results/${first.id}/share`).expect(404)).body.error.code, 'not_found');
      await other.post(`/api/self-assessments/results/${second.id}/share/revoke`).expect(404);
    }
    await t.client().post(`/api/self-assessments/results/${first.id}/share`).expect(403);
    const draft = (await owner.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data as AttemptBody;
    assert.equal((await owner.post(`/api/self-assessments/results/${draft.id}/share`).expect(409)).body.error.code, 'attempt_not_submitted');
    const stored = await t.ctx.models.AssessmentAttempt.findById(first.id).lean();
    assert.equal(stored?.shareToken, undefined);
  });

  it('finds nothing behind forged, malformed or in-progress tokens', async () => {
    const live = (await owner.post(`/api/self-assessments/results/${first.id}/share`).expect(201)).body.data.shareToken as string;
    const forged = `${live.slice(0, -1)}${live.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [forged, 'A'.repeat(32), 'short', `${live}x`, '../results', '%00']) {
      assert.equal((await t.client().get(`/api/self-assessments/shared/${encodeURIComponent(token)}`).expect(404)).body.error.code, 'not_found', token);
    }
    await t.client().get(`/self-assessment/shared/${forged}?lang=pl`).expect(404);
    await t.ctx.models.AssessmentAttempt.updateOne({ _id: first.id }, { $set: { state: 'in-progress' } });
    await t.client().get(`/api/self-assessments/shared/${live}`).expect(404);
    await t.ctx.models.AssessmentAttempt.updateOne({ _id: first.id }, { $set: { state: 'submitted' } });
  });

  it('creates and revokes the link from the result page by forms, in the reader’s language', async () => {
    const resultPath = `/self-assessment/results/${first.id}`;
    await owner.post(`/api/self-assessments/results/${first.id}/share/revoke`).expect(204);
    const before = await owner.get(`${resultPath}?lang=sv`).expect(200);
    assert.match(before.text, /Skapa en delningslänk/);
    const created = await form(owner, `${resultPath}/share`).expect(303);
    assert.equal(created.headers.location, `${resultPath}?share=created#sa-share-section`);
    const withLink = await owner.get(`${resultPath}?share=created&lang=pl`).expect(200);
    assert.match(withLink.text, /Link do udostępnienia jest gotowy/);
    const link = /id="sa-share-link" readonly value="([^"]+)"/.exec(withLink.text)?.[1];
    assert.ok(link, 'the page shows the link');
    const path = new URL(link).pathname;
    await t.client().get(path).expect(200);
    await form(owner, `${resultPath}/unshare`).expect(303).expect('location', `${resultPath}?share=revoked#sa-share-section`);
    await t.client().get(path).expect(404);
    const stranger = (await clientWithRoles(t, ['member'])).client;
    await form(stranger, `${resultPath}/share`).expect(404);
  });
});
