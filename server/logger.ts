// Creates the pino logger: JSON lines, with secrets and passwords redacted.
import { pino, type Logger } from 'pino';

export function createLogger(level: string, name = 'praxis'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['password', '*.password', '*.currentPassword', '*.newPassword', 'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  });
}
