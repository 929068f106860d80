// Session lifecycle: open one for a user, resolve a cookie token to its user, end one or all (an ended session's
// live sockets are disconnected too).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Session } from '../../models/session.js';
import type { User } from '../../models/user.js';
import { sessionChannel, sessionEndedEvent } from '../../realtime/channels.js';
import { digest, newToken } from '../../security/tokens.js';

export async function openSession(ctx: AppContext, userId: Types.ObjectId, userAgent?: string): Promise<string> {
  const token = newToken();
  const now = new Date();
  await ctx.models.Session.create({
    _id: digest(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.session.ttlHours * 3_600_000),
    userAgent: userAgent?.slice(0, 300),
  });
  return token;
}

/**
 * Finds the active user behind a session token; an expired session counts as none (expiry is checked on read). Both
 * reads go by `_id` alone, the one question every store answers from its primary index (an aggregate or a filter
 * with a second field scans the whole collection on mongo-java-server), since every signed-in request asks.
 */
export async function resolveSession(ctx: AppContext, token: string | undefined): Promise<User | null> {
  if (!token || token.length > 100) return null;
  const session = await ctx.models.Session.findById(digest(token), { userId: 1, expiresAt: 1 }).lean<Pick<Session, 'userId' | 'expiresAt'>>();
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  const user = await ctx.models.User.findById(session.userId).lean<User>();
  if (!user || user.status !== 'active') return null;
  if (ctx.config.env === 'production' && user.isDemo) return null;
  return user;
}

function disconnectSessions(ctx: AppContext, sessionIds: readonly string[]): void {
  for (const id of sessionIds) ctx.events.emit('realtime.broadcast', { room: sessionChannel(id), event: sessionEndedEvent, payload: {} });
}

export async function endSession(ctx: AppContext, token: string | undefined): Promise<void> {
  if (!token) return;
  await ctx.models.Session.deleteOne({ _id: digest(token) });
  disconnectSessions(ctx, [digest(token)]);
}

/** Ends every session of a user, or every one but `keepToken`'s (a password change keeps the browser that made it). */
export async function endUserSessions(ctx: AppContext, userId: string, keepToken?: string): Promise<void> {
  const filter = keepToken ? { userId: new Types.ObjectId(userId), _id: { $ne: digest(keepToken) } } : { userId: new Types.ObjectId(userId) };
  const ended = await ctx.models.Session.find(filter, { _id: 1 }).lean();
  await ctx.models.Session.deleteMany(filter);
  disconnectSessions(ctx, ended.map((session) => String(session._id)));
}

export function actorFor(user: User | null): Actor {
  return user ? { userId: String(user._id), roles: [...user.roles], displayName: user.displayName, emailVerified: Boolean(user.emailVerifiedAt) } : { userId: null, roles: [] };
}
