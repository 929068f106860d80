// The demo seed: the whole corpus loads into a fresh database through the real commands, every published practice
// is searchable, demo accounts sign in (but never in production), and a second run changes nothing.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpus } from '../../seed/corpus.js';
import { seedOrganisationContent, seedOrganisations, seedPlans } from '../../seed/data/plans.js';
import { demoEducatorResults, demoSchool } from '../../seed/data/selfAssessmentDemo.js';
import { loadSeed, type SeedReport } from '../../seed/load.js';
import { demoPassword } from '../../seed/seedRun.js';
import { signIn } from '../../server/commands/accounts/signIn.js';
import { flushSearchCounts } from '../../server/commands/search/searchAnalytics.js';
import type { AppContext } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { roles } from '../../server/models/user.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

interface SearchPage {
  data: Array<{ id: string }>;
  page: { total: number };
}

/** Every document's id with its rev and last update, and the size of every collection: what "nothing changed" means. */
async function snapshot(ctx: AppContext): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, model] of Object.entries(ctx.models)) {
    if (name === 'Session') continue;
    const docs = await model.collection.find({}, { projection: { rev: 1, updatedAt: 1 } }).sort({ _id: 1 }).toArray();
    out[name] = docs.map((doc) => `${String(doc._id)}:${String(doc.rev)}:${doc.updatedAt instanceof Date ? doc.updatedAt.toISOString() : ''}`);
  }
  return out;
}

