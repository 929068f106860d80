// Seeds the demo trainings and events through the real commands: each one created and published by its organiser
// in the programme the plans seed made (when it ran), the conference's agenda linked to its collection of write-ups;
// generated learners (accounts through registration, members of the seeded schools and municipalities); their
// completions of past trainings through the LMS import command (the bulk path with every row checked), feedback,
// certificates for demo accounts, and registrations for upcoming trainings. Each part is one seed item.
import { approveOrganisationRequest } from '../../server/commands/organisations/approveOrganisationRequest.js';
import { requestOrganisationMembership } from '../../server/commands/organisations/requestOrganisationMembership.js';
import { registerUser } from '../../server/commands/accounts/registerUser.js';
import { createTraining } from '../../server/commands/trainings/createTraining.js';
import { submitFeedback } from '../../server/commands/trainings/feedback.js';
import { importCompletions } from '../../server/commands/trainings/importCompletions.js';
import { registerForTraining } from '../../server/commands/trainings/registerForTraining.js';
import { publishTraining } from '../../server/commands/trainings/trainingWorkflow.js';
import { anonymous, type Actor } from '../../server/context.js';
import { hashPassword } from '../../server/security/passwords.js';
import type { Programme } from '../../server/models/programme.js';
import { demoCompletions, learnerOrganisations, seedTrainings, type SeedSession, type SeedTraining } from '../data/trainings.js';
import { actorOf, advance, countCreated, demoPassword, type SeedRun } from '../seedRun.js';

const day = 86_400_000;
const learnersFull = 1_500;
const learnersFast = 24;
const firstNames = { sl: ['Ana', 'Maja', 'Nina', 'Eva', 'Luka', 'Jure', 'Matej', 'Petra', 'Tjaša', 'Gregor'], pl: ['Anna', 'Katarzyna', 'Piotr', 'Tomasz', 'Magdalena', 'Joanna', 'Paweł', 'Agnieszka'] };
const lastNames = { sl: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Mlakar', 'Kos'], pl: ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska'] };

export const trainingUnits = (fast: boolean): number => seedTrainings.length + Math.ceil((fast ? learnersFast : learnersFull) / 50) + 2;

interface Learner {
  actor: Actor;
  email: string;
  language: 'sl' | 'pl';
}

