// `npm run reindex [-- --type practices]`: rebuilds the search indexes into fresh ones and swaps them in
// atomically, with a progress bar on stderr; writes made during the rebuild are replayed, none is lost.
import { searchTypes, type SearchType } from '../search/searchDocument.js';
import { reindexType } from '../search/reindex.js';
import { runCli } from './cliRuntime.js';
import { progressBar, type ProgressBar } from './progressBar.js';

function chosenTypes(type: string | undefined): SearchType[] {
  if (type === undefined) return [...searchTypes];
  const found = searchTypes.find((candidate) => candidate === type);
  if (!found) throw new TypeError(`--type must be one of ${searchTypes.join(', ')}`);
  return [found];
}

await runCli({ type: { type: 'string' } }, async (ctx, args) => {
  for (const type of chosenTypes(args.type)) {
    let bar: ProgressBar | null = null;
    let shown = 0;
    const result = await reindexType(ctx, type, (_type, done, total) => {
      bar ??= progressBar(`reindex ${type}`, total);
      bar.tick(done - shown);
      shown = done;
    });
    (bar as ProgressBar | null)?.done(`${result.documents} documents, ${result.replayed} replayed`);
  }
});
