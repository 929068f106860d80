// The flags collection: reports on posts, messages and practices, queued for the community's moderators
// (practices, which belong to no community, for the site's moderators).
import { Schema, type Types } from 'mongoose';

export const flagSubjectTypes = ['post', 'message', 'practice'] as const;
export type FlagSubjectType = (typeof flagSubjectTypes)[number];
export const flagStates = ['open', 'resolved', 'rejected'] as const;

export interface Flag {
  _id: Types.ObjectId;
  subjectType: FlagSubjectType;
  subjectId: Types.ObjectId;
  communityId: Types.ObjectId | null;
  reason: string;
  note: string;
  reporterId: Types.ObjectId;
  /** Whose content was reported (null on flags older than this field, and on practices). */
  subjectAuthorId: Types.ObjectId | null;
  state: (typeof flagStates)[number];
  resolutionNote: string | null;
  resolvedBy: Types.ObjectId | null;
  resolvedAt: Date | null;
  /** What the moderator did from the review queue, e.g. "delete+mute" (null when decided otherwise). */
  outcome: string | null;
  /** The moderator looking at it now, so that two do not act on the same report (a claim lapses, see review/). */
  claimedBy: Types.ObjectId | null;
  claimedAt: Date | null;
  createdAt: Date;
}

export const flagSchema = new Schema<Flag>(
  {
    subjectType: { type: String, enum: flagSubjectTypes, required: true },
    subjectId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, default: null, index: true },
    reason: { type: String, required: true },
    note: { type: String, default: '' },
    reporterId: { type: Schema.Types.ObjectId, required: true },
    subjectAuthorId: { type: Schema.Types.ObjectId, default: null },
    state: { type: String, enum: flagStates, default: 'open' },
    resolutionNote: { type: String, default: null },
    resolvedBy: { type: Schema.Types.ObjectId, default: null },
    resolvedAt: { type: Date, default: null },
    outcome: { type: String, default: null },
    claimedBy: { type: Schema.Types.ObjectId, default: null },
    claimedAt: { type: Date, default: null },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
