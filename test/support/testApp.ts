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
  close(): Promise<void>;
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
    SEED_ON_EMPTY: 'false',
    SEARCH_SYNC_INTERVAL_MS: '50',
    ...overrides,
  };
}

/** `mongoUri` puts the app on a database server of its own instead of the shared one (fault tests stop it). */
export async function startTestApp(overrides: Environment = {}, options: { mongoUri?: string } = {}): Promise<TestApp> {
  const servers = sharedServers();
  const config = loadConfig(testEnvironment(overrides));
  const log = createLogger(config.logLevel, 'praxis-test');
  const handle = await createContext(config, log, {
    mongoUri: options.mongoUri ?? servers.mongoUri,
    search: { host: servers.meiliHost, apiKey: servers.meiliKey, source: 'test', stop: async () => {} },
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
    close: async () => {
      if (httpServer) {
        const closed = new Promise<void>((resolve) => httpServer?.close(() => resolve()));
        httpServer.closeAllConnections();
        await services?.stop();
        await closed;
      }
      await handle.ctx.connection.dropDatabase().catch(() => undefined);
      await handle.close();
    },
  };
}
