// The messages collection: live-room messages with a per-room seq (unique with the room, ARCHITECTURE §6) and
// a per-author clientId (unique too) so a resent message is stored once; the author's name is kept with it.
// A reply keeps a snapshot of what it answers (author, seq, a short excerpt), emptied when that message is deleted.
// Reactions are one entry per person and kind (commands/rooms/reactToMessage.ts keeps them unique).
// A `hole` is a marker that closes a seq which was allocated but will never hold a message (commands/rooms/messageWindow.ts).
import { Schema, type Types } from 'mongoose';

export const messageStates = ['visible', 'deleted', 'hole'] as const;

export interface MessageReply {
  messageId: Types.ObjectId;
  seq: number;
  authorName: string;
  /** A short plain-text excerpt; empty once the quoted message was deleted. */
  excerpt: string;
}

/** The small fixed set of reactions a live message can get. */
export const reactionKinds = ['like', 'heart', 'laugh', 'celebrate', 'thinking', 'eyes'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

export interface MessageReaction {
  kind: ReactionKind;
  userId: Types.ObjectId;
}

export interface Message {
  _id: Types.ObjectId;
  roomId: Types.ObjectId;
  communityId: Types.ObjectId;
  seq: number;
  authorId: Types.ObjectId;
  authorName: string;
  clientId: string;
  body: string;
  bodyHtml: string;
  state: (typeof messageStates)[number];
  /** The message this one answers (absent on messages stored before replies existed). */
  replyTo?: MessageReply | null;
  /** Absent on messages stored before reactions existed. */
  reactions?: MessageReaction[];
  /** Counts the changes of `reactions`: a client keeps the state with the highest, whatever order broadcasts arrive in. */
  reactionsRev?: number;
  editedAt: Date | null;
  /** When it was last edited or deleted: a reconnecting client asks for the changes since its last visit. */
  changedAt: Date | null;
  /** Set once the seq was allocated: a gap below a message older than a grace period is certain to be a hole. */
  createdAt: Date;
}

export const messageSchema = new Schema<Message>(
  {
    roomId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    clientId: { type: String, required: true },
    body: { type: String, default: '' },
    bodyHtml: { type: String, default: '' },
    state: { type: String, enum: messageStates, default: 'visible' },
    replyTo: {
      type: new Schema<MessageReply>(
        { messageId: { type: Schema.Types.ObjectId, required: true }, seq: { type: Number, required: true }, authorName: { type: String, required: true }, excerpt: { type: String, default: '' } },
        { _id: false },
      ),
      default: null,
    },
    reactions: {
      type: [new Schema<MessageReaction>({ kind: { type: String, enum: reactionKinds, required: true }, userId: { type: Schema.Types.ObjectId, required: true } }, { _id: false })],
      default: [],
    },
    reactionsRev: { type: Number, default: 0 },
    editedAt: { type: Date, default: null },
    changedAt: { type: Date, default: null },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
messageSchema.index({ roomId: 1, seq: 1 }, { unique: true });
messageSchema.index({ roomId: 1, authorId: 1, clientId: 1 }, { unique: true });
