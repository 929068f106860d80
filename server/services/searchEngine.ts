// Chooses the Meilisearch server: the one named by MEILI_HOST, else the embedded binary under the data directory
// (services/embedded/meilisearchServer.ts, loaded only then).
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbedded } from './embeddedDefault.js';

export interface SearchEngine {
  readonly host: string;
  readonly apiKey: string;
  readonly source: string;
  stop(): Promise<void>;
}

export async function startSearchEngine(config: Config, dataDir: string, log: Logger): Promise<SearchEngine> {
  if (config.meili.host && config.meili.masterKey) {
    return { host: config.meili.host, apiKey: config.meili.masterKey, source: `Meilisearch at MEILI_HOST (${config.meili.host})`, stop: async () => {} };
  }
  const embedded = await startEmbedded('Meilisearch', 'MEILI_HOST', async () =>
    (await import('./embedded/meilisearchServer.js')).startMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), log }),
  );
  return { host: embedded.host, apiKey: embedded.masterKey, source: `embedded Meilisearch 1.21.0 (${embedded.host})`, stop: embedded.stop };
}
