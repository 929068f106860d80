// Revision history for edited documents: which fields changed between two snapshots, and recording one revision.
import { Types, type Model } from 'mongoose';
import type { Actor } from '../../context.js';
import type { Revision } from '../../models/revision.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Paths whose value differs; nested plain objects are compared field by field (`texts.sl.title`), arrays as a whole. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const a = before[key];
    const b = after[key];
    if (isPlainObject(a) && isPlainObject(b)) return changedFields(a, b, `${prefix}${key}.`);
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${prefix}${key}`];
  });
}

export interface RevisionInput {
  readonly subjectId: Types.ObjectId | string;
  readonly rev: number;
  readonly changedFields: string[];
  readonly snapshot: Record<string, unknown>;
}

/** Appends one revision; recording the same (subject, rev) twice is a no-op, so a retried write stays single. */
export async function recordRevision(model: Model<Revision>, actor: Actor, input: RevisionInput): Promise<void> {
  await model.updateOne(
    { subjectId: new Types.ObjectId(String(input.subjectId)), rev: input.rev },
    {
      $setOnInsert: {
        authorId: actor.userId ? new Types.ObjectId(actor.userId) : null,
        at: new Date(),
        changedFields: input.changedFields,
        snapshot: input.snapshot,
      },
    },
    { upsert: true },
  );
}
