// Benchmark: indexes N generated practices (default 100,000; `--docs N`) with the reindex path, then compares p50/p95
// of GET /api/search (federated, with facets) and GET /api/search/practices with the same queries sent straight to
// Meilisearch, with 1 client and with 10 concurrent clients (`--clients`), the page cache off, and prints the ratios
// the issue sets as targets and the machine's load; then measures publish → searchable. On a slow machine it loads
// fewer practices and times fewer rounds within `--budget-seconds`, and says so, rather than failing.
import { createServer, type Server } from 'node:http';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Meilisearch } from 'meilisearch';
import { Types } from 'mongoose';
import { createApp } from '../server/app.js';
import type { AppContext } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { visibilityClause } from '../server/search/filters.js';
import { buildFederatedSearch, type SearchRequest } from '../server/search/runSearch.js';
import { searchTypes } from '../server/search/searchDocument.js';
import { startSearchSync } from '../server/workers/searchSync.js';
import { benchQueries, generatedPractice, indexCorpus, insertCorpus, keepAliveRequest, loadAverage, p95, summary, timeVariants, type Variant } from './_searchCorpus.js';
import { startSearchBenchContext } from './_searchContext.js';

const { values: args } = parseArgs({
  options: { docs: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '5' }, clients: { type: 'string', default: '1,10' }, 'budget-seconds': { type: 'string', default: '900' } },
});
const started = Date.now();
const budgetMs = Number(args['budget-seconds']) * 1000;
/** Loading stops early (and the bench reports how many it loaded) once 40 % of the budget is spent inserting. */
const insertDeadline = started + budgetMs * 0.4;
/** Timing rounds stop early (after the first) once 90 % of the budget is spent. */
const timingDeadline = started + budgetMs * 0.9;
const publishWaitMs = 60_000;
let documentCount = Number(args.docs);
const rounds = Number(args.rounds);
const clientCounts = args.clients.split(',').map(Number).filter((n) => n > 0);
const publishSamples = 10;

