// Benchmark: where the time of GET /api/search/practices goes beyond the engine's own. Indexes N generated practices
// (default 20,000; `--docs N`) and times, interleaved on the same queries, the one-index query sent straight to
// Meilisearch, then each layer Praxis adds on top of it (its client, the command, the presenter and JSON, Express
// with only the search routes, the whole app), plus a bare Node server and the whole app's 404 as HTTP baselines;
// prints p50/p95 per layer, each layer's p95 over raw and the median over rounds of that ratio, then the CPU each layer
// costs per request in this process and in Meilisearch (which a busy shared machine hardly changes).
import { createServer, type Server } from 'node:http';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import express from 'express';
import { createApp } from '../server/app.js';
import { anonymous } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { searchContent } from '../server/commands/search/searchContent.js';
import { visibilityClause } from '../server/search/filters.js';
import { buildFederatedSearch, runSearch, type SearchRequest } from '../server/search/runSearch.js';
import { searchPage, searchRoutes } from '../server/http/routes/searchRoutes.js';
import { benchQueries, cpuPerRequest, indexCorpus, insertCorpus, keepAliveRequest, loadAverage, medianRoundRatio, p95, summary, timeVariants, type Variant } from './_searchCorpus.js';
import { startSearchBenchContext } from './_searchContext.js';

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '9' }, clients: { type: 'string', default: '1' }, 'cpu-requests': { type: 'string', default: '400' } } });

async function listen(handler: http.RequestListener): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function main(): Promise<void> {
  const bench = await startSearchBenchContext(createLogger('warn', 'bench'));
  const { ctx, meili } = bench;
  const servers: Server[] = [];
  try {
    process.stdout.write(`search breakdown: ${args.docs} generated practices; database ${bench.mongoSource}; Meilisearch (embedded); load average ${loadAverage()}\n`);
    await insertCorpus(ctx, Number(args.docs));
    await indexCorpus(ctx);
    const whole = await listen(createApp(ctx));
    const searchOnly = await listen(express()
        .set('query parser', 'simple')
        .use((req, _res, next) => {
          req.actor = anonymous;
          next();
        })
        .use('/api', searchRoutes(ctx)));
    const fixed = JSON.stringify({ data: [], page: { offset: 0, limit: 20, total: 0 } });
    const bare = await listen((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fixed));
    servers.push(whole.server, searchOnly.server, bare.server);
    const agent = new http.Agent({ keepAlive: true });
    const visibility = visibilityClause({ allCommunities: false, communityIds: [] });
    const request = (i: number): SearchRequest => {
      const { q, locale } = benchQueries[i] ?? { q: '', locale: 'en' };
      return { q, locale, types: ['practices'], filter: visibility ? [visibility] : [], facets: [], sort: [], offset: 0, limit: 20, mode: 'full' };
    };
    const bodies = benchQueries.map((_, i) => JSON.stringify(buildFederatedSearch(ctx.search, request(i))));
    const auth = { authorization: `Bearer ${meili.masterKey}`, 'content-type': 'application/json' };
    const input = (i: number) => ({ q: benchQueries[i]?.q ?? '', locale: benchQueries[i]?.locale ?? 'en' });
    const path = (i: number) => `/api/search/practices?${new URLSearchParams(input(i)).toString()}`;
    const command = (i: number) => searchContent(ctx, anonymous, input(i), { only: 'practices', defaultLocale: 'en' });
    const variants: Variant[] = [
      ['raw one-index multi-search (HTTP)', (i) => keepAliveRequest(agent, `${meili.host}/multi-search`, 'POST', auth, bodies[i])],
      ['runSearch (Praxis client, in process)', (i) => runSearch(ctx.search, request(i))],
      ['searchContent command (in process)', (i) => command(i)],
      ['command + presenter + JSON.stringify', async (i) => JSON.stringify(searchPage(await command(i)))],
      ['Express, search routes only (HTTP)', (i) => keepAliveRequest(agent, `${searchOnly.base}${path(i)}`, 'GET', {})],
      ['whole app /api/search/practices (HTTP)', (i) => keepAliveRequest(agent, `${whole.base}${path(i)}`, 'GET', {})],
      ['bare Node server, fixed JSON (HTTP)', () => keepAliveRequest(agent, `${bare.base}/`, 'GET', {})],
      ['whole app 404 /api/none (HTTP)', () => keepAliveRequest(agent, `${whole.base}/api/none`, 'GET', {}).catch((error: unknown) => (String(error).includes(': 404 ') ? '' : Promise.reject(error)))],
    ];
    for (const clients of args.clients.split(',').map(Number)) {
      const timings = await timeVariants(variants, clients, Number(args.rounds));
      process.stdout.write(`\n${clients} client(s), ${timings.rounds} rounds (load average ${loadAverage()}):\n`);
      const raw = p95(timings.samples[0] ?? []);
      for (const [v, [label]] of variants.entries()) {
        const failed = timings.failures[v] ? `  FAILED ${timings.failures[v]}` : '';
        process.stdout.write(`  ${label.padEnd(42)} ${summary(timings.samples[v] ?? [])}  p95÷raw=${(p95(timings.samples[v] ?? []) / raw).toFixed(2)}  median round ratio=${medianRoundRatio(timings, v, 0).toFixed(2)}${failed}\n`);
      }
    }
    process.stdout.write(`\nCPU per request, ${args['cpu-requests']} requests per layer, the layers taking turns (load average ${loadAverage()}):\n`);
    const costs = await cpuPerRequest(variants, Number(args['cpu-requests']), meili.pid);
    for (const [v, [label]] of variants.entries()) {
      const cost = costs[v];
      if (cost) process.stdout.write(`  ${label.padEnd(42)} this process median ${cost.nodeMedianMs.toFixed(3)} ms, mean ${cost.nodeMeanMs.toFixed(3)} ms  Meilisearch mean ${cost.engineMs.toFixed(3)} ms\n`);
    }
    agent.destroy();
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`search breakdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
