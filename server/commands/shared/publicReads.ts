// Reads whose answer is the same for every reader (asked with no actor), kept until public content changes or a
// minute passes, the same rule as the anonymous page cache; a signed-in page then asks the database only what is
// its reader's own.
import type { AppContext } from '../../context.js';
import { keptAnswers } from '../../services/boundedCache.js';

const kept = keptAnswers(200, 60_000);

/** The answer `read` gives, kept under `key`; `read` must not depend on who asks. */
export async function keptPublicRead<T>(ctx: AppContext, key: string, read: () => Promise<T>): Promise<T> {
  return kept(ctx, `${key}|${ctx.contentGeneration.current()}`, read);
}
