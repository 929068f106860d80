// Mocha global fixtures: start one MongoDB-protocol server and one Meilisearch for the whole run (in temporary
// directories), and stop and remove them at the end, also when tests fail or the run is interrupted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../server/logger.js';
import { startMeilisearch, type EmbeddedMeilisearch } from '../../server/services/embedded/meilisearchServer.js';
import { startMongoEngine } from '../../server/services/mongoEngine.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../server/services/embedded/smtpCatcher.js';

export interface SharedServers {
  mongoUri: string;
  mongoEngine: string;
  meiliHost: string;
  meiliKey: string;
  meili: EmbeddedMeilisearch;
  tempDir: string;
  /** The SMTP catcher every test app sends to; tests read what it received (readReceivedMail on its dir). */
  smtp: SmtpCatcher;
  /** Stops the SMTP catcher process and starts it again on the same port and store (mail-outage tests). */
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  /** Restarts Meilisearch on the same port and data (tests of degraded search use it). */
  restartMeili(): Promise<void>;
  stopMeili(): Promise<void>;
}

let servers: SharedServers | null = null;
let stopAll: (() => Promise<void>) | null = null;

export function sharedServers(): SharedServers {
  if (!servers) throw new Error('shared test servers are not running (is test/support/sharedServers.ts in .mocharc require?)');
  return servers;
}

export async function mochaGlobalSetup(): Promise<void> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'praxis-test');
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-test-'));
  const engine = process.env.PRAXIS_DB_ENGINE === 'mongodb' ? 'mongodb' : process.env.PRAXIS_DB_ENGINE === 'java' ? 'java' : 'auto';
  const mongo = await startMongoEngine({ engine, mongodbUri: process.env.MONGODB_URI || undefined, mongodBin: process.env.MONGOD_BIN || undefined, dataDir: null, log });
  const meiliDir = path.join(tempDir, 'meili');
  let meili = await startMeilisearch({ dataDir: meiliDir, log });
  const port = Number(new URL(meili.host).port);
  let smtp = await startSmtpCatcher({ dir: path.join(tempDir, 'mail'), log });
  servers = {
    smtp,
    stopSmtp: async () => smtp.stop(),
    startSmtp: async () => {
      smtp = await startSmtpCatcher({ dir: smtp.dir, log, port: smtp.port });
      if (servers) servers.smtp = smtp;
    },
    mongoUri: mongo.uri,
    mongoEngine: mongo.source,
    meiliHost: meili.host,
    meiliKey: meili.masterKey,
    meili,
    tempDir,
    stopMeili: async () => meili.stop(),
    restartMeili: async () => {
      meili = await startMeilisearch({ dataDir: meiliDir, log, port, masterKey: servers?.meiliKey });
      if (servers) servers.meili = meili;
    },
  };
  process.stdout.write(`  test servers: ${mongo.source}; Meilisearch 1.21.0 at ${meili.host}; SMTP catcher at ${smtp.url}\n`);
  stopAll = async () => {
    await Promise.allSettled([smtp.stop(), meili.stop(), mongo.stop()]);
    rmSync(tempDir, { recursive: true, force: true });
  };
  const interrupted = (): void => {
    void (stopAll?.() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
}

export async function mochaGlobalTeardown(): Promise<void> {
  await stopAll?.();
  stopAll = null;
  servers = null;
}
