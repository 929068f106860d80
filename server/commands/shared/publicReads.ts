// Reads whose answer is the same for every reader (asked with no actor), kept until public content changes or a
// minute passes, the same rule as the anonymous page cache; a signed-in page then asks the database only what is
// its reader's own. The answer in flight is kept too, so readers arriving together after a write ask once.
import type { AppContext } from '../../context.js';
import { cachePerOwner } from '../../services/boundedCache.js';

interface KeptRead {
  readonly answer: Promise<unknown>;
  readonly generation: number;
  readonly storedAt: number;
  readonly size: number;
}

const keepMs = 60_000;
const keptOf = cachePerOwner<KeptRead>(200, 200);

/** The answer `read` gives, kept under `key`; `read` must not depend on who asks. */
export async function keptPublicRead<T>(ctx: AppContext, key: string, read: () => Promise<T>): Promise<T> {
  const cache = keptOf(ctx);
  const generation = ctx.contentGeneration.current();
  const kept = cache.get(key);
  if (kept && kept.generation === generation && Date.now() - kept.storedAt < keepMs) return kept.answer as Promise<T>;
  const answer = read();
  cache.set(key, { answer, generation, storedAt: Date.now(), size: 1 });
  answer.catch(() => cache.delete(key));
  return answer;
}
