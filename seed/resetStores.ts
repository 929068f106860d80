// `npm run seed -- --reset`: drops this app's database and its search indexes (through the search service), then
// recreates the database indexes and empty search indexes with their settings, so seeding starts from nothing.
import type { AppContext } from '../server/context.js';
import { syncIndexes } from '../server/models/index.js';
import { searchTypes } from '../server/search/searchDocument.js';

export async function resetStores(ctx: AppContext): Promise<void> {
  await ctx.connection.dropDatabase();
  await syncIndexes(ctx.models);
  for (const type of searchTypes) {
    const task = await ctx.search.client.tasks.waitForTask((await ctx.search.client.deleteIndex(ctx.search.indexUid(type))).taskUid);
    if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
      throw new Error(`Deleting the search index ${ctx.search.indexUid(type)} failed: ${task.error?.message ?? task.status}`);
    }
  }
  await ctx.search.ensureIndexes();
}
