// Creates each demo practice as its author, attaches its generated images while it is a draft, then drives the
// real workflow to the state the data asks for (submit → review by an organiser who is not the author →
// changes requested or published → featured).
import { featurePractice } from '../../server/commands/practices/featurePractice.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { publishPractice } from '../../server/commands/practices/publishPractice.js';
import { requestChanges } from '../../server/commands/practices/requestChanges.js';
import { startReview } from '../../server/commands/practices/startReview.js';
import { submitPractice } from '../../server/commands/practices/submitPractice.js';
import { attachUpload } from '../../server/commands/uploads/attachUpload.js';
import { storeUploads } from '../../server/commands/uploads/storeUploads.js';
import type { Practice } from '../../server/models/practice.js';
import type { SeedPractice } from '../types.js';
import { generatedImage } from '../generatedImage.js';
import { changeRequestComment, reviewerFor } from '../reviewers.js';
import { actorOf, advance, countCreated, type SeedRun } from '../seedRun.js';

type WorkflowStep = 'submit' | 'startReview' | 'requestChanges' | 'publish';

const pathTo: Record<SeedPractice['state'], WorkflowStep[]> = {
  draft: [],
  submitted: ['submit'],
  'in-review': ['submit', 'startReview'],
  'changes-requested': ['submit', 'startReview', 'requestChanges'],
  published: ['submit', 'startReview', 'publish'],
};

const stateAfter: Record<WorkflowStep, Practice['state']> = {
  submit: 'submitted',
  startReview: 'in-review',
  requestChanges: 'changes-requested',
  publish: 'published',
};

/** The steps still to take from `current`; none when the practice is somewhere the seed did not put it. */
function remainingSteps(target: SeedPractice['state'], current: Practice['state']): WorkflowStep[] {
  const steps = pathTo[target];
  if (current === 'draft') return steps;
  const done = steps.findIndex((step) => stateAfter[step] === current);
  return done === -1 ? [] : steps.slice(done + 1);
}

function practiceInput(seed: SeedPractice): Record<string, unknown> {
  const { key: _key, author: _author, state: _state, featured: _featured, images: _images, ...input } = seed;
  return input;
}

async function attachImages(run: SeedRun, seed: SeedPractice, practiceId: string): Promise<void> {
  const author = actorOf(run, seed.author);
  for (const [index, image] of (seed.images ?? []).entries()) {
    const key = `image:${seed.key}:${index}`;
    if (run.keys.isDone(key)) continue;
    let uploadId = run.keys.refOf(key);
    if (!uploadId) {
      const bytes = await generatedImage(image.colour, image.caption, run.fast);
      const [upload] = await storeUploads(run.ctx, author, [{ originalname: `${seed.key}-${index + 1}.jpg`, buffer: bytes }]);
      uploadId = String(upload._id);
      await run.keys.remember(key, uploadId);
      countCreated(run, 'images');
    }
    await attachUpload(run.ctx, author, uploadId, { type: 'practice', id: practiceId, licence: 'cc-by-4.0', caption: image.caption });
    await run.keys.finish(key);
  }
}

async function driveWorkflow(run: SeedRun, seed: SeedPractice, practice: Practice): Promise<void> {
  const id = String(practice._id);
  const author = actorOf(run, seed.author);
  const reviewer = actorOf(run, reviewerFor(seed.originalLanguage, seed.author));
  let current = practice;
  for (const step of remainingSteps(seed.state, practice.state)) {
    if (step === 'submit') current = await submitPractice(run.ctx, author, id);
    else if (step === 'startReview') current = await startReview(run.ctx, reviewer, id);
    else if (step === 'requestChanges') current = await requestChanges(run.ctx, reviewer, id, { comment: changeRequestComment(seed.originalLanguage) });
    else current = await publishPractice(run.ctx, reviewer, id, {});
  }
  if (seed.featured && current.state === 'published' && !current.featured) await featurePractice(run.ctx, reviewer, id, { featured: true });
}

async function seedPractice(run: SeedRun, seed: SeedPractice): Promise<void> {
  const key = `practice:${seed.key}`;
  const knownId = run.keys.refOf(key);
  if (run.keys.isDone(key) && knownId) {
    run.practiceIds.set(seed.key, knownId);
    return;
  }
  let practice = knownId ? await run.ctx.models.Practice.findById(knownId).lean<Practice>() : null;
  if (!practice) {
    practice = await createPractice(run.ctx, actorOf(run, seed.author), practiceInput(seed));
    await run.keys.remember(key, String(practice._id));
    countCreated(run, 'practices');
  }
  const id = String(practice._id);
  run.practiceIds.set(seed.key, id);
  if (practice.state === 'draft') await attachImages(run, seed, id);
  await driveWorkflow(run, seed, practice);
  await run.keys.finish(key);
}

export async function seedPractices(run: SeedRun, practices: readonly SeedPractice[]): Promise<void> {
  for (const seed of practices) {
    await seedPractice(run, seed);
    advance(run, seed.key);
  }
}
