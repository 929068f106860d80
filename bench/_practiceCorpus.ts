// Shared by the reuse benchmarks: N published practices, the first written through the real commands (create,
// submit, review, publish) and the rest cloned from it with their own ids, slugs, sectors and datestamps.
import { Types } from 'mongoose';
import type { AppContext } from '../server/context.js';
import type { Practice } from '../server/models/practice.js';
import { termIds } from '../server/vocab/index.js';
import { contentActors, practiceInput, publishedPractice } from '../test/support/publicContent.js';

export async function publishedCorpus(ctx: AppContext, count: number): Promise<Practice> {
  const actors = await contentActors(ctx);
  const model = await publishedPractice(ctx, actors, practiceInput('Digitalna strategija šole: čšž, łąę, åäö'));
  const sectors = termIds('sectors');
  const types = termIds('practiceTypes');
  const { _id: _unused, ...fields } = (await ctx.models.Practice.findById(model._id).lean<Practice>()) as Practice;
  const start = Date.now() - count * 1000;
  for (let from = 1; from < count; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - from) }, (_, offset) => {
      const n = from + offset;
      return { ...fields, _id: new Types.ObjectId(), slug: `${model.slug}-${n}`, sector: sectors[n % sectors.length], practiceType: types[n % types.length], updatedAt: new Date(start + n * 1000), indexedRev: fields.rev };
    });
    await ctx.models.Practice.collection.insertMany(batch);
  }
  return model;
}