describe('demo seed', function () {
  this.timeout(240_000);
  let testApp: TestApp;
  let uploadDir: string;
  let first: SeedReport;

  before(async () => {
    uploadDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-seed-uploads-'));
    testApp = await startTestApp({ UPLOAD_DIR: uploadDir });
    first = await loadSeed(testApp.ctx, { fast: true });
    await syncAllPending(testApp.ctx);
  });

  after(async () => {
    await testApp.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('creates the whole corpus with users for every role and the workflow states of the data', async () => {
    const { models } = testApp.ctx;
    assert.ok(first.totals.practices >= 40, `practices: ${first.totals.practices}`);
    assert.ok(first.totals.resources >= 20, `resources: ${first.totals.resources}`);
    assert.equal(first.totals.communities, 4);
    assert.equal(first.totals.collections, 2);
    assert.equal(first.created.practices, corpus.practices.length);
    const images = corpus.practices.reduce((sum, practice) => sum + (practice.images?.length ?? 0), 0);
    assert.equal(first.created.images, images);
    for (const role of roles) {
      assert.ok((await models.User.countDocuments({ roles: role, isDemo: true })) > 0, `no demo ${role}`);
    }
    const stored = await models.Practice.find({}, { state: 1, featured: 1, attachments: 1 }).lean();
    assert.equal(stored.reduce((sum, practice) => sum + practice.attachments.length, 0), images);
    const expected = corpus.practices.map((practice) => `${practice.state}:${practice.featured === true}`).sort();
    assert.deepEqual(stored.map((practice) => `${practice.state}:${practice.featured}`).sort(), expected);
    assert.equal(await models.Resource.countDocuments({ state: { $ne: 'published' } }), 0);
    assert.equal(await models.Collection.countDocuments({ state: { $ne: 'published' } }), 0);
    assert.ok((await models.Message.countDocuments({})) >= 40);
    assert.ok((await models.Membership.countDocuments({ role: 'moderator', state: 'active' })) >= 4);
    assert.equal(await models.Training.countDocuments({ state: 'published', kind: 'training' }), 10);
    assert.equal(await models.Training.countDocuments({ state: 'published', kind: { $ne: 'training' } }), 5);
    const conference = await models.Training.findOne({ kind: 'conference' }).lean();
    assert.ok(conference?.sessions.some((session) => session.collectionId), 'the conference agenda links its write-ups');
    assert.ok((await models.Participation.countDocuments({ source: 'import' })) > 20, 'completions imported through the command');
    assert.ok((await models.TrainingFeedback.countDocuments({})) >= 5);
    const demo = await models.User.findOne({ email: corpus.users.find((user) => user.key === 'teacher-si-1')?.email.toLowerCase() }).lean();
    assert.ok(demo && (await models.Participation.exists({ userId: demo._id })), 'a demo account holds a certificate');
  });

  it('makes every published practice findable by its title in search', async () => {
    const published = await testApp.ctx.models.Practice.find({ state: 'published' }).lean();
    const client = testApp.client();
    const all = (await client.get('/api/search/practices?limit=100').expect(200)).body as SearchPage;
    assert.equal(all.page.total, published.length);
    for (const practice of published) {
      const title = practice.texts[practice.originalLanguage]?.title ?? '';
      const found = (await client.get('/api/search/practices').query({ q: title.slice(0, 200) }).expect(200)).body as SearchPage;
      assert.ok(found.data.some((hit) => hit.id === String(practice._id)), `not found by its title: ${title}`);
    }
  });

  it('seeds programmes, organisations and plans in every state, and the dashboard counts them', async () => {
    const { models } = testApp.ctx;
    assert.equal(first.created.plans, seedPlans.length);
    assert.ok((await models.Programme.countDocuments({})) >= 2);
    assert.ok((await models.Organisation.countDocuments({})) >= 12);
    const plans = await models.Plan.find({}).lean();
    assert.ok(plans.length >= 10);
    assert.deepEqual([...new Set(plans.map((plan) => plan.status))].sort(), ['adopted', 'completed', 'discontinued', 'draft', 'in-implementation']);
    assert.ok(plans.every((plan) => plan.indicators.length === 0 || plan.indicators.some((i) => i.measurements.length > 0) || plan.status === 'adopted'));
    const reports = await models.PlanReport.find({}).lean();
    assert.equal(reports.length, seedPlans.reduce((sum, plan) => sum + plan.reports.length, 0));
    assert.ok(reports.filter((report) => report.feedback.length > 0).length >= 6);
    const jst = seedPlans.filter((plan) => seedOrganisations.find((o) => o.key === plan.organisation)?.programme === 'cro-jst-pl');
    const advisor = await models.User.findOne({ email: corpus.users.find((u) => u.key === 'moderator-pl')!.email }).lean();
    const client = await testApp.client().init();
    await client.signIn(advisor!.email, demoPassword);
    const dashboard = (await client.get('/api/programmes/cro-jst-pl/dashboard').expect(200)).body.data;
    assert.equal(dashboard.totals.plans, jst.length);
    assert.equal(dashboard.totals.actionsTotal, jst.reduce((sum, plan) => sum + plan.goals.reduce((n, goal) => n + goal.actions.length, 0), 0));
    assert.equal(dashboard.totals.actionsDone, jst.reduce((sum, plan) => sum + plan.goals.reduce((n, goal) => n + goal.actions.filter((a) => a.status === 'done').length, 0), 0));
    assert.equal(dashboard.byStatus.discontinued, 1);
    assert.ok(dashboard.totals.atRisk >= 2, 'the at-risk and off-track plans are flagged');
  });

  it('puts what the organisations’ people wrote under their organisation, inviting a colleague as plan editor', async () => {
    const { models } = testApp.ctx;
    const organisationIds = new Map((await models.Organisation.find({}).lean()).map((o) => [o.name, String(o._id)]));
    const organisationId = (key: string) => organisationIds.get(seedOrganisations.find((o) => o.key === key)!.name);
    const titleOf = (key: string) => {
      const practice = corpus.practices.find((p) => p.key === key)!;
      return practice.texts[practice.originalLanguage]?.title ?? '';
    };
    for (const content of seedOrganisationContent) {
      for (const key of content.practices ?? []) {
        const stored = await models.Practice.findOne({ [`texts.${corpus.practices.find((p) => p.key === key)!.originalLanguage}.title`]: titleOf(key) }).lean();
        assert.equal(String(stored?.organisationId), organisationId(content.organisation), `${key} belongs to ${content.organisation}`);
      }
      for (const key of content.resources ?? []) {
        const stored = await models.Resource.findOne({ title: corpus.resources.find((r) => r.key === key)!.title }).lean();
        assert.equal(String(stored?.organisationId), organisationId(content.organisation), `${key} belongs to ${content.organisation}`);
      }
    }
    const page = await testApp.client().get(`/api/organisations/${organisationId('gmina-modrzewiec')}/content`).expect(200);
    assert.deepEqual(page.body.data.practices.map((item: { title: string }) => item.title), [titleOf('pl-05')], 'a reader sees the published practice');
    const colleague = await models.User.findOne({ email: corpus.users.find((u) => u.key === 'official-se-1')!.email }).lean();
    const membership = await models.OrganisationMembership.findOne({ organisationId: organisationId('lovsjo-kommun'), userId: colleague!._id }).lean();
    assert.deepEqual([membership?.role, membership?.state], ['plan-editor', 'active']);
  });

  it('seeds both instruments in four languages, demo results, and two school rounds its admin compares and its programme’s advisor sees as an aggregate', async () => {
    const signedIn = async (key: string) => {
      const client = await testApp.client().init();
      await client.signIn(corpus.users.find((user) => user.key === key)!.email, demoPassword);
      return client;
    };
    const fourLanguages = (texts: Record<string, string>) => ['sl', 'pl', 'sv', 'en'].every((language) => Boolean(texts[language]));
    const instruments = (await testApp.client().get('/api/self-assessments/instruments').expect(200)).body.data as { key: string; title: Record<string, string>; items: { texts: Record<string, string>; options: { texts: Record<string, string> }[] }[] }[];
    assert.deepEqual(instruments.map((instrument) => instrument.key).sort(), ['educator-digcompedu', 'school-selfie']);
    for (const instrument of instruments) {
      assert.ok(fourLanguages(instrument.title) && instrument.items.every((item) => fourLanguages(item.texts) && item.options.every((option) => fourLanguages(option.texts))), instrument.key);
    }
    const teacher = await signedIn('teacher-si-1');
    const own = (await teacher.get('/api/self-assessments/attempts').expect(200)).body.data as { id: string; state: string; roundId: string | null }[];
    const results = own.filter((attempt) => attempt.state === 'submitted' && attempt.roundId === null);
    assert.equal(results.length, demoEducatorResults.filter((result) => result.user === 'teacher-si-1').length);
    assert.ok((await teacher.get(`/api/self-assessments/results/${results[0]!.id}`).expect(200)).body.data.previous, 'the newer result shows the change since the earlier one');

    const organisation = await testApp.ctx.models.Organisation.findOne({ name: demoSchool.organisation.name }, { _id: 1 }).lean();
    const admin = await signedIn(demoSchool.founder);
    const rounds = (await admin.get(`/api/organisations/${String(organisation!._id)}/self-assessment-rounds`).expect(200)).body.data as { id: string; title: string; state: string }[];
    assert.deepEqual(rounds.map((round) => [round.title, round.state]), [[demoSchool.roundTitle, 'open'], [demoSchool.earlierRound.title, 'closed']]);
    const picture = (await admin.get(`/api/self-assessment-rounds/${rounds[0]!.id}`).expect(200)).body.data as { overall: { shown: boolean; respondents: number } };
    assert.deepEqual([picture.overall.shown, picture.overall.respondents], [true, demoSchool.respondents.length]);
    const compared = (await admin.get(`/api/self-assessment-rounds/${rounds[0]!.id}/compare?with=${rounds[1]!.id}`).expect(200)).body.data as { earlier: { overall: { respondents: number } }; changes: { change: number | null }[] };
    assert.equal(compared.earlier.overall.respondents, demoSchool.earlierRound.respondents);
    assert.ok(compared.changes.every((change) => change.change !== null && change.change > 0), 'the school improved on every area since the year before');
    const advisor = await signedIn('moderator-si');
    const programme = (await advisor.get(`/api/programmes/${demoSchool.programme.key}/self-assessment`).expect(200)).body.data as { schoolsAnswering: number; overall: { shown: boolean; respondents: number } };
    assert.deepEqual([programme.schoolsAnswering, programme.overall.shown, programme.overall.respondents], [1, true, demoSchool.respondents.length]);
  });

  it('lets demo accounts sign in with the documented password, except in production', async () => {
    const client = await testApp.client().init();
    await client.signIn(corpus.users[0].email, demoPassword);
    const production = { ...testApp.ctx, config: { ...testApp.ctx.config, env: 'production' as const } };
    await assert.rejects(signIn(production, { email: corpus.users[0].email, password: demoPassword }, { address: '127.0.0.1' }), (error: unknown) => {
      return error instanceof AppError && error.code === 'demo_account_disabled';
    });
  });

  it('changes nothing when it runs a second time', async () => {
    // The searches of the findability test above are counted a few seconds later: write them now, not mid-comparison.
    await flushSearchCounts(testApp.ctx);
    const before = await snapshot(testApp.ctx);
    const second = await loadSeed(testApp.ctx, { fast: true });
    assert.ok(Object.values(second.created).every((count) => count === 0), JSON.stringify(second.created));
    assert.deepEqual(second.totals, first.totals);
    assert.deepEqual(await snapshot(testApp.ctx), before);
  });
});
