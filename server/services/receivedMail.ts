// What the embedded SMTP catcher stores for each message it receives, and reading that store back (newest first).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReceivedMail {
  readonly id: string;
  readonly receivedAt: string;
  readonly envelopeFrom: string;
  readonly envelopeTo: string[];
  readonly messageId: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Header name (lower case) → its unfolded value. */
  readonly headers: Record<string, string>;
}

/** Every stored message, newest first; a missing directory is an empty store. */
export async function readReceivedMail(dir: string): Promise<ReceivedMail[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort().reverse();
  return Promise.all(files.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as ReceivedMail));
}
