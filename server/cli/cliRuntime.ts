// Runs an operator command against the configured stores (the embedded default under .data/ when none are
// configured), then stops everything it started; errors become one readable line and exit code 1.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, configFromProcessEnv } from '../config.js';
import type { AppContext } from '../context.js';
import { createLogger } from '../logger.js';
import { createContext, startBackends } from '../runtime.js';
import { AppError } from '../errors.js';

export type CliOptions = ParseArgsConfig['options'];

export async function runCli<T extends CliOptions>(
  options: T,
  task: (ctx: AppContext, args: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values']) => Promise<void>,
): Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  try {
    const { values } = parseArgs({ options, allowPositionals: true });
    const config = configFromProcessEnv();
    const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    const backends = await startBackends(config, log, 'operate');
    const handle = await createContext(config, log, backends);
    stop = async () => {
      await handle.close();
      await backends.stop();
    };
    await task(handle.ctx, values);
    await stop();
    process.exit(process.exitCode ?? 0);
  } catch (error) {
    await stop?.().catch(() => undefined);
    const message = error instanceof ConfigError || error instanceof AppError || error instanceof TypeError ? error.message : error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`${message}\n`);
    if (error instanceof AppError && error.details) process.stderr.write(`${JSON.stringify(error.details, null, 2)}\n`);
    process.exit(1);
  }
}
