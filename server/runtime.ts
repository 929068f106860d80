// Starts what the app stands on (MongoDB-protocol server, Meilisearch, the connection, the models) and builds
// the AppContext; main.ts, the CLI commands and the tests all start Praxis through here.
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import './commands/attachmentTargets.js';
import { AppEvents } from './events.js';
import { createModels, syncIndexes } from './models/index.js';
import { watchContentGeneration } from './services/contentGeneration.js';
import { connectMongo, logReachability } from './services/mongoConnection.js';
import { startMongoEngine } from './services/mongoEngine.js';
import { startMailServer, type MailServer } from './services/mailServer.js';
import { startSearchEngine, type SearchEngine } from './services/searchEngine.js';
import { findRunning, publishRunning, type RunningEndpoints } from './services/runningBackends.js';
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

/**
 * How a process uses the servers: the app ('serve') starts them and, when any is embedded, publishes them in the data
 * folder; an operator command ('operate') uses the ones a running app published there, else starts its own.
 */
export type BackendUse = 'serve' | 'operate';

const usesEmbedded = (config: Config): boolean => !config.mongo.uri || !(config.meili.host && config.meili.masterKey) || !config.mail.smtpUrl;

function useRunning(running: RunningEndpoints, log: Logger): Backends {
  log.info(`using the servers of the Praxis running on this data folder (pid ${running.pid}): ${running.mongo.source}`);
  const stop = async (): Promise<void> => {};
  return { mongoUri: running.mongo.uri, mongoSource: running.mongo.source, search: { ...running.search, stop }, mail: { ...running.mail, stop }, stop };
}

/** Starts (or connects to) the database, search and mail servers, with their data under config.dataDir. */
export async function startBackends(config: Config, log: Logger, use: BackendUse): Promise<Backends> {
  const dataDir = path.resolve(config.dataDir);
  if (use === 'operate' && usesEmbedded(config)) {
    const running = await findRunning(dataDir);
    if (running) return useRunning(running, log);
  }
  const mongo = await startMongoEngine({
    engine: config.mongo.engine,
    mongodbUri: config.mongo.uri,
    mongodBin: config.mongo.mongodBin,
    dataDir: path.join(dataDir, 'mongo'),
    log,
  });
  let search: SearchEngine;
  let mail: MailServer;
  try {
    search = await startSearchEngine(config, dataDir, log);
  } catch (error) {
    await mongo.stop();
    throw error;
  }
  try {
    mail = await startMailServer(config, dataDir, log);
  } catch (error) {
    await Promise.allSettled([search.stop(), mongo.stop()]);
    throw error;
  }
  const unpublish =
    use === 'serve' && usesEmbedded(config)
      ? publishRunning(dataDir, {
          mongo: { uri: mongo.uri, source: mongo.source },
          search: { host: search.host, apiKey: search.apiKey, source: search.source },
          mail: { smtpUrl: mail.smtpUrl, catcherDir: mail.catcherDir, source: mail.source },
        })
      : () => {};
  return {
    mongoUri: mongo.uri,
    mongoSource: mongo.source,
    search,
    mail,
    stop: async () => {
      unpublish();
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
  logReachability(connection, log);
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
