// Binds every collection's schema to one mongoose connection, so each app (and each test file) has its own.
import type { Connection } from 'mongoose';
import { auditSchema, type AuditEntry } from './audit.js';
import { sessionSchema, type Session } from './session.js';
import { userSchema, type User } from './user.js';

export function createModels(connection: Connection) {
  return {
    User: connection.model<User>('User', userSchema, 'users'),
    Session: connection.model<Session>('Session', sessionSchema, 'sessions'),
    Audit: connection.model<AuditEntry>('Audit', auditSchema, 'audit'),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Creates every declared index; unique indexes are what the code relies on, on both engines. */
export async function syncIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
