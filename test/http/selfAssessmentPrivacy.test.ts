// The privacy sweep of self-assessment: a school's staff answer a round and one of them takes the individual
// self-reflection; then another member, the organisation admin, the programme advisor, an organiser, an
// administrator and an anonymous reader try every route, page, search, export and socket that could reveal one
// person's answers, and find nothing but aggregates, which stay blank below the minimum group size.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import { aggregateThreshold } from '../../server/commands/selfAssessment/aggregates.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import { connect } from '../realtime/socketClients.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { publishShippedInstruments, takeAndSubmit, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface Observer {
  readonly name: string;
  readonly client: TestClient;
  readonly user: RegisteredUser | null;
}

describe('self-assessment privacy sweep', () => {
  let t: TestApp;
  let w: PlanWorld;
  let school: InstrumentBody;
  let educator: InstrumentBody;
  let roundId: string;
  let smallRoundId: string;
  let observers: Observer[];
  let staff: TestClient[];
  const attemptIds: string[] = [];
  const staffNames: string[] = [];
  const sockets: Socket[] = [];
  const socketTraffic: string[] = [];

  const sessionCookie = async (user: RegisteredUser): Promise<string> => {
    const response = await (await t.client().init()).post('/api/auth/sign-in', { email: user.email, password: user.password }).expect(200);
    const session = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('praxis_sid='));
    assert.ok(session, 'a session cookie');
    return session.split(';')[0]!;
  };

  const staffMember = async (): Promise<TestClient> => {
    const { client, user } = await clientWithRoles(t, ['member']);
    await client.post(`/api/organisations/${w.organisationId}/members/requests`).expect(202);
    await w.editor.post(`/api/organisations/${w.organisationId}/members/${user.id}/approve`).expect(200);
    staffNames.push(user.displayName);
    return client;
  };

  before(async () => {
    t = await startTestApp();
    const url = await t.listen();
    w = await planWorld(t, 'OŠ Zasebnost');
    ({ school, educator } = await publishShippedInstruments(t));
    const other = await clientWithRoles(t, ['member']);
    const admin = await clientWithRoles(t, ['member', 'admin']);
    const organiser = await clientWithRoles(t, ['member', 'organiser']);
    observers = [
      { name: 'another member', client: other.client, user: other.user },
      { name: 'the organisation admin', client: w.editor, user: w.editorUser },
      { name: 'the programme advisor', client: w.advisor, user: w.advisorUser },
      { name: 'an organiser', client: organiser.client, user: organiser.user },
      { name: 'an administrator', client: admin.client, user: admin.user },
      { name: 'an anonymous reader', client: t.client(), user: null },
    ];
    for (const observer of observers) {
      if (!observer.user) continue;
      const socket = await connect(url, await sessionCookie(observer.user));
      socket.onAny((event: string, ...payload: unknown[]) => socketTraffic.push(`${event} ${JSON.stringify(payload)}`));
      sockets.push(socket);
    }

    roundId = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Jesen' }).expect(201)).body.data.id;
    staff = [];
    for (let i = 0; i < aggregateThreshold; i += 1) staff.push(await staffMember());
    for (const [index, client] of staff.entries()) attemptIds.push((await takeAndSubmit(client, { roundId, role: 'teacher' }, school, (item) => 1 + ((index + item) % 4), 'teacher')).id);
    attemptIds.push((await takeAndSubmit(staff[0]!, { instrument: 'educator-digcompedu' }, educator, (item) => 1 + (item % 6))).id);
    attemptIds.push((await staff[1]!.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data.id);

    smallRoundId = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Pomlad' }).expect(201)).body.data.id;
    for (const client of staff.slice(0, aggregateThreshold - 1)) await takeAndSubmit(client, { roundId: smallRoundId, role: 'teacher' }, school, () => 2, 'teacher');
    await syncAllPending(t.ctx);
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  /** Fails when a response carries an answer, an attempt's id or a respondent's name. */
  const assertNothingPersonal = (text: string, where: string): void => {
    assert.doesNotMatch(text, /"optionId"|"itemId"|"answers"|"userId"|shareToken/, where);
    for (const id of attemptIds) assert.equal(text.includes(id), false, `${where} names attempt ${id}`);
    for (const name of staffNames) assert.equal(text.includes(name), false, `${where} names ${name}`);
  };

  it('finds no attempt, result, recommendation or share of another person through any API route or page', async () => {
    for (const { name, client, user } of observers) {
      const signedOut = user === null;
      for (const id of attemptIds) {
        for (const path of [`/api/self-assessments/attempts/${id}`, `/api/self-assessments/results/${id}`, `/api/self-assessments/results/${id}/recommendations`]) {
          assert.equal((await client.get(path)).status, signedOut ? 401 : 404, `${name}: ${path}`);
        }
        for (const path of [`/self-assessment/attempts/${id}`, `/self-assessment/results/${id}`]) {
          const page = await client.get(`${path}?lang=en`);
          assert.ok([302, 303, 401, 403, 404].includes(page.status), `${name}: ${path} answered ${page.status}`);
          assertNothingPersonal(page.text.replaceAll(path, '').replaceAll(encodeURIComponent(path), ''), `${name}: ${path} (its own address aside)`);
        }
        assert.ok([401, 403, 404].includes((await client.post(`/api/self-assessments/results/${id}/share`)).status), `${name} shares ${id}`);
        assert.ok([401, 403, 404].includes((await client.put(`/api/self-assessments/attempts/${id}/answers`, { answers: [{ itemId: 'c1.1', optionId: 'l1' }] })).status), `${name} answers ${id}`);
      }
      for (const path of ['/api/self-assessments/attempts', '/api/self-assessments/saved', '/self-assessment?lang=en', '/api/me/export']) {
        const response = await client.get(path);
        assertNothingPersonal(response.text, `${name}: ${path}`);
      }
    }
    assert.equal(await t.ctx.models.AssessmentAttempt.countDocuments({ shareToken: { $exists: true } }), 0);
  });

  it('shows the school and the programme only aggregates, blank below the minimum group size', async () => {
    const picture = (await w.editor.get(`/api/self-assessment-rounds/${roundId}`).expect(200)).body.data as { overall: { shown: boolean; respondents: number } };
    assert.equal(picture.overall.shown, true);
    assert.equal(picture.overall.respondents, aggregateThreshold);
    const small = (await w.editor.get(`/api/self-assessment-rounds/${smallRoundId}`).expect(200)).body.data as { overall: { shown: boolean; dimensions: { mean: number | null; distribution: number[] | null }[] } };
    assert.equal(small.overall.shown, false);
    assert.ok(small.overall.dimensions.every((d) => d.mean === null && d.distribution === null));
    const compared = (await w.editor.get(`/api/self-assessment-rounds/${roundId}/compare?with=${smallRoundId}`).expect(200)).body.data as { changes: { earlier: number | null; change: number | null }[] };
    assert.ok(compared.changes.every((c) => c.earlier === null && c.change === null), 'the comparison leaks no hidden figure');
    const programme = (await w.advisor.get(`/api/programmes/${w.programmeId}/self-assessment`).expect(200)).body.data as { overall: { shown: boolean; dimensions: { mean: number | null }[] } };
    assert.equal(programme.overall.shown, false, 'the latest round has fewer than the threshold');
    assert.ok(programme.overall.dimensions.every((d) => d.mean === null));
    const csv = await w.advisor.get(`/api/programmes/${w.programmeId}/self-assessment.csv?lang=en`).expect(200);
    for (const line of csv.text.trim().split(/\r?\n/).slice(1)) assert.match(line, /^[^,]+,[^,]+,\d+,,+$/, `a hidden CSV row stays blank: ${line}`);

    const aggregatePaths = [
      `/api/self-assessment-rounds/${roundId}`, `/api/self-assessment-rounds/${smallRoundId}`, `/api/self-assessment-rounds/${roundId}/compare?with=${smallRoundId}`,
      `/api/self-assessment-rounds/${roundId}/recommendations`, `/api/organisations/${w.organisationId}/self-assessment-rounds`,
      `/self-assessment/rounds/${roundId}?lang=en`, `/self-assessment/rounds/${smallRoundId}?lang=en`, `/organisations/${w.organisationId}/self-assessment?lang=en`,
      `/api/programmes/${w.programmeId}/self-assessment`, `/api/programmes/${w.programmeId}/self-assessment.csv`, `/programmes/${w.programmeId}/self-assessment?lang=en`,
    ];
    for (const { name, client } of observers) {
      for (const path of aggregatePaths) assertNothingPersonal((await client.get(path)).text, `${name}: ${path}`);
    }
    assert.match((await w.editor.get(`/self-assessment/rounds/${smallRoundId}?lang=en`).expect(200)).text, /Not enough answers yet/);
    for (const { client } of observers.filter((o) => o.client !== w.editor)) {
      assert.ok([401, 403, 404].includes((await client.get(`/api/self-assessment-rounds/${roundId}`)).status), 'only the school’s admins read its round');
    }
  });

  it('puts a person’s own attempts with every answer, and their saved recommendations, in their data export', async () => {
    const owner = staff[0]!;
    const own = (await owner.get('/api/self-assessments/attempts').expect(200)).body.data as { id: string }[];
    const result = own.find((attempt) => attempt.id === attemptIds[aggregateThreshold])!;
    const organiser = observers.find((observer) => observer.name === 'an organiser')!.client;
    const community = (await organiser.post('/api/communities', { name: 'Digitalna zbornica', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data as { id: string };
    await owner.post('/api/self-assessments/saved', { kind: 'community', targetId: community.id, dimension: '1.1', attemptId: result.id }).expect(201);
    const exported = (await owner.get('/api/me/export').expect(200)).body as {
      selfAssessments: { _id: string; instrumentKey: string; version: number; state: string; answers: { itemId: string; optionId: string; level: number }[]; scores: unknown[]; roundMember?: string }[];
      savedRecommendations: { targetId: string; dimension: string }[];
    };
    assert.deepEqual(exported.selfAssessments.map((attempt) => attempt._id).sort(), own.map((attempt) => attempt.id).sort());
    assert.equal(exported.selfAssessments.length, 3, 'two round answers and one own result');
    const educatorResult = exported.selfAssessments.find((attempt) => attempt._id === result.id)!;
    assert.equal(educatorResult.instrumentKey, 'educator-digcompedu');
    assert.equal(educatorResult.answers.length, educator.items.length);
    assert.deepEqual(educatorResult.answers.slice(0, 2).map((answer) => answer.level), [1, 2]);
    assert.equal(educatorResult.scores.length, 22);
    assert.ok(exported.selfAssessments.every((attempt) => attempt.roundMember === undefined));
    assert.deepEqual(exported.savedRecommendations.map((saved) => saved.targetId), [community.id]);
    const others = (await staff[2]!.get('/api/me/export').expect(200)).body as { selfAssessments: { _id: string }[]; savedRecommendations: unknown[] };
    assert.equal(others.selfAssessments.some((attempt) => attempt._id === result.id), false);
    assert.deepEqual(others.savedRecommendations, []);
  });

  it('finds nothing through search, the browse exports or any socket event', async () => {
    const probes = [...attemptIds, ...staffNames, 'educator-digcompedu', 'school-selfie'];
    for (const { name, client } of observers) {
      for (const probe of probes) assertNothingPersonal((await client.get(`/api/search?q=${encodeURIComponent(probe)}`)).text, `${name}: search ${probe}`);
      for (const path of ['/api/practices/export.csv', '/api/practices/export.json']) assertNothingPersonal((await client.get(path)).text, `${name}: ${path}`);
    }
    assert.ok(sockets.length === observers.length - 1 && sockets.every((socket) => socket.connected), 'every observer listened throughout');
    for (const line of socketTraffic) assertNothingPersonal(line, `socket ${line.slice(0, 40)}`);
  });
});