async function searchableWithin(ctx: AppContext, marker: string, ms: number): Promise<boolean> {
  const index = ctx.search.client.index(ctx.search.indexUid('practices'));
  const giveUp = Date.now() + ms;
  while (Date.now() < giveUp) {
    if ((await index.search(marker, { limit: 1 })).hits.length > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

async function publishToSearchable(ctx: AppContext): Promise<number[]> {
  const worker = startSearchSync(ctx);
  const samples: number[] = [];
  try {
    for (let i = 0; i < publishSamples; i += 1) {
      const marker = `zz${randomBytes(4).toString('hex').replace(/\d/g, 'k')}`;
      const started = performance.now();
      await ctx.models.Practice.create({ ...generatedPractice(documentCount + i), _id: new Types.ObjectId(), slug: `bench-new-${i}`, rev: 1, indexedRev: 0, texts: { en: { provenance: 'original', reviewed: true, title: `Fresh ${marker}` } } });
      ctx.events.emit('search.pending');
      if (!(await searchableWithin(ctx, marker, publishWaitMs))) {
        process.stdout.write(`publish → searchable: a practice was not searchable after ${publishWaitMs / 1000} s; stopped after ${samples.length} samples\n`);
        break;
      }
      samples.push(performance.now() - started);
    }
  } finally {
    await worker.stop();
  }
  return samples;
}

async function main(): Promise<void> {
  const log = createLogger('warn', 'bench');
  const bench = await startSearchBenchContext(log);
  const { ctx, meili } = bench;
  let server: Server | null = null;
  try {
    process.stdout.write(`search bench: up to ${documentCount} generated practices; database ${bench.mongoSource}; Meilisearch 1.21.0 (embedded); loopback, one process; ${os.cpus().length} cores, load average ${loadAverage()}\n`);

    documentCount = await insertCorpus(ctx, documentCount, insertDeadline);
    await indexCorpus(ctx);

    server = createServer(createApp(ctx));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new http.Agent({ keepAlive: true });
    const request = (i: number): SearchRequest => {
      const { q, locale } = benchQueries[i] ?? { q: '', locale: 'en' };
      const visibility = visibilityClause({ allCommunities: false, communityIds: [] });
      return { q, locale, types: [...searchTypes], filter: visibility ? [visibility] : [], facets: ['sector', 'country'], sort: [], offset: 0, limit: 20, mode: 'full' };
    };
    const bodies = benchQueries.map((_, i) => JSON.stringify(buildFederatedSearch(ctx.search, request(i))));
    const stock = new Meilisearch({ host: meili.host, apiKey: meili.masterKey });
    const practicesUid = ctx.search.indexUid('practices');
    const singleIndexParams = { limit: 20, facets: ['sector', 'country'], attributesToHighlight: ['title_en', 'title_sl', 'title_pl', 'title_sv'] };
    const auth = { authorization: `Bearer ${meili.masterKey}`, 'content-type': 'application/json' };
    const practicesOnly = (i: number): SearchRequest => ({ ...request(i), types: ['practices'], facets: [] });
    const singleBodies = benchQueries.map((_, i) => JSON.stringify(buildFederatedSearch(ctx.search, practicesOnly(i))));
    const apiQuery = (i: number, extra: Record<string, string> = {}) => new URLSearchParams({ q: benchQueries[i]?.q ?? '', locale: benchQueries[i]?.locale ?? 'en', ...extra }).toString();
    const variants: Variant[] = [
      ['GET /api/search (Praxis, HTTP, facets)', (i) => keepAliveRequest(agent, `${base}/api/search?${apiQuery(i, { facets: 'sector,country' })}`, 'GET', {})],
      ['same multi-search straight to Meilisearch', (i) => keepAliveRequest(agent, `${meili.host}/multi-search`, 'POST', auth, bodies[i])],
      ['GET /api/search/practices (Praxis, HTTP)', (i) => keepAliveRequest(agent, `${base}/api/search/practices?${apiQuery(i)}`, 'GET', {})],
      ['same one-index query straight to Meilisearch', (i) => keepAliveRequest(agent, `${meili.host}/multi-search`, 'POST', auth, singleBodies[i])],
      ['same multi-search, stock meilisearch client', (i) => stock.multiSearch(buildFederatedSearch(ctx.search, request(i)))],
      ['one-index search, stock client (fetch + gzip)', (i) => stock.index(practicesUid).search(benchQueries[i]?.q ?? '', singleIndexParams)],
    ];
    for (const clients of clientCounts) {
      const { samples, failures, rounds: timed } = await timeVariants(variants, clients, rounds, timingDeadline);
      const cut = timed < rounds ? `, time budget reached after ${timed} of ${rounds} rounds` : '';
      process.stdout.write(`\n${clients} client${clients === 1 ? '' : 's'} (load average ${loadAverage()}${cut}):\n`);
      for (const [v, [label]] of variants.entries()) {
        const failed = failures[v] ? `  FAILED ${failures[v]}` : '';
        process.stdout.write(`  ${label.padEnd(46)} ${summary(samples[v] ?? [])}${failed}\n`);
      }
      const ratio = (a: number, b: number) => (p95(samples[a] ?? []) / p95(samples[b] ?? [])).toFixed(2);
      process.stdout.write(`  p95 ratio /api/search ÷ raw multi-search = ${ratio(0, 1)} (target ≤ 2)   /api/search/practices ÷ raw one-index = ${ratio(2, 3)} (target ≤ 1.3)\n`);
    }
    const publish = await publishToSearchable(ctx);
    if (publish.length) process.stdout.write(`${'publish → searchable (worker, one document)'.padEnd(46)} ${summary(publish)}  max=${Math.max(...publish).toFixed(0)} ms\n`);
    process.stdout.write(`load average at the end ${loadAverage()}; ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`);
    agent.destroy();
  } finally {
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`search bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
