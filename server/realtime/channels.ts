// Names of the Socket.IO rooms the server broadcasts to, shared by commands (which announce) and the realtime layer.
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const userChannel = (userId: string): string => `user:${userId}`;
/** Every socket opened with a session joins the channel of that session (its digest), so ending the session ends them. */
export const sessionChannel = (sessionId: string): string => `session:${sessionId}`;
/** The event that, sent to a session's channel, disconnects its sockets. */
export const sessionEndedEvent = 'session:ended';
/** Announced (to no socket) when a community's content becomes members-only: the realtime layer then takes the
 * sockets of people who may no longer read it out of its rooms. */
export const communityRestrictedEvent = 'community:restricted';
export const communityChannel = (communityId: string): string => `community:${communityId}`;
/** Sent to a user's channel when their roles or status change: their sockets are disconnected and reconnect
 * with their new identity (the handshake reads it afresh). */
export const identityChangedEvent = 'identity:changed';
/** The channel of a community's moderators who have its review queue open (null: the site's reported practices). */
export const reviewChannel = (communityId: string | null): string => `review:${communityId ?? 'practices'}`;
