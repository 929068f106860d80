// Wraps a socket event handler: validates the payload with zod, runs the handler, and answers the acknowledgement
// with { data } or { error: { code, message, details } }; a guard in front answers unknown events and oversized
// payloads the same way. Nothing a client sends can throw out of here, with or without an acknowledgement callback.
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { errorText } from '../i18n/errorText.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { parseInput } from '../validation.js';
import type { PraxisSocket } from './socketTypes.js';

type Ack = (response: unknown) => void;

/** The largest event payload a handler receives; the transport itself allows more, so a bigger one is answered. */
export const maxEventBytes = 64 * 1024;
/** What Socket.IO's transport accepts before it closes the connection (well above maxEventBytes). */
export const maxTransportBytes = 1024 * 1024;

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
    const { payload, respond } = splitAck(args, log, event);
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

/** An event's payload (its first argument) and a safe way to answer its acknowledgement, if the client asked for one. */
function splitAck(args: readonly unknown[], log: Logger, event: string): { payload: unknown; respond: (response: unknown) => void } {
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as Ack) : null;
  return {
    payload: ack ? args.slice(0, -1)[0] : args[0],
    respond: (response) => {
      try {
        ack?.(response);
      } catch (error) {
        log.warn({ err: error, event }, 'socket acknowledgement failed');
      }
    },
  };
}

const payloadBytes = (payload: unknown): number => Buffer.byteLength(JSON.stringify(payload) ?? '');

/**
 * Socket middleware: an event no handler listens to, or a payload over maxEventBytes, never reaches a handler and is
 * answered with `unknown_event` / `payload_too_large` instead of being ignored or closing the connection.
 */
export function guardEvents(socket: PraxisSocket, log: Logger): (packet: unknown[], next: (error?: Error) => void) => void {
  return ([event, ...args], next) => {
    const name = typeof event === 'string' ? event : '';
    const refuse = (code: string, message: string): void => splitAck(args, log, name).respond({ error: { code, message } });
    if (socket.listeners(name).length === 0) return refuse('unknown_event', `There is no event "${name.slice(0, 64)}".`);
    if (payloadBytes(splitAck(args, log, name).payload) > maxEventBytes) {
      return refuse('payload_too_large', `The ${name} payload is larger than ${maxEventBytes / 1024} KB.`);
    }
    next();
  };
}
