// Benchmark: the write cost of the embedded store (mongo-java-server with its H2 file, every write committed before
// it is acknowledged) next to the in-memory store: single-document inserts and updates, one at a time and 8 in flight.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createLogger } from '../server/logger.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';

const WRITES = 2_000;
const IN_FLIGHT = [1, 8];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

async function measure(label: string, operation: (n: number) => Promise<unknown>, inFlight: number): Promise<void> {
  const latencies: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < WRITES) {
        const n = next;
        next += 1;
        const began = performance.now();
        await operation(n);
        latencies.push(performance.now() - began);
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    `  ${label.padEnd(22)} ${String(inFlight).padStart(2)} in flight: ${Math.round(WRITES / seconds).toString().padStart(6)} writes/s, ` +
      `p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms\n`,
  );
}

async function run(store: string, dataFile: string | null): Promise<void> {
  const server = await startMongoJavaServer({ dataFile, log: createLogger('warn') });
  const connection = await mongoose.createConnection(server.uri, { dbName: 'bench_store' }).asPromise();
  const practices = connection.collection('practices');
  process.stdout.write(`mongo-java-server ${MONGO_JAVA_SERVER_VERSION}, ${store}:\n`);
  try {
    for (const inFlight of IN_FLIGHT) {
      await practices.deleteMany({});
      await measure('insertOne', (n) => practices.insertOne({ n, title: `Practice ${n}`, summary: 'x'.repeat(800), rev: 1 }), inFlight);
      await measure('updateOne ($inc rev)', (n) => practices.updateOne({ n }, { $inc: { rev: 1 } }), inFlight);
    }
  } finally {
    await connection.close();
    await server.stop();
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-store-'));
try {
  await run('H2 file, committed per write', path.join(dir, 'mongo.mv'));
  await run('in memory', null);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
