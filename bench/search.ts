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
import { progressBar, type ProgressBar } from '../server/cli/progressBar.js';
import type { AppContext } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { visibilityClause } from '../server/search/filters.js';
import { reindexType } from '../server/search/reindex.js';
import { buildFederatedSearch, type SearchRequest } from '../server/search/runSearch.js';
import { searchTypes } from '../server/search/searchDocument.js';
import { startSearchSync } from '../server/workers/searchSync.js';
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

const words = {
  sl: ['šolska', 'strategija', 'digitalnih', 'kompetenc', 'učiteljev', 'akcijskega', 'načrta', 'občina', 'vrtec', 'mentorstvo', 'spletna', 'varnost', 'tablice', 'ravnatelji', 'spremljanje', 'učenci', 'knjižnica', 'tečaji', 'e-uprava', 'razvoj'],
  pl: ['dobrych', 'praktyk', 'samorządowych', 'cyfryzacja', 'nauczycieli', 'Łódź', 'szkoła', 'bezpieczeństwo', 'sieci', 'biblioteka', 'seniorów', 'ocenianie', 'kształtujące', 'przedszkole', 'roboty', 'programowania', 'gmina', 'usługi', 'szkolenia', 'kompetencje'],
  sv: ['lärarnas', 'digitala', 'kompetens', 'skolbiblioteket', 'källkritik', 'programmering', 'förskolan', 'surfplattor', 'kommunen', 'fortbildning', 'e-tjänster', 'äldre', 'elever', 'matematik', 'rektorer', 'nätverk', 'utveckling', 'verktyg', 'undervisning', 'strategi'],
  en: ['digital', 'strategy', 'teachers', 'coaching', 'municipal', 'open', 'data', 'training', 'civil', 'servants', 'online', 'safety', 'parents', 'assessment', 'schools', 'rural', 'learning', 'platform', 'network', 'leadership'],
} as const;
type Language = keyof typeof words;
const languages = Object.keys(words) as Language[];
const sectors = ['school', 'kindergarten', 'vet', 'local-government', 'central-administration', 'training-provider'];
const countries = ['SI', 'PL', 'SE', 'HR', 'AT', 'DE'];

const queries: Array<{ q: string; locale: Language }> = [
  { q: 'akcijski načrt', locale: 'sl' },
  { q: 'solska strategija', locale: 'sl' },
  { q: 'mentorstvo ucitelji', locale: 'sl' },
  { q: 'spletna varnost', locale: 'sl' },
  { q: 'lodz', locale: 'pl' },
  { q: 'dobre praktyki samorządowe', locale: 'pl' },
  { q: 'bezpieczenstwo w sieci', locale: 'pl' },
  { q: 'programowanie', locale: 'pl' },
  { q: 'kallkritik', locale: 'sv' },
  { q: 'lärarnas fortbildning', locale: 'sv' },
  { q: 'surfplatta', locale: 'sv' },
  { q: 'progamering', locale: 'sv' },
  { q: 'digital strategies', locale: 'en' },
  { q: 'teacher coaching', locale: 'en' },
  { q: 'open data training', locale: 'en' },
  { q: 'asessment', locale: 'en' },
];

let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const sentence = (language: Language, n: number): string => Array.from({ length: n }, () => pick(words[language])).join(' ');

function generatedPractice(i: number): Record<string, unknown> {
  const language = languages[i % languages.length] ?? 'en';
  const now = new Date(Date.now() - Math.floor(random() * 3e10));
  return {
    _id: new Types.ObjectId(),
    slug: `bench-${i}`,
    state: 'published',
    authorId: new Types.ObjectId(),
    originalLanguage: language,
    texts: { [language]: { provenance: 'original', reviewed: true, title: `${sentence(language, 5)} ${i}`, summary: sentence(language, 25), description: sentence(language, 60) } },
    languages: [language],
    sector: pick(sectors),
    country: pick(countries),
    practiceType: 'training',
    evidenceLevel: 'promising',
    tags: [pick(words[language])],
    publishedAt: now,
    createdAt: now,
    updatedAt: now,
    // Indexed through the reindex path below, so the sync worker has nothing pending when it starts.
    rev: 1,
    indexedRev: 1,
    deletedAt: null,
  };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const summary = (samples: number[]): string => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50=${percentile(sorted, 50).toFixed(2)} ms  p95=${percentile(sorted, 95).toFixed(2)} ms  (n=${sorted.length})`;
};

function keepAliveRequest(agent: http.Agent, url: string, method: string, headers: Record<string, string>, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString()) : reject(new Error(`${url}: ${res.statusCode} ${Buffer.concat(chunks).toString()}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Variant = readonly [string, (i: number) => Promise<unknown>];

interface Timings {
  /** Each variant's latencies of answered requests. */
  readonly samples: number[][];
  /** Each variant's failed requests (kept out of the latencies, counted in the report). */
  readonly failures: number[];
  readonly rounds: number;
}

const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(2)).join(' ');

