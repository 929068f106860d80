// `npm run cleanup-uploads`: removes orphaned uploads (unattached for UPLOAD_ORPHAN_TTL_HOURS) and partial writes
// once, against the configured database and upload directory, and prints what it removed.
import { configFromProcessEnv } from '../config.js';
import { cleanupOrphanUploads } from '../commands/uploads/cleanupOrphanUploads.js';
import { createLogger } from '../logger.js';
import { createContext, startBackends } from '../runtime.js';

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'praxis-cleanup');
  const backends = await startBackends(config, log, 'operate');
  try {
    const handle = await createContext(config, log, backends);
    try {
      let total = { removedUploads: 0, removedFiles: 0, removedPartialWrites: 0 };
      for (;;) {
        const report = await cleanupOrphanUploads(handle.ctx);
        total = {
          removedUploads: total.removedUploads + report.removedUploads,
          removedFiles: total.removedFiles + report.removedFiles,
          removedPartialWrites: total.removedPartialWrites + report.removedPartialWrites,
        };
        if (report.removedUploads === 0) break;
      }
      process.stdout.write(
        `Removed ${total.removedUploads} orphaned upload(s), ${total.removedFiles} stored file(s) and ${total.removedPartialWrites} partial write(s).\n`,
      );
    } finally {
      await handle.close();
    }
  } finally {
    await backends.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Upload cleanup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
