// Shared by the search latency benchmarks: a generated corpus of published practices in four languages (loaded into
// MongoDB and indexed through the reindex path), the judged-free query list they time, percentiles, and the
// interleaved timing loop that keeps ratios comparable on a shared machine.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import { mongo, Types } from 'mongoose';
import type { AppContext } from '../server/context.js';
import { progressBar, type ProgressBar } from '../server/cli/progressBar.js';
import { reindexType } from '../server/search/reindex.js';

const words = {
  sl: ['šolska', 'strategija', 'digitalnih', 'kompetenc', 'učiteljev', 'akcijskega', 'načrta', 'občina', 'vrtec', 'mentorstvo', 'spletna', 'varnost', 'tablice', 'ravnatelji', 'spremljanje', 'učenci', 'knjižnica', 'tečaji', 'e-uprava', 'razvoj'],
  pl: ['dobrych', 'praktyk', 'samorządowych', 'cyfryzacja', 'nauczycieli', 'Łódź', 'szkoła', 'bezpieczeństwo', 'sieci', 'biblioteka', 'seniorów', 'ocenianie', 'kształtujące', 'przedszkole', 'roboty', 'programowania', 'gmina', 'usługi', 'szkolenia', 'kompetencje'],
  sv: ['lärarnas', 'digitala', 'kompetens', 'skolbiblioteket', 'källkritik', 'programmering', 'förskolan', 'surfplattor', 'kommunen', 'fortbildning', 'e-tjänster', 'äldre', 'elever', 'matematik', 'rektorer', 'nätverk', 'utveckling', 'verktyg', 'undervisning', 'strategi'],
  en: ['digital', 'strategy', 'teachers', 'coaching', 'municipal', 'open', 'data', 'training', 'civil', 'servants', 'online', 'safety', 'parents', 'assessment', 'schools', 'rural', 'learning', 'platform', 'network', 'leadership'],
} as const;
export type BenchLanguage = keyof typeof words;
const languages = Object.keys(words) as BenchLanguage[];
const sectors = ['school', 'kindergarten', 'vet', 'local-government', 'central-administration', 'training-provider'];
const countries = ['SI', 'PL', 'SE', 'HR', 'AT', 'DE'];

export const benchQueries: ReadonlyArray<{ readonly q: string; readonly locale: BenchLanguage }> = [
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
const sentence = (language: BenchLanguage, n: number): string => Array.from({ length: n }, () => pick(words[language])).join(' ');

export function generatedPractice(i: number): Record<string, unknown> {
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
    // Indexed through the reindex path, so the sync worker has nothing pending when it starts.
    rev: 1,
    indexedRev: 1,
    deletedAt: null,
  };
}

const insertAttempts = 5;

/** Only duplicate keys: a retried batch whose first attempt was partly written before the connection broke. */
const onlyDuplicates = (error: unknown): boolean => error instanceof mongo.MongoBulkWriteError && Object.values(error.writeErrors).every((writeError) => writeError.code === 11000);

/** A loaded machine can drop the database connection mid-batch; the batch is sent again (its ids make it idempotent). */
async function insertWithRetries(insert: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await insert();
      return;
    } catch (error) {
      if (attempt > 1 && onlyDuplicates(error)) return;
      if (attempt >= insertAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/** Inserts up to `count` practices; stops early at `deadline` (epoch ms) and returns how many it inserted. */
export async function insertCorpus(ctx: AppContext, count: number, deadline = Infinity): Promise<number> {
  const bar = progressBar('insert practices into MongoDB', count);
  const collection = ctx.connection.collection('practices');
  for (let i = 0; i < count; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, count - i) }, (_, j) => generatedPractice(i + j));
    await insertWithRetries(() => collection.insertMany(batch, { ordered: false }));
    bar.tick(batch.length);
    if (Date.now() > deadline && i + batch.length < count) {
      bar.done(`time budget reached: continuing with ${i + batch.length} practices`);
      return i + batch.length;
    }
  }
  bar.done();
  return count;
}

/** Builds the practices index through the reindex path and prints how long it took. */
export async function indexCorpus(ctx: AppContext): Promise<void> {
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
}

export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
export const p95 = (samples: readonly number[]): number => percentile([...samples].sort((a, b) => a - b), 95);
export const p50 = (samples: readonly number[]): number => percentile([...samples].sort((a, b) => a - b), 50);
export const summary = (samples: readonly number[]): string => `p50=${p50(samples).toFixed(2)} ms  p95=${p95(samples).toFixed(2)} ms  (n=${samples.length})`;
export const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(2)).join(' ');

