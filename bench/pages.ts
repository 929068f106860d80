// Benchmark: server-rendered pages and JSON endpoints under load (autocannon), against a seeded site: req/s, p50/p99,
// the node process's RSS after each run and the CPU milliseconds per request of node and of its stores (the database
// JVM and Meilisearch), against issue 22's targets; then a mixed load over all of them (`--mixed-seconds N`, 600 for
// the ten minutes) with RSS every 30 s. Starts its own embedded site in a temporary folder, or measures the
// site at `--url` (with `--pid` for its RSS and CPU). `--seconds N`, `--connections N`, `--only home,search`.
import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findFreePort } from '../server/services/embedded/freePort.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    'mixed-seconds': { type: 'string', default: '60' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const mixedSeconds = Number(args['mixed-seconds']);
const rssTargetMb = 300;
const p99TargetMs = 100;
const demoPassword = 'praxis-demo-2026';
const memberEmail = 'admin@praxis.example';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Site {
  base: string;
  pid: number | null;
  engine: string;
  stop(): Promise<void>;
}

/** Starts the compiled site (`dist/server/main.js`, built first when stale) as `npm start` runs it, on a free port with a
 * fresh data folder, and waits until the demo content is loaded (a production site loads none and refuses demo
 * sign-ins, and NODE_ENV changes nothing else on the request path). */
async function startSite(): Promise<Site> {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'ensureBuilt.mjs')], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-pages-'));
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist', 'server', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      SESSION_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let engine = 'unknown';
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const errors = createInterface({ input: child.stderr! });
    const onLine = (line: string): void => {
      const named = /database: ([^;"]+); search: ([^"]+?)"/.exec(line);
      if (named) engine = `${named[1]}; search: ${named[2]}`;
      if (/Seeding demo content: (done|\d+%)/.test(line)) process.stdout.write(`  ${/Seeding demo content: [^"]*/.exec(line)?.[0]}\n`);
      if (/Seeding demo content: done/.test(line)) resolve();
    };
    lines.on('line', onLine);
    errors.on('line', onLine);
    child.once('exit', (code) => reject(new Error(`the site exited with ${code} before it was seeded`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid ?? null,
    engine,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function rssMegabytes(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}

const clockTicksPerSecond = 100;

/** CPU seconds (user + system) a process has used, from /proc; null where there is no /proc or no such process. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

/** The processes the site started (the database JVM, Meilisearch, the mail catcher), found by their parent pid. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

interface CpuSample {
  node: number;
  stores: number;
}

/** The CPU the node process and its stores have used so far: per request it says where the time goes, and unlike
 * req/s it hardly moves when other work shares the machine. */
function sampleCpu(pid: number | null): CpuSample | null {
  if (pid === null) return null;
  const node = cpuSeconds(pid);
  if (node === null) return null;
  return { node, stores: childPids(pid).reduce((sum, child) => sum + (cpuSeconds(child) ?? 0), 0) };
}

const cpuPerRequest = (before: CpuSample | null, after: CpuSample | null, requests: number): string =>
  before && after && requests > 0
    ? `${(((after.node - before.node) * 1000) / requests).toFixed(2)} / ${(((after.stores - before.stores) * 1000) / requests).toFixed(2)}`
    : 'n/a';

const rssMb = (pid: number | null): string => {
  const mb = rssMegabytes(pid);
  return mb === null ? 'n/a' : `${mb} MB`;
};
const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(1)).join(' / ');

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Signs in a demo account through the API and returns its cookie header. */
async function signIn(base: string): Promise<string> {
  const first = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response): void => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
  };
  keep(first);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const cookieHeader = (): string => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookieHeader() },
    body: JSON.stringify({ email: memberEmail, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  keep(response);
  return cookieHeader();
}

interface Target {
  name: string;
  path: string;
  /** Issue 22's throughput target for this page, req/s at -c50. */
  target: number;
  cookie?: string;
}

async function targets(base: string): Promise<Target[]> {
  const list = await json<{ data: Array<{ id: string; slug: string }> }>(`${base}/api/practices?limit=1`);
  const practice = list.data[0];
  if (!practice) throw new Error('the site has no published practice');
  const communities = await (await fetch(`${base}/communities`)).text();
  const community = /href="\/communities\/([^"]+)"/.exec(communities)?.[1];
  const communityPage = await (await fetch(`${base}/communities/${community}`)).text();
  const thread = /href="\/threads\/([0-9a-f]{24})"/.exec(communityPage)?.[1];
  if (!thread) throw new Error('the site has no thread');
  const cookie = await signIn(base);
  return [
    { name: 'home', path: '/', target: 2_600 },
    { name: 'practice page', path: `/practices/${practice.slug}`, target: 2_600 },
    { name: 'thread page', path: `/threads/${thread}`, target: 2_600 },
    { name: 'search page', path: '/search?q=training', target: 300 },
    { name: 'home (signed in)', path: '/', cookie, target: 800 },
    { name: 'practice page (signed in)', path: `/practices/${practice.slug}`, cookie, target: 800 },
    { name: 'thread page (signed in)', path: `/threads/${thread}`, cookie, target: 800 },
    { name: 'GET /api/practices', path: '/api/practices', target: 3_000 },
    { name: 'GET /api/practices/:id', path: `/api/practices/${practice.id}`, target: 3_000 },
    { name: 'GET /api/threads/:id', path: `/api/threads/${thread}`, target: 3_000 },
  ];
}

