// Builds public content for page tests through the real commands: published practices (author → reviewer),
// communities with threads and posts. Used by the page tests and the accessibility run.
import sharp from 'sharp';
import type { Actor, AppContext } from '../../server/context.js';
import { attachUpload } from '../../server/commands/uploads/attachUpload.js';
import { storeUploads } from '../../server/commands/uploads/storeUploads.js';
import { createCollection } from '../../server/commands/collections/createCollection.js';
import { publishCollection } from '../../server/commands/collections/publishCollection.js';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { createThread } from '../../server/commands/communities/createThread.js';
import { createResource } from '../../server/commands/resources/createResource.js';
import { publishResource } from '../../server/commands/resources/publishResource.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { publishPractice } from '../../server/commands/practices/publishPractice.js';
import { startReview } from '../../server/commands/practices/startReview.js';
import { submitPractice } from '../../server/commands/practices/submitPractice.js';
import { updatePractice } from '../../server/commands/practices/updatePractice.js';
import type { Collection } from '../../server/models/collection.js';
import type { Community } from '../../server/models/community.js';
import type { Practice } from '../../server/models/practice.js';
import type { Resource } from '../../server/models/resource.js';
import type { Role } from '../../server/models/user.js';
import { createUser } from './users.js';

export interface ContentActors {
  author: Actor;
  reviewer: Actor;
  organiser: Actor;
}

async function actorWith(ctx: AppContext, roles: Role[], name: string): Promise<Actor> {
  const user = await createUser(ctx, roles, name);
  return { userId: user.id, roles, displayName: name };
}

export async function contentActors(ctx: AppContext): Promise<ContentActors> {
  return {
    author: await actorWith(ctx, ['member'], 'Mojca Novak'),
    reviewer: await actorWith(ctx, ['member', 'organiser'], 'Piotr Kowalski'),
    organiser: await actorWith(ctx, ['member', 'organiser'], 'Anna Lindqvist'),
  };
}

/** A complete practice in Slovenian with an unreviewed machine translation into English; override any field. */
export function practiceInput(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const section = (name: string) => `**${name}** of the practice. Teachers met *every month* to share what worked.`;
  return {
    originalLanguage: 'sl',
    texts: {
      sl: {
        title,
        summary: 'Šole so skupaj pripravile digitalno strategijo in jo preverile z orodjem SELFIE.',
        challenge: section('Izziv'),
        description: section('Opis'),
        implementation: '1. Načrt\n2. Izvedba\n3. Vrednotenje',
        resourcesNeeded: section('Viri'),
        outcomes: section('Rezultati'),
        difficulties: 'Prvo leto ni uspelo: premalo časa za učitelje.',
        transferConditions: section('Pogoji'),
        lessons: section('Lekcije'),
      },
      en: { provenance: 'machine', reviewed: false, title: `${title} (EN)`, summary: 'Schools wrote a digital strategy together and checked it with SELFIE.' },
    },
    organisation: { name: 'OŠ Trnovo', ownerType: 'school' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'school-leaders'],
    practiceType: 'digital-strategy',
    lifecycleStage: 'implement',
    startDate: '2023-09-01',
    scale: { schools: 12, participants: 1450 },
    digCompEdu: ['2.1', '3.1'],
    digComp: ['1.1'],
    selfieAreas: ['leadership'],
    evidenceTypes: ['survey', 'self-assessment-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: 'Erasmus+ KA2',
    funding: 'EU and the municipality',
    contact: { name: 'Mojca Novak', email: 'mojca@example.si' },
    tags: ['strategija', 'SELFIE'],
    ...overrides,
  };
}

/** A small generated PNG the author uploads; returns the upload id. */
async function uploadImage(ctx: AppContext, author: Actor, name: string): Promise<string> {
  const buffer = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2a7ab0' } }).png().toBuffer();
  const [upload] = await storeUploads(ctx, author, [{ originalname: name, buffer }]);
  return String(upload?._id);
}

/** Creates, submits, reviews and publishes a practice (with an image attachment when a caption is given). */
export async function publishedPractice(ctx: AppContext, actors: ContentActors, input: Record<string, unknown>, imageCaption?: string): Promise<Practice> {
  const draft = await createPractice(ctx, actors.author, input);
  if (imageCaption) {
    const uploadId = await uploadImage(ctx, actors.author, 'workshop.png');
    await attachUpload(ctx, actors.author, uploadId, { type: 'practice', id: String(draft._id), licence: 'cc-by-4.0', caption: imageCaption });
  }
  await submitPractice(ctx, actors.author, String(draft._id));
  await startReview(ctx, actors.reviewer, String(draft._id));
  return publishPractice(ctx, actors.reviewer, String(draft._id), {});
}

/** A published practice whose title (and so its slug) changed once while it was a draft. */
export async function renamedPractice(ctx: AppContext, actors: ContentActors, firstTitle: string, newTitle: string): Promise<Practice> {
  const draft = await createPractice(ctx, actors.author, practiceInput(firstTitle));
  await updatePractice(ctx, actors.author, String(draft._id), { rev: draft.rev, changes: { texts: { sl: { title: newTitle } } } });
  await submitPractice(ctx, actors.author, String(draft._id));
  await startReview(ctx, actors.reviewer, String(draft._id));
  return publishPractice(ctx, actors.reviewer, String(draft._id), {});
}

export async function communityWithThread(
  ctx: AppContext,
  owner: Actor,
  fields: { name: string; visibility: 'public' | 'members-only'; threadTitle: string; body: string },
): Promise<{ community: Community; threadId: string }> {
  const community = await createCommunity(ctx, owner, {
    name: fields.name,
    description: `An exchange group for **${fields.name}**.`,
    language: 'en',
    visibility: fields.visibility,
    joinPolicy: fields.visibility === 'public' ? 'open' : 'request',
  });
  const { thread } = await createThread(ctx, owner, String(community._id), { title: fields.threadTitle, body: fields.body });
  return { community, threadId: String(thread._id) };
}

/** A link resource by the author, published by the organiser unless `publish` is false. */
export async function linkResource(ctx: AppContext, actors: ContentActors, title: string, extra: Record<string, unknown> = {}, publish = true): Promise<Resource> {
  const draft = await createResource(ctx, actors.author, {
    title,
    description: 'A **handbook** for school teams planning their digital strategy.',
    kind: 'handbook',
    language: 'sl',
    licence: 'cc-by-sa-4.0',
    url: 'https://example.org/handbook',
    digCompEdu: ['2.1'],
    ...extra,
  });
  return publish ? publishResource(ctx, actors.organiser, String(draft._id), {}) : draft;
}

/** A conference's collection by the organiser with the given items in order, published unless `publish` is false. */
export async function conferenceCollection(
  ctx: AppContext,
  actors: ContentActors,
  title: string,
  items: { type: 'practice' | 'resource'; id: string }[],
  publish = true,
): Promise<Collection> {
  const draft = await createCollection(ctx, actors.organiser, {
    title: { en: title },
    introduction: { en: 'Write-ups from the **spring conference**.' },
    event: { name: 'Digital School Days 2025', date: '2025-04-10', place: 'Ljubljana' },
    items,
  });
  return publish ? publishCollection(ctx, actors.organiser, String(draft._id), {}) : draft;
}
