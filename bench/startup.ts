// Benchmark: the production entry compiled (`node dist/server/main.js`, built first when stale) against the same
// sources run through tsx (`node --import tsx server/main.ts`): start-up time to the first /livez answer, and the app
// process's RSS idle and after load (autocannon on pages and API). Both run against one mongo-java-server, Meilisearch
// and SMTP catcher started here, so only the app's own start is timed. `--runs N`, `--seconds N` (load per run).
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from '../server/logger.js';
import { findFreePort } from '../server/services/embedded/freePort.js';
import { startMeilisearch } from '../server/services/embedded/meilisearchServer.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';
import { startSmtpCatcher } from '../server/services/embedded/smtpCatcher.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, seconds: { type: 'string', default: '10' } } });
const runs = Number(args.runs);
const loadSeconds = Number(args.seconds);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modes = {
  compiled: ['dist/server/main.js'],
  tsx: ['--import', 'tsx', 'server/main.ts'],
} as const;
type Mode = keyof typeof modes;

interface Sample {
  startMs: number;
  idleRssMb: number;
  loadedRssMb: number;
  peakRssMb: number;
  requestsPerSecond: number;
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(mode: Mode, run: number, env: NodeJS.ProcessEnv): Promise<Sample> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...modes[mode]], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', MONGODB_DB_NAME: `bench_startup_${mode}_${run}`, MEILI_INDEX_PREFIX: `bs${run}${mode}_` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${mode} exited with ${child.exitCode} during start-up`);
      const up = await fetch(`${base}/livez`).then((response) => response.ok, () => false);
      if (up) break;
      await sleep(20);
    }
    const startMs = performance.now() - startedAt;
    const pid = child.pid as number;
    await sleep(5_000);
    const idleRssMb = memoryMb(pid, 'VmRSS');
    const result = await autocannon({
      url: base,
      connections: 20,
      duration: loadSeconds,
      requests: [{ path: '/' }, { path: '/practices' }, { path: '/search?q=digital' }, { path: '/api/practices' }, { path: '/communities' }],
    });
    return { startMs, idleRssMb, loadedRssMb: memoryMb(pid, 'VmRSS'), peakRssMb: memoryMb(pid, 'VmHWM'), requestsPerSecond: result.requests.average };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/ensureBuilt.mjs'], { cwd: root, stdio: 'inherit' });
  const log = createLogger('warn');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-startup-'));
  const mongo = await startMongoJavaServer({ dataFile: null, log });
  const meili = await startMeilisearch({ dataDir: path.join(dir, 'meili'), log });
  const smtp = await startSmtpCatcher({ dir: path.join(dir, 'mail'), log });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-startup-session-secret-0123456789abcdef',
    LOG_LEVEL: 'warn',
    MONGODB_URI: mongo.uri,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meili.masterKey,
    SMTP_URL: smtp.url,
    DATA_DIR: path.join(dir, 'data'),
    UPLOAD_DIR: path.join(dir, 'uploads'),
    RATE_LIMIT_WRITE_PER_MIN: '100000',
  };
  process.stdout.write(`database: mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (in memory); search: Meilisearch 1.21.0; ${runs} runs per mode, ${loadSeconds} s of load each, load average ${os.loadavg()[0]?.toFixed(1)}\n`);
  const samples: Record<Mode, Sample[]> = { compiled: [], tsx: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const mode of Object.keys(modes) as Mode[]) {
        const sample = await measure(mode, run, env);
        samples[mode].push(sample);
        process.stdout.write(
          `  ${mode.padEnd(8)} run ${run + 1}: start ${Math.round(sample.startMs)} ms, RSS idle ${sample.idleRssMb.toFixed(0)} MB, after load ${sample.loadedRssMb.toFixed(0)} MB (peak ${sample.peakRssMb.toFixed(0)} MB), ${Math.round(sample.requestsPerSecond)} req/s\n`,
        );
      }
    }
  } finally {
    await Promise.allSettled([smtp.stop(), meili.stop(), mongo.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write('median of the runs:\n');
  for (const mode of Object.keys(modes) as Mode[]) {
    const of = (key: keyof Sample): number => median(samples[mode].map((sample) => sample[key]));
    process.stdout.write(
      `  ${mode.padEnd(8)} start ${Math.round(of('startMs'))} ms · RSS idle ${of('idleRssMb').toFixed(0)} MB · after load ${of('loadedRssMb').toFixed(0)} MB · peak ${of('peakRssMb').toFixed(0)} MB · ${Math.round(of('requestsPerSecond'))} req/s\n`,
    );
  }
}

await main();
