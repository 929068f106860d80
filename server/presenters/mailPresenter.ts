// Outbox entries and received mail as they leave the server (the administrators' mail view).
import type { OutboxView } from '../commands/mail/listOutbox.js';
import type { OutboxMessage } from '../models/outboxMessage.js';
import type { ReceivedMail } from '../services/receivedMail.js';

export function presentOutboxMessage(message: OutboxMessage) {
  const last = message.failures.at(-1);
  return {
    id: String(message._id),
    to: message.to,
    kind: message.kind,
    locale: message.locale,
    subject: message.subject,
    state: message.state,
    attempts: message.attempts,
    nextAttemptAt: message.state === 'queued' ? message.nextAttemptAt.toISOString() : null,
    lastError: last ? { at: last.at.toISOString(), message: last.message, responseCode: last.responseCode ?? null } : null,
    createdAt: message.createdAt.toISOString(),
    sentAt: message.sentAt?.toISOString() ?? null,
  };
}

export function presentReceivedMail(mail: ReceivedMail) {
  return {
    id: mail.id,
    receivedAt: mail.receivedAt,
    to: mail.envelopeTo,
    subject: mail.subject,
    text: mail.text,
    listUnsubscribe: mail.headers['list-unsubscribe'] ?? null,
  };
}

export function presentOutboxView(view: OutboxView) {
  return {
    counts: view.counts,
    messages: view.messages.map(presentOutboxMessage),
    received: view.received ? view.received.map(presentReceivedMail) : null,
  };
}
