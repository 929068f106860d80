// Wraps a socket event handler: validates the payload with zod, runs the handler, and answers the acknowledgement
// with { data } or { error: { code, message, details } }. Nothing a client sends can throw out of here, with or
// without an acknowledgement callback.
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { errorText } from '../i18n/errorText.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { parseInput } from '../validation.js';
import type { PraxisSocket } from './socketTypes.js';

type Ack = (response: unknown) => void;

export interface SocketError {
  code: string;
  message: string;
  details?: unknown;
}

/** The error shape of an acknowledgement, its message in the socket's reader's language. */
export function toSocketError(error: unknown, log: Logger, locale: InterfaceLocale): SocketError {
  if (error instanceof AppError) return { code: error.code, message: errorText(locale, error), ...(error.details === undefined ? {} : { details: error.details }) };
  log.error({ err: error }, 'socket event failed');
  return { code: 'internal_error', message: errorText(locale, { code: 'internal_error' }) };
}

export function onEvent<S extends z.ZodType>(
  socket: PraxisSocket,
  log: Logger,
  event: string,
  schema: S,
  handler: (data: z.output<S>) => Promise<unknown>,
): void {
  socket.on(event, (...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as Ack) : null;
    const payload = ack ? args.slice(0, -1)[0] : args[0];
    const respond = (response: unknown): void => {
      try {
        ack?.(response);
      } catch (error) {
        log.warn({ err: error, event }, 'socket acknowledgement failed');
      }
    };
    void (async () => {
      try {
        const data = parseInput(schema, payload, `${event} payload`);
        respond({ data: await handler(data) });
      } catch (error) {
        respond({ error: toSocketError(error, log, socket.data.locale) });
      }
    })();
  });
}
