// Builds a Praxis app for one test file on the shared servers: its own database name and index prefix.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { loadConfig, type Environment } from '../../server/config.js';
import type { AppContext } from '../../server/context.js';
import { createLogger } from '../../server/logger.js';
import { createContext } from '../../server/runtime.js';
import { startServices, type RunningServices } from '../../server/services/appServices.js';
import { sharedServers } from './sharedServers.js';
import { TestClient } from './testClient.js';

export interface TestApp {
  ctx: AppContext;
  app: Express;
  /** A new client with its own cookie jar (and CSRF token once `init` ran). */
  client(): TestClient;
  /** Listens on a free loopback port with Socket.IO and workers; returns the base URL. */
  listen(): Promise<string>;
  /** The background jobs whose lease this app holds (empty until `listen` started the workers). */
  jobsHeld(): string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Another app whose database and index prefix this one uses too (two nodes of one site); it drops them. */
  readonly sharing?: TestApp;
  /** A database server of its own instead of the shared one (fault tests stop it). */
  readonly mongoUri?: string;
}

export function testEnvironment(overrides: Environment = {}): Environment {
  const servers = sharedServers();
  const id = randomBytes(4).toString('hex');
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGODB_URI: servers.mongoUri,
    MONGODB_DB_NAME: `praxis_t_${id}`,
    MEILI_HOST: servers.meiliHost,
    MEILI_MASTER_KEY: servers.meiliKey,
    MEILI_INDEX_PREFIX: `t${id}_`,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PASSWORD_SCRYPT_LOG_N: '11',
    RATE_LIMIT_AUTH_PER_15MIN: '1000',
    RATE_LIMIT_WRITE_PER_MIN: '10000',
    RATE_LIMIT_MESSAGES_PER_MIN: '10000',
    RATE_LIMIT_REACTIONS_PER_MIN: '10000',
    RATE_LIMIT_POSTS_PER_MIN: '10000',
    RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '1000',
    RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '1000',
    SEED_ON_EMPTY: 'false',
    SEARCH_SYNC_INTERVAL_MS: '50',
    // A loaded test machine must not look like a database outage; the outage test sets production values.
    MONGODB_SERVER_SELECTION_TIMEOUT_MS: '10000',
    MONGODB_CONNECT_TIMEOUT_MS: '10000',
    REQUIRE_VERIFIED_EMAIL: 'false',
    MAIL_WORKER_INTERVAL_MS: '50',
    MAIL_RETRY_BASE_MS: '50',
    MAIL_RETRY_MAX_MS: '400',
    MAIL_SEND_PER_MINUTE: '100000',
    LEASE_TTL_MS: '3000',
    LEASE_RENEW_MS: '100',
    ...overrides,
  };
}

export async function startTestApp(overrides: Environment = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const servers = sharedServers();
  const shared = options.sharing?.ctx.config;
  const sharedStores = shared ? { MONGODB_DB_NAME: shared.mongo.dbName, MEILI_INDEX_PREFIX: shared.meili.indexPrefix } : {};
  const config = loadConfig(testEnvironment({ ...overrides, ...sharedStores }));
  const log = createLogger(config.logLevel, 'praxis-test');
  const handle = await createContext(config, log, {
    mongoUri: options.mongoUri ?? servers.mongoUri,
    search: { host: servers.meiliHost, apiKey: servers.meiliKey, source: 'test', stop: async () => {} },
    mail: { smtpUrl: servers.smtp.url, catcherDir: servers.smtp.dir },
  });
  const app = createApp(handle.ctx);
  let httpServer: Server | null = null;
  let services: RunningServices | null = null;
  return {
    ctx: handle.ctx,
    app,
    client: () => new TestClient(app),
    listen: async () => {
      httpServer = createServer(app);
      services = await startServices(handle.ctx, httpServer);
      await new Promise<void>((resolve) => httpServer?.listen(0, '127.0.0.1', resolve));
      const { port } = httpServer.address() as AddressInfo;
      return `http://127.0.0.1:${port}`;
    },
    jobsHeld: () => services?.jobsHeld() ?? [],
    close: async () => {
      if (httpServer) {
        const closed = new Promise<void>((resolve) => httpServer?.close(() => resolve()));
        httpServer.closeAllConnections();
        await services?.stop();
        await closed;
      }
      if (!shared) await handle.ctx.connection.dropDatabase().catch(() => undefined);
      await handle.close();
    },
  };
}
