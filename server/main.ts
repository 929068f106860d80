// Process entry: config → backends → context → HTTP (+ Socket.IO) → workers; graceful shutdown on SIGINT/SIGTERM.
import { createServer, type Server } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, configFromProcessEnv, type Config } from './config.js';
import { drainable } from './http/draining.js';
import { createLogger } from './logger.js';
import { createContext, startBackends } from './runtime.js';
import { startServices } from './services/appServices.js';

function loadConfigOrExit(): Config {
  try {
    return configFromProcessEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  const backends = await startBackends(config, log, 'serve');
  log.info({ mongodb: backends.mongoSource, search: backends.search.source, mail: backends.mail.source }, `Praxis starting — database: ${backends.mongoSource}; search: ${backends.search.source}; mail: ${backends.mail.source}`);
  const handle = await createContext(config, log, backends);
  const httpServer = createServer(createApp(handle.ctx));
  const http = drainable(httpServer);
  const services = await startServices(handle.ctx, httpServer);
  await listen(httpServer, config.port, config.host);
  log.info(`Praxis is ready at ${config.publicUrl}`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    const httpClosed = http.drain();
    await services.stop();
    await httpClosed;
    await handle.close();
    await backends.stop();
    clearTimeout(forced);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Praxis could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