const headersFor = (target: Target): Record<string, string> => ({ 'accept-language': 'sl', ...(target.cookie ? { cookie: target.cookie } : {}) });

async function measure(base: string, target: Target): Promise<autocannon.Result> {
  return autocannon({ url: `${base}${target.path}`, connections, duration: seconds, headers: headersFor(target) });
}

/** Every page in turn on every connection for `mixedSeconds`, printing the node RSS every 30 s and at the end. */
async function mixedLoad(base: string, pid: number | null, chosen: readonly Target[]): Promise<void> {
  process.stdout.write(`\nmixed load over ${chosen.length} pages, ${connections} connections × ${mixedSeconds} s\n`);
  const peak = { mb: rssMegabytes(pid) ?? 0 };
  const startedAt = Date.now();
  const sampler = setInterval(() => {
    const mb = rssMegabytes(pid);
    if (mb !== null) peak.mb = Math.max(peak.mb, mb);
    process.stdout.write(`  ${Math.round((Date.now() - startedAt) / 1000)} s: node RSS ${rssMb(pid)}\n`);
  }, 30_000);
  try {
    const result = await autocannon({
      url: base,
      connections,
      duration: mixedSeconds,
      requests: chosen.map((target) => ({ method: 'GET' as const, path: target.path, headers: headersFor(target) })),
    });
    const after = rssMegabytes(pid);
    const verdict = after === null ? 'n/a' : after <= rssTargetMb ? 'met' : 'MISSED';
    process.stdout.write(
      `mixed: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}; ` +
        `node RSS after ${rssMb(pid)} (peak ${peak.mb} MB; target ≤ ${rssTargetMb} MB: ${verdict})\n`,
    );
  } finally {
    clearInterval(sampler);
  }
}

const site: Site = args.url ? { base: args.url, pid: args.pid ? Number(args.pid) : null, engine: 'external', stop: async () => {} } : await startSite();
try {
  const only = args.only?.split(',').map((word) => word.trim());
  const chosen = (await targets(site.base)).filter((target) => !only || only.some((word) => target.name.includes(word)));
  process.stdout.write(`pages under load: ${connections} connections × ${seconds} s each; engine: ${site.engine}; ${os.cpus().length} cores, load average ${loadAverage()}; node RSS at start ${rssMb(site.pid)}\n`);
  process.stdout.write('page                              req/s     p50 ms   p99 ms   non-2xx   RSS after   CPU ms/req node / stores   target req/s, p99\n');
  for (const target of chosen) {
    const cpuBefore = sampleCpu(site.pid);
    const result = await measure(site.base, target);
    const cpu = cpuPerRequest(cpuBefore, sampleCpu(site.pid), result.requests.total);
    const met = result.requests.average >= target.target && result.latency.p99 <= p99TargetMs;
    const line = [
      target.name.padEnd(32),
      result.requests.average.toFixed(0).padStart(7),
      String(result.latency.p50).padStart(10),
      String(result.latency.p99).padStart(8),
      String(result.non2xx).padStart(9),
      rssMb(site.pid).padStart(11),
      cpu.padStart(26),
      `   ≥ ${target.target}, ≤ ${p99TargetMs} ms: ${met ? 'met' : 'MISSED'}`,
    ].join(' ');
    process.stdout.write(`${line}\n`);
  }
  if (mixedSeconds > 0) await mixedLoad(site.base, site.pid, chosen);
  process.stdout.write(`load average at the end ${loadAverage()}\n`);
} finally {
  await site.stop();
}
