// The outbox collection: every e-mail to send, as what it says (catalogue keys and values in the recipient's
// language, rendered when it is sent, so a fan-out stores small entries) and its subject, with its delivery state:
// queued → sending (claimed by one worker until leaseUntil) → sent, or back to queued with a later nextAttemptAt,
// or failed (bounced, or out of attempts). Each attempt that failed is recorded.
import { Schema, type Types } from 'mongoose';
import type { QueuedMailContent } from '../mail/renderMail.js';

export const outboxStates = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof outboxStates)[number];

export interface DeliveryFailure {
  at: Date;
  message: string;
  /** The SMTP reply code when the server answered (5xx is a bounce, never retried). */
  responseCode?: number;
}

export interface OutboxMessage {
  _id: Types.ObjectId;
  to: string;
  userId?: Types.ObjectId;
  /** The template it was rendered from, e.g. `account.passwordReset`. */
  kind: string;
  locale: string;
  subject: string;
  content?: QueuedMailContent;
  /** For notifications: the topic its signed one-click unsubscribe link turns off. */
  unsubscribe?: string;
  /** Entries queued before mails were rendered at sending hold their rendering instead of `content`. */
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  leaseOwner?: string;
  leaseUntil?: Date;
  failures: DeliveryFailure[];
  sentAt?: Date;
  createdAt: Date;
}

export const outboxMessageSchema = new Schema<OutboxMessage>(
  {
    to: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, index: true },
    kind: { type: String, required: true },
    locale: { type: String, required: true },
    subject: { type: String, required: true },
    content: Schema.Types.Mixed,
    unsubscribe: String,
    text: String,
    html: String,
    headers: Schema.Types.Mixed,
    state: { type: String, enum: outboxStates, default: 'queued', index: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: () => new Date(), index: true },
    leaseOwner: String,
    leaseUntil: Date,
    failures: { type: [{ _id: false, at: Date, message: String, responseCode: Number }], default: [] },
    sentAt: Date,
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false, minimize: false },
);
