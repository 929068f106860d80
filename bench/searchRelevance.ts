// Relevance on the judged set (test/search/judgedQueries.ts): recall@5, precision@1, precision@5 and MRR per
// language and per kind of query, for Praxis search and, as the baseline, Meilisearch alone: the typed query on the
// raw text fields only (no folded or stemmed fields, no stemmed query).
import { anonymous, type AppContext } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { searchContent } from '../server/commands/search/searchContent.js';
import { buildFederatedSearch, type SearchRequest } from '../server/search/runSearch.js';
import { languageSlots, textKinds } from '../server/search/searchDocument.js';
import { syncAllPending } from '../server/search/syncPending.js';
import { judgedCorpus, judgedQueries, type JudgedQuery } from '../test/search/judgedQueries.js';
import { insertPractice } from '../test/search/searchTestKit.js';
import { startSearchBenchContext } from './_searchContext.js';

const depth = 5;

interface Scores {
  recall: number;
  p1: number;
  p5: number;
  rr: number;
  n: number;
}

async function praxisRanking(ctx: AppContext, query: JudgedQuery): Promise<string[]> {
  const outcome = await searchContent(ctx, anonymous, { q: query.q, locale: query.locale, limit: String(depth) }, { only: 'practices', defaultLocale: query.locale });
  return outcome.result.hits.map((hit) => String(hit.document.id));
}

const rawFields = [...textKinds.flatMap((kind) => languageSlots.map((slot) => `${kind}_${slot}`)), 'tags'];

async function meilisearchAloneRanking(ctx: AppContext, query: JudgedQuery): Promise<string[]> {
  const request: SearchRequest = { q: query.q, types: ['practices'], locale: query.locale, filter: [], facets: [], sort: [], offset: 0, limit: depth, mode: 'suggest' };
  const federated = buildFederatedSearch(ctx.search, request);
  const response = await ctx.search.client.multiSearch({ ...federated, queries: federated.queries.map(({ matchingStrategy: _strategy, ...q }) => ({ ...q, q: query.q, attributesToSearchOn: rawFields })) });
  return response.hits.map((hit) => String(hit.id));
}

function score(ranking: readonly string[], relevant: readonly string[]): Scores {
  const firstHit = ranking.findIndex((id) => relevant.includes(id));
  const found = ranking.filter((id) => relevant.includes(id)).length;
  return { recall: found / relevant.length, p1: ranking[0] && relevant.includes(ranking[0]) ? 1 : 0, p5: found / depth, rr: firstHit < 0 ? 0 : 1 / (firstHit + 1), n: 1 };
}

function add(into: Map<string, Scores>, key: string, s: Scores): void {
  const sum = into.get(key) ?? { recall: 0, p1: 0, p5: 0, rr: 0, n: 0 };
  into.set(key, { recall: sum.recall + s.recall, p1: sum.p1 + s.p1, p5: sum.p5 + s.p5, rr: sum.rr + s.rr, n: sum.n + 1 });
}

const line = (label: string, s: Scores): string =>
  `${label.padEnd(28)} recall@5=${(s.recall / s.n).toFixed(2)}  P@1=${(s.p1 / s.n).toFixed(2)}  P@5=${(s.p5 / s.n).toFixed(2)}  MRR=${(s.rr / s.n).toFixed(2)}  (${s.n} queries)`;

async function main(): Promise<void> {
  const bench = await startSearchBenchContext(createLogger('warn', 'bench'));
  try {
    const { ctx } = bench;
    const idOf = new Map<string, string>();
    for (const doc of judgedCorpus) idOf.set(doc.key, await insertPractice(ctx, doc));
    await syncAllPending(ctx);
    process.stdout.write(`judged set: ${judgedCorpus.length} practices, ${judgedQueries.length} queries (sl, pl, sv, en)\n`);
    const missed: string[] = [];
    for (const [name, rank] of [['Praxis search', praxisRanking], ['Meilisearch alone', meilisearchAloneRanking]] as const) {
      const groups = new Map<string, Scores>();
      for (const query of judgedQueries) {
        const relevant = query.relevant.map((key) => idOf.get(key) ?? key);
        const s = score(await rank(ctx, query), relevant);
        for (const key of ['all', `language ${query.locale}`, `kind ${query.kind}`]) add(groups, key, s);
        if (name === 'Praxis search' && s.recall < 1) missed.push(`${query.locale}: "${query.q}"`);
      }
      process.stdout.write(`\n${name}\n`);
      for (const [key, s] of [...groups].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`  ${line(key, s)}\n`);
    }
    process.stdout.write(`\nnot in the top ${depth} with Praxis search: ${missed.length ? missed.join(', ') : 'none'}\n`);
  } finally {
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`relevance bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
