// Creates each demo resource as its author — a link, or a Markdown document uploaded through the upload pipeline —
// related to published practices, and publishes it as an organiser.
import { createResource } from '../../server/commands/resources/createResource.js';
import { publishResource } from '../../server/commands/resources/publishResource.js';
import { storeUploads } from '../../server/commands/uploads/storeUploads.js';
import type { Resource } from '../../server/models/resource.js';
import type { SeedResource } from '../types.js';
import { reviewerFor } from '../reviewers.js';
import { actorOf, advance, countCreated, type SeedRun } from '../seedRun.js';

/** The uploaded document of a file resource (stored once, remembered under its own key). */
async function documentUploadId(run: SeedRun, seed: SeedResource, file: NonNullable<SeedResource['file']>): Promise<string> {
  const key = `document:${seed.key}`;
  const known = run.keys.refOf(key);
  if (known) return known;
  const [upload] = await storeUploads(run.ctx, actorOf(run, seed.author), [{ originalname: file.name, buffer: Buffer.from(file.text, 'utf8') }]);
  await run.keys.finish(key, String(upload._id));
  countCreated(run, 'documents');
  return String(upload._id);
}

async function seedResource(run: SeedRun, seed: SeedResource, relatedKeys: readonly string[]): Promise<void> {
  const key = `resource:${seed.key}`;
  const knownId = run.keys.refOf(key);
  if (run.keys.isDone(key) && knownId) {
    run.resourceIds.set(seed.key, knownId);
    return;
  }
  let resource = knownId ? await run.ctx.models.Resource.findById(knownId).lean<Resource>() : null;
  if (!resource) {
    const relatedPracticeIds = relatedKeys.map((practiceKey) => run.practiceIds.get(practiceKey)).filter((id): id is string => id !== undefined);
    const source = seed.file ? { uploadId: await documentUploadId(run, seed, seed.file) } : { url: seed.url };
    resource = await createResource(run.ctx, actorOf(run, seed.author), {
      title: seed.title,
      description: seed.description,
      kind: seed.kind,
      language: seed.language,
      licence: seed.licence,
      tags: seed.tags,
      digCompEdu: seed.digCompEdu,
      digComp: seed.digComp,
      relatedPracticeIds,
      ...source,
    });
    await run.keys.remember(key, String(resource._id));
    countCreated(run, 'resources');
  }
  run.resourceIds.set(seed.key, String(resource._id));
  if (resource.state === 'draft') {
    await publishResource(run.ctx, actorOf(run, reviewerFor(seed.language, seed.author)), String(resource._id), {});
  }
  await run.keys.finish(key);
}

export async function seedResources(run: SeedRun, resources: readonly SeedResource[], relatedOf: (resource: SeedResource) => readonly string[]): Promise<void> {
  for (const seed of resources) {
    await seedResource(run, seed, relatedOf(seed));
    advance(run, seed.key);
  }
}
