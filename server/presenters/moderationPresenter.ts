// Shapes the moderators' views: flags in the queue and audit-log entries.
import type { AuditEntry } from '../models/audit.js';
import type { Flag } from '../models/flag.js';
import { personRef, type DisplayNames } from './displayNames.js';

export function presentFlag(flag: Flag, names: DisplayNames) {
  return {
    id: String(flag._id),
    subjectType: flag.subjectType,
    subjectId: String(flag.subjectId),
    communityId: flag.communityId ? String(flag.communityId) : null,
    reason: flag.reason,
    note: flag.note,
    reporter: personRef(names, flag.reporterId),
    state: flag.state,
    resolutionNote: flag.resolutionNote,
    resolvedBy: personRef(names, flag.resolvedBy),
    resolvedAt: flag.resolvedAt ? flag.resolvedAt.toISOString() : null,
    createdAt: flag.createdAt.toISOString(),
  };
}

export function presentAuditEntry(entry: AuditEntry, names: DisplayNames) {
  return {
    id: String(entry._id),
    actor: personRef(names, entry.actorId),
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    reason: entry.reason ?? null,
    data: entry.data ?? null,
    at: entry.at.toISOString(),
  };
}
