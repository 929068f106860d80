// Starts what the app stands on (MongoDB-protocol server, Meilisearch, the connection, the models) and builds
// the AppContext; main.ts, the CLI commands and the tests all start Praxis through here.
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import './commands/attachmentTargets.js';
import { AppEvents } from './events.js';
import { createModels, syncIndexes } from './models/index.js';
import { watchContentGeneration } from './services/contentGeneration.js';
import { connectMongo } from './services/mongoConnection.js';
import { startMongoEngine } from './services/mongoEngine.js';
import { startMailServer, type MailServer } from './services/mailServer.js';
import { startSearchEngine, type SearchEngine } from './services/searchEngine.js';
import { createSearchService } from './search/searchService.js';
import { createRateLimits } from './security/rateLimits.js';
import path from 'node:path';

export interface Backends {
  readonly mongoUri: string;
  readonly mongoSource: string;
  readonly search: SearchEngine;
  readonly mail: MailServer;
  stop(): Promise<void>;
}

/** Starts (or connects to) both stores; `persistent` keeps their data under config.dataDir. */
export async function startBackends(config: Config, log: Logger, persistent: boolean): Promise<Backends> {
  const mongo = await startMongoEngine({
    engine: config.mongo.engine,
    mongodbUri: config.mongo.uri,
    mongodBin: config.mongo.mongodBin,
    dataDir: persistent ? path.resolve(config.dataDir, 'mongo') : null,
    log,
  });
  let search: SearchEngine;
  let mail: MailServer;
  try {
    search = await startSearchEngine(config, path.resolve(config.dataDir), log);
  } catch (error) {
    await mongo.stop();
    throw error;
  }
  try {
    mail = await startMailServer(config, path.resolve(config.dataDir), log);
  } catch (error) {
    await Promise.allSettled([search.stop(), mongo.stop()]);
    throw error;
  }
  return {
    mongoUri: mongo.uri,
    mongoSource: mongo.source,
    search,
    mail,
    stop: async () => {
      await Promise.allSettled([mail.stop(), search.stop(), mongo.stop()]);
    },
  };
}

export interface ContextHandle {
  readonly ctx: AppContext;
  close(): Promise<void>;
}

/** Connects to the stores the backends expose and builds the context every layer receives. */
export async function createContext(config: Config, log: Logger, backends: Pick<Backends, 'mongoUri' | 'search'> & { readonly mail: Pick<MailServer, 'smtpUrl' | 'catcherDir'> }): Promise<ContextHandle> {
  const connection = await connectMongo(backends.mongoUri, config.mongo.dbName, config.mongo);
  const models = createModels(connection);
  await syncIndexes(models);
  const search = createSearchService({ host: backends.search.host, apiKey: backends.search.apiKey, indexPrefix: config.meili.indexPrefix });
  const contentGeneration = watchContentGeneration(connection);
  const rateLimits = await createRateLimits(config, connection, log);
  const ctx: AppContext = {
    config,
    connection,
    models,
    log,
    events: new AppEvents(),
    mail: { smtpUrl: backends.mail.smtpUrl, catcherDir: backends.mail.catcherDir },
    search,
    searchHealthy: () => search.healthy(),
    contentGeneration,
    rateLimits,
  };
  return {
    ctx,
    close: async () => {
      search.close();
      contentGeneration.stop();
      await rateLimits.close();
      await connection.close();
    },
  };
}