/** A deterministic number in [0, 1) for a pair of strings (who completed what stays the same on every machine). */
function spread(a: string, b: string): number {
  let hash = 2166136261;
  for (const char of `${a}|${b}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

function sessionInput(seed: SeedTraining, session: SeedSession, today: number, collections: ReadonlyMap<string, string>) {
  const startsAt = new Date(today + session.day * day + (session.startHour - 1) * 3_600_000);
  const collectionId = session.collection ? collections.get(session.collection) : undefined;
  return {
    title: session.title,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + session.hours * 3_600_000).toISOString(),
    timeZone: seed.timeZone,
    ...(session.place ? { place: session.place } : {}),
    ...(session.online ? { onlineUrl: 'https://meet.example.org/praxis-demo' } : {}),
    capacity: session.capacity ?? null,
    speakers: session.speakers ?? [],
    ...(collectionId ? { collectionId } : {}),
  };
}

async function seedCatalogue(run: SeedRun, today: number): Promise<Map<string, string>> {
  const programmes = new Map((await run.ctx.models.Programme.find({}, { slug: 1 }).lean<Programme[]>()).map((p) => [p.slug, String(p._id)]));
  const collections = new Map(seedTrainings.flatMap((t) => t.sessions).flatMap((s) => (s.collection ? [[s.collection, run.keys.refOf(`collection:${s.collection}`)] as const] : [])).filter((e): e is readonly [string, string] => e[1] !== undefined));
  const ids = new Map<string, string>();
  for (const seed of seedTrainings) {
    const key = `training:${seed.key}`;
    let id = run.keys.refOf(key);
    if (!id || !run.keys.isDone(key)) {
      const organiser = actorOf(run, seed.organiser);
      const created = await createTraining(run.ctx, organiser, {
        kind: seed.kind, title: seed.title, description: seed.description, format: seed.format, durationHours: seed.hours, language: seed.language,
        competences: seed.competences, targetGroups: seed.targetGroups, provider: seed.provider, programmeId: (seed.programme && programmes.get(seed.programme)) ?? null,
        sessions: seed.sessions.map((session) => sessionInput(seed, session, today, collections)),
      });
      await publishTraining(run.ctx, organiser, String(created._id));
      id = String(created._id);
      await run.keys.finish(key, id);
    }
    ids.set(seed.key, id);
    advance(run, key);
  }
  return ids;
}

async function seedLearners(run: SeedRun): Promise<Learner[]> {
  const count = run.fast ? learnersFast : learnersFull;
  const organisations = Object.fromEntries(Object.entries(learnerOrganisations).map(([language, keys]) => [language, keys.map((k) => run.keys.refOf(`organisation:${k}`)).filter((id): id is string => id !== undefined)]));
  const founders = new Map<string, Actor>();
  const learners: Learner[] = [];
  // All learners share the demo password: hashed once, not 1,500 times at the configured scrypt cost.
  let passwordHash: string | undefined;
  for (let n = 1; n <= count; n += 1) {
    const language = n % 5 < 3 ? 'sl' : 'pl';
    const email = `learner-${String(n).padStart(3, '0')}@demo.praxis.example`;
    const key = `learner:${n}`;
    let userId = run.keys.refOf(key);
    if (!userId || !run.keys.isDone(key)) {
      const names = [firstNames[language][n % firstNames[language].length], lastNames[language][Math.floor(n / 3) % lastNames[language].length]];
      const earlier = await run.ctx.models.User.findOne({ email }, { _id: 1 }).lean();
      passwordHash ??= earlier ? undefined : await hashPassword(demoPassword, run.ctx.config.passwordScryptLogN);
      const user = earlier ?? (await registerUser(run.ctx, anonymous, { email, password: demoPassword, displayName: names.join(' '), locale: language }, { roles: ['member'], isDemo: true, passwordHash }));
      userId = String(user._id);
      if (!earlier) countCreated(run, 'users');
      const organisationId = organisations[language]?.[n % (organisations[language]?.length || 1)];
      if (organisationId && !earlier) {
        const learner = { userId, roles: ['member' as const] };
        await requestOrganisationMembership(run.ctx, learner, organisationId);
        const founder = founders.get(organisationId) ?? (await founderOf(run, organisationId));
        founders.set(organisationId, founder);
        await approveOrganisationRequest(run.ctx, founder, organisationId, userId);
      }
      await run.keys.finish(key, userId);
    }
    learners.push({ actor: { userId, roles: ['member'] }, email, language });
    if (n % 50 === 0) advance(run, `learners ${n}`);
  }
  return learners;
}

async function founderOf(run: SeedRun, organisationId: string): Promise<Actor> {
  const admin = await run.ctx.models.OrganisationMembership.findOne({ organisationId, role: 'org-admin', state: 'active' }).lean();
  const user = admin ? await run.ctx.models.User.findById(admin.userId).lean() : null;
  if (!user) throw new Error(`The seeded organisation ${organisationId} has no administrator.`);
  return { userId: String(user._id), roles: user.roles };
}

/** Completions of past trainings (learners by share, demo accounts named in the data), imported per organiser. */
async function seedCompletions(run: SeedRun, ids: ReadonlyMap<string, string>, learners: readonly Learner[], today: number): Promise<void> {
  const key = 'trainings:completions';
  if (run.keys.isDone(key)) return;
  const demoEmails = new Map(await Promise.all(demoCompletions.map(async (c) => [c.user, (await run.ctx.models.User.findById(actorOf(run, c.user).userId).lean())?.email ?? ''] as const)));
  const rows = new Map<string, string[]>();
  const add = (seed: SeedTraining, email: string, when: Date) => rows.set(seed.organiser, [...(rows.get(seed.organiser) ?? []), `${ids.get(seed.key) ?? seed.key},${email},${when.toISOString().slice(0, 10)}`]);
  for (const seed of seedTrainings.filter((t) => t.completionShare > 0)) {
    const lastDay = seed.sessions.at(-1)?.day;
    for (const learner of learners.filter((l) => l.language === seed.language && spread(l.email, seed.key) < seed.completionShare)) {
      add(seed, learner.email, new Date(today + (lastDay ?? -Math.floor(spread(seed.key, learner.email) * 720) - 1) * day));
    }
    for (const completion of demoCompletions.filter((c) => c.training === seed.key)) add(seed, demoEmails.get(completion.user) ?? '', new Date(today + (lastDay ?? -30) * day));
  }
  for (const [organiser, lines] of rows) await importCompletions(run.ctx, actorOf(run, organiser), { csv: ['training,email,completedAt', ...lines].join('\n') });
  for (const completion of demoCompletions) await submitFeedback(run.ctx, actorOf(run, completion.user), ids.get(completion.training), { rating: completion.rating, comment: completion.comment });
  const comments = ['Koristno in praktično.', 'Przydatne, ale za krótkie.', 'Dobro vodeno.', 'Bardzo dobre materiały.', ''];
  for (const learner of learners) {
    for (const seed of seedTrainings.filter((t) => t.completionShare > 0 && t.language === learner.language && spread(learner.email, t.key) < t.completionShare * 0.4)) {
      await submitFeedback(run.ctx, learner.actor, ids.get(seed.key), { rating: 3 + Math.floor(spread(seed.key, learner.email) * 3), comment: comments[Math.floor(spread(learner.email, seed.key) * comments.length)] });
    }
  }
  await run.keys.finish(key);
  advance(run, key);
}

async function seedRegistrations(run: SeedRun, ids: ReadonlyMap<string, string>, learners: readonly Learner[]): Promise<void> {
  const key = 'trainings:registrations';
  if (run.keys.isDone(key)) return;
  const upcoming = seedTrainings.filter((t) => t.sessions.length > 0 && t.sessions.every((s) => s.day > 0));
  for (const seed of upcoming) {
    for (const learner of learners.filter((l) => l.language === seed.language && spread(seed.key, l.email) < 0.08)) {
      await registerForTraining(run.ctx, learner.actor, ids.get(seed.key), {});
    }
  }
  await registerForTraining(run.ctx, actorOf(run, 'teacher-si-3'), ids.get('si-ui-pouk-2'), {});
  await registerForTraining(run.ctx, actorOf(run, 'teacher-pl-1'), ids.get('pl-ai-urzad'), {});
  await run.keys.finish(key);
  advance(run, key);
}

export async function seedTrainingsStep(run: SeedRun): Promise<void> {
  const today = new Date().setUTCHours(0, 0, 0, 0);
  const ids = await seedCatalogue(run, today);
  const learners = await seedLearners(run);
  await seedCompletions(run, ids, learners, today);
  await seedRegistrations(run, ids, learners);
}
