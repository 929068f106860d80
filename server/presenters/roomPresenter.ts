// Shapes live rooms and their messages; a deleted message keeps its seq (so clients see no gap) but not its text.
import { reactionKinds, type Message } from '../models/message.js';
import type { Room } from '../models/room.js';

export function presentRoom(room: Room) {
  return {
    id: String(room._id),
    communityId: String(room.communityId),
    name: room.name,
    topic: room.topic,
    kind: room.kind,
    scheduledAt: room.scheduledAt ? room.scheduledAt.toISOString() : null,
    locked: room.locked,
    slowMode: { seconds: room.slowModeSeconds, reason: room.slowModeSeconds > 0 ? room.slowModeReason : null },
    lastSeq: room.nextSeq - 1,
  };
}

/** The reactions a message has, in the fixed order of the kinds, each with who gave it. */
export function presentReactions(message: Message) {
  const given = message.state === 'visible' ? (message.reactions ?? []) : [];
  return reactionKinds
    .map((kind) => ({ kind, userIds: given.filter((reaction) => reaction.kind === kind).map((reaction) => String(reaction.userId)) }))
    .filter((reaction) => reaction.userIds.length > 0)
    .map((reaction) => ({ ...reaction, count: reaction.userIds.length }));
}

export type PresentedMessage = ReturnType<typeof presentMessage>;

export function presentMessage(message: Message) {
  const visible = message.state === 'visible';
  return {
    id: String(message._id),
    roomId: String(message.roomId),
    seq: message.seq,
    author: { id: String(message.authorId), displayName: message.authorName },
    clientId: message.clientId,
    state: message.state,
    body: visible ? message.body : null,
    bodyHtml: visible ? message.bodyHtml : null,
    replyTo: visible && message.replyTo
      ? { messageId: String(message.replyTo.messageId), seq: message.replyTo.seq, authorName: message.replyTo.authorName, excerpt: message.replyTo.excerpt }
      : null,
    reactions: presentReactions(message),
    reactionsRev: message.reactionsRev ?? 0,
    editedAt: message.editedAt ? message.editedAt.toISOString() : null,
    createdAt: message.createdAt.toISOString(),
  };
}
