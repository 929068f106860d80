// Precomputed training statistics: the database aggregation for one filter is kept with the participations
// generation it was made under and served while that generation is current. Every write to participations or
// feedback moves the generation (`participationsChanged`), so a kept answer is never stale; a write that lands while
// an aggregation runs moves it past the stored one, and the next reader aggregates again. Shared by all app nodes.
import type { AppContext } from '../../context.js';
import { generationId, type StatisticsSnapshot } from '../../models/statisticsSnapshot.js';

/** Call after any write to participations or training feedback. */
export async function participationsChanged(ctx: AppContext): Promise<void> {
  await ctx.models.StatisticsSnapshot.updateOne({ _id: generationId }, { $inc: { generation: 1 } }, { upsert: true });
}

/** The kept value for `key` when current, otherwise `compute()` stored under the generation read before it ran. */
export async function snapshotOf<T>(ctx: AppContext, key: string, compute: () => Promise<T>): Promise<T> {
  const [counter, kept] = await Promise.all([
    ctx.models.StatisticsSnapshot.findById(generationId, { generation: 1 }).lean<StatisticsSnapshot>(),
    ctx.models.StatisticsSnapshot.findById(key).lean<StatisticsSnapshot>(),
  ]);
  const generation = counter?.generation ?? 0;
  if (kept && kept.generation === generation) return kept.value as T;
  const value = await compute();
  await ctx.models.StatisticsSnapshot.updateOne({ _id: key }, { $set: { generation, value } }, { upsert: true });
  await ctx.models.StatisticsSnapshot.deleteMany({ _id: { $ne: generationId }, generation: { $lt: generation } });
  return value;
}
