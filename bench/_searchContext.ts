// Shared by the search benchmarks: a MongoDB-protocol server and a Meilisearch of their own (temporary directories)
// and a Praxis context on them; `stop` removes everything.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../server/config.js';
import type { AppContext } from '../server/context.js';
import { createContext } from '../server/runtime.js';
import { startMeilisearch } from '../server/services/embedded/meilisearchServer.js';
import { startMongoEngine } from '../server/services/mongoEngine.js';

export interface SearchBenchContext {
  readonly ctx: AppContext;
  readonly meili: { readonly host: string; readonly masterKey: string; readonly pid: number };
  readonly mongoSource: string;
  stop(): Promise<void>;
}

export async function startSearchBenchContext(log: Logger): Promise<SearchBenchContext> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-search-'));
  const mongo = await startMongoEngine({ engine: 'auto', dataDir: null, log });
  const meili = await startMeilisearch({ dataDir: path.join(tempDir, 'meili'), log });
  const stopServers = async (): Promise<void> => {
    await Promise.allSettled([meili.stop(), mongo.stop()]);
    rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGODB_URI: mongo.uri,
      MONGODB_DB_NAME: `praxis_bench_${randomBytes(3).toString('hex')}`,
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_WRITE_PER_MIN: '1000000',
      SEED_ON_EMPTY: 'false',
      // The benchmarks measure the search path; a cached anonymous answer would hide it.
      PAGE_CACHE_MAX_ENTRIES: '0',
    });
    const handle = await createContext(config, log, { mongoUri: mongo.uri, search: { host: meili.host, apiKey: meili.masterKey, source: 'bench', stop: async () => undefined }, mail: { smtpUrl: 'smtp://127.0.0.1:9', catcherDir: null } });
    return {
      ctx: handle.ctx,
      meili,
      mongoSource: mongo.source,
      stop: async () => {
        await handle.close();
        await stopServers();
      },
    };
  } catch (error) {
    await stopServers();
    throw error;
  }
}