/**
 * Times every variant on every query with `clients` concurrent loops; each loop sends one query to every variant in
 * turn (the order rotating) before the next query, so a change in the shared machine's load hits all variants alike
 * and their ratios stay comparable; a failed request is counted, not fatal.
 */
async function timeVariants(variants: readonly Variant[], clients: number): Promise<Timings> {
  for (const [, run] of variants) for (let i = 0; i < queries.length; i += 1) await run(i).catch(() => undefined);
  const samples = variants.map((): number[] => []);
  const failures = variants.map(() => 0);
  let round = 0;
  while (round < rounds && (round === 0 || Date.now() < timingDeadline)) {
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let i = 0; i < queries.length; i += 1) {
          for (let turn = 0; turn < variants.length; turn += 1) {
            const v = (turn + i + client + round) % variants.length;
            const requestStarted = performance.now();
            try {
              await variants[v]?.[1]((i + client) % queries.length);
              samples[v]?.push(performance.now() - requestStarted);
            } catch {
              failures[v] = (failures[v] ?? 0) + 1;
            }
          }
        }
      }),
    );
    round += 1;
  }
  return { samples, failures, rounds: round };
}

const p95 = (samples: readonly number[]): number => percentile([...samples].sort((a, b) => a - b), 95);

async function insertCorpus(ctx: AppContext): Promise<void> {
  const bar = progressBar('insert practices into MongoDB', documentCount);
  const collection = ctx.connection.collection('practices');
  for (let i = 0; i < documentCount; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, documentCount - i) }, (_, j) => generatedPractice(i + j));
    await collection.insertMany(batch, { ordered: false });
    bar.tick(batch.length);
    if (Date.now() > insertDeadline && i + batch.length < documentCount) {
      documentCount = i + batch.length;
      bar.done(`time budget reached: continuing with ${documentCount} practices`);
      return;
    }
  }
  bar.done();
}

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

    await insertCorpus(ctx);
    const indexStarted = performance.now();
    let bar: ProgressBar | null = null;
    let shown = 0;
    await ctx.search.ensureIndexes();
    const result = await reindexType(ctx, 'practices', (_type, done, total) => {
      bar ??= progressBar('index practices in Meilisearch', total);
      bar.tick(done - shown);
      shown = done;
    });
    (bar as ProgressBar | null)?.done();
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    process.stdout.write(`indexed ${result.documents} practices in ${indexSeconds.toFixed(1)} s (${Math.round(result.documents / indexSeconds)} docs/s)\n`);

    server = createServer(createApp(ctx));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new http.Agent({ keepAlive: true });
    const request = (i: number): SearchRequest => {
      const { q, locale } = queries[i] ?? { q: '', locale: 'en' };
      const visibility = visibilityClause({ allCommunities: false, communityIds: [] });
      return { q, locale, types: [...searchTypes], filter: visibility ? [visibility] : [], facets: ['sector', 'country'], sort: [], offset: 0, limit: 20, mode: 'full' };
    };
    const bodies = queries.map((_, i) => JSON.stringify(buildFederatedSearch(ctx.search, request(i))));
    const stock = new Meilisearch({ host: meili.host, apiKey: meili.masterKey });
    const practicesUid = ctx.search.indexUid('practices');
    const singleIndexParams = { limit: 20, facets: ['sector', 'country'], attributesToHighlight: ['title_en', 'title_sl', 'title_pl', 'title_sv'] };
    const auth = { authorization: `Bearer ${meili.masterKey}`, 'content-type': 'application/json' };
    const practicesOnly = (i: number): SearchRequest => ({ ...request(i), types: ['practices'], facets: [] });
    const singleBodies = queries.map((_, i) => JSON.stringify(buildFederatedSearch(ctx.search, practicesOnly(i))));
    const apiQuery = (i: number, extra: Record<string, string> = {}) => new URLSearchParams({ q: queries[i]?.q ?? '', locale: queries[i]?.locale ?? 'en', ...extra }).toString();
    const variants: Variant[] = [
      ['GET /api/search (Praxis, HTTP, facets)', (i) => keepAliveRequest(agent, `${base}/api/search?${apiQuery(i, { facets: 'sector,country' })}`, 'GET', {})],
      ['same multi-search straight to Meilisearch', (i) => keepAliveRequest(agent, `${meili.host}/multi-search`, 'POST', auth, bodies[i])],
      ['GET /api/search/practices (Praxis, HTTP)', (i) => keepAliveRequest(agent, `${base}/api/search/practices?${apiQuery(i)}`, 'GET', {})],
      ['same one-index query straight to Meilisearch', (i) => keepAliveRequest(agent, `${meili.host}/multi-search`, 'POST', auth, singleBodies[i])],
      ['same multi-search, stock meilisearch client', (i) => stock.multiSearch(buildFederatedSearch(ctx.search, request(i)))],
      ['one-index search, stock client (fetch + gzip)', (i) => stock.index(practicesUid).search(queries[i]?.q ?? '', singleIndexParams)],
    ];
    for (const clients of clientCounts) {
      const { samples, failures, rounds: timed } = await timeVariants(variants, clients);
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