/** One request over a kept-alive connection; resolves with the body of a 200, rejects otherwise. */
export function keepAliveRequest(agent: http.Agent, url: string, method: string, headers: Record<string, string>, body?: string): Promise<string> {
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

/** A labelled way to run query number i. */
export type Variant = readonly [string, (i: number) => Promise<unknown>];

export interface Timings {
  /** Each variant's latencies of answered requests. */
  readonly samples: number[][];
  /** Each variant's failed requests (kept out of the latencies, counted in the report). */
  readonly failures: number[];
  /** Each round's p95 per variant, for per-round ratios and their median. */
  readonly roundP95s: number[][];
  readonly rounds: number;
}

/**
 * Times every variant on every query with `clients` concurrent loops; each loop sends one query to every variant in
 * turn (the order rotating) before the next query, so a change in the shared machine's load hits all variants alike
 * and their ratios stay comparable; a failed request is counted, not fatal. Rounds after the first stop at `deadline`.
 */
export async function timeVariants(variants: readonly Variant[], clients: number, rounds: number, deadline = Infinity): Promise<Timings> {
  for (const [, run] of variants) for (let i = 0; i < benchQueries.length; i += 1) await run(i).catch(() => undefined);
  const samples = variants.map((): number[] => []);
  const failures = variants.map(() => 0);
  const roundP95s: number[][] = [];
  let round = 0;
  while (round < rounds && (round === 0 || Date.now() < deadline)) {
    const roundSamples = variants.map((): number[] => []);
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let i = 0; i < benchQueries.length; i += 1) {
          for (let turn = 0; turn < variants.length; turn += 1) {
            const v = (turn + i + client + round) % variants.length;
            const requestStarted = performance.now();
            try {
              await variants[v]?.[1]((i + client) % benchQueries.length);
              roundSamples[v]?.push(performance.now() - requestStarted);
            } catch {
              failures[v] = (failures[v] ?? 0) + 1;
            }
          }
        }
      }),
    );
    roundSamples.forEach((list, v) => samples[v]?.push(...list));
    roundP95s.push(roundSamples.map((list) => p95(list)));
    round += 1;
  }
  return { samples, failures, roundP95s, rounds: round };
}

/** The median over rounds of variant a's p95 divided by variant b's p95 in the same round. */
export function medianRoundRatio(timings: Timings, a: number, b: number): number {
  const ratios = timings.roundP95s.map((round) => (round[a] ?? NaN) / (round[b] ?? NaN)).filter(Number.isFinite);
  return p50(ratios);
}

/** A process's children (Linux /proc); the embedded servers run under a small shell that watches their parent. */
function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** CPU time (ms) a process's descendants (the embedded servers) have used so far, from /proc (Linux); NaN elsewhere. */
export const childrenCpuMs = (pid: number): number => childPids(pid).reduce((sum, child) => sum + processCpuMs(child), 0);

/** CPU time (ms) a process and its descendants have used so far, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    return own + childPids(pid).reduce((sum, child) => sum + processCpuMs(child), 0);
  } catch {
    return NaN;
  }
}

export interface CpuCost {
  /** This process's CPU per request (ms): the bench client plus whatever Praxis does in process; median and mean. */
  readonly nodeMedianMs: number;
  readonly nodeMeanMs: number;
  /** The Meilisearch process's CPU per request (ms, mean; its clock ticks are 10 ms, so only over many requests). */
  readonly engineMs: number;
}

/**
 * CPU per request of each variant, `count` requests each, the variants taking turns request by request: unlike
 * latency on a shared machine, what a request costs in CPU hardly depends on how busy other processes keep the cores,
 * and taking turns spreads this process's own background work (GC, driver heartbeats) over all variants alike.
 */
export async function cpuPerRequest(variants: readonly Variant[], count: number, enginePid: number): Promise<CpuCost[]> {
  const node = variants.map((): number[] => []);
  const engine = variants.map(() => 0);
  for (let i = 0; i < count; i += 1) {
    for (const [v, [, run]] of variants.entries()) {
      const engineBefore = processCpuMs(enginePid);
      const before = process.cpuUsage();
      await run(i % benchQueries.length);
      const used = process.cpuUsage(before);
      node[v]?.push((used.user + used.system) / 1000);
      engine[v] = (engine[v] ?? 0) + processCpuMs(enginePid) - engineBefore;
    }
  }
  return variants.map((_, v) => {
    const samples = node[v] ?? [];
    return { nodeMedianMs: p50(samples), nodeMeanMs: samples.reduce((sum, ms) => sum + ms, 0) / samples.length, engineMs: (engine[v] ?? 0) / count };
  });
}
