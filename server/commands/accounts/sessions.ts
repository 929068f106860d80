// Session lifecycle: open one for a user, resolve a cookie token to its user, end one or all (an ended session's
// live sockets are disconnected too).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
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
 * Finds the active user behind a session token; an expired session counts as none (expiry is checked on read). The
 * session and its user come in one round trip, since every signed-in request asks.
 */
export async function resolveSession(ctx: AppContext, token: string | undefined): Promise<User | null> {
  if (!token || token.length > 100) return null;
  const [found] = await ctx.models.Session.aggregate<{ users: User[] }>([
    { $match: { _id: digest(token), expiresAt: { $gt: new Date() } } },
    { $limit: 1 },
    { $lookup: { from: ctx.models.User.collection.collectionName, localField: 'userId', foreignField: '_id', as: 'users' } },
    { $project: { users: 1 } },
  ]);
  const user = found?.users[0];
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
