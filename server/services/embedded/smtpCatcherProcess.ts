// The embedded SMTP catcher, run as its own process: a real SMTP server (smtp-server) that parses each message
// (mailparser) and stores it as one JSON file in --dir (recipients named bounce… are refused with 550); it prints "listening <port>" once it accepts connections.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ReceivedMail } from '../receivedMail.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, dir: { type: 'string' } } });
const dir = values.dir;
if (!dir) throw new Error('--dir is required');
mkdirSync(dir, { recursive: true });

function store(mail: ReceivedMail): void {
  const name = `${mail.receivedAt.replace(/[:.]/g, '-')}-${mail.id}.json`;
  const temporary = path.join(dir as string, `.${name}.tmp`);
  writeFileSync(temporary, JSON.stringify(mail));
  renameSync(temporary, path.join(dir as string, name));
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  size: 10 * 1024 * 1024,
  logger: false,
  closeTimeout: 500,
  // An address whose local part starts with "bounce" is refused permanently, so bounces can be seen and tested.
  onRcptTo(address, _session, callback) {
    if (/^bounce/i.test(address.address)) callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
    else callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const headers: Record<string, string> = {};
        for (const line of parsed.headerLines) {
          const separator = line.line.indexOf(':');
          headers[line.key] = line.line.slice(separator + 1).replace(/\r?\n\s+/g, ' ').trim();
        }
        store({
          id: randomBytes(6).toString('hex'),
          receivedAt: new Date().toISOString(),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          messageId: parsed.messageId ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers,
        });
        callback();
      })
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
  },
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
const close = (): void => server.close(() => process.exit(0));
process.on('SIGTERM', close);
process.on('SIGINT', close);
