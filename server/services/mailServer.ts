// Chooses where e-mail goes: the SMTP server named by SMTP_URL, else the embedded SMTP catcher under the data directory
// (services/embedded/smtpCatcher.ts, loaded only then).
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbedded } from './embeddedDefault.js';

export interface MailServer {
  readonly smtpUrl: string;
  /** The embedded catcher's store of received mail (shown on /admin/mail); null with an external SMTP server. */
  readonly catcherDir: string | null;
  readonly source: string;
  stop(): Promise<void>;
}

export async function startMailServer(config: Config, dataDir: string, log: Logger): Promise<MailServer> {
  if (config.mail.smtpUrl) {
    return { smtpUrl: config.mail.smtpUrl, catcherDir: null, source: `SMTP at ${new URL(config.mail.smtpUrl).host}`, stop: async () => {} };
  }
  const catcher = await startEmbedded('SMTP catcher', 'SMTP_URL', async () =>
    (await import('./embedded/smtpCatcher.js')).startSmtpCatcher({ dir: path.join(dataDir, 'mail'), log }),
  );
  return { smtpUrl: catcher.url, catcherDir: catcher.dir, source: `embedded SMTP catcher (${catcher.url})`, stop: catcher.stop };
}
