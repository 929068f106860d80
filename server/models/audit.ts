// The audit collection: who did which moderation or workflow action, to what, when and why.
import { Schema, type Types } from 'mongoose';

export interface AuditEntry {
  _id: Types.ObjectId;
  actorId: Types.ObjectId | null;
  action: string;
  subjectType: string;
  subjectId: string;
  communityId?: Types.ObjectId;
  reason?: string;
  data?: Record<string, unknown>;
  at: Date;
}

export const auditSchema = new Schema<AuditEntry>(
  {
    actorId: { type: Schema.Types.ObjectId, default: null },
    action: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true, index: true },
    communityId: { type: Schema.Types.ObjectId, index: true },
    reason: String,
    data: { type: Schema.Types.Mixed },
    at: { type: Date, default: () => new Date(), index: true },
  },
  { versionKey: false },
);
