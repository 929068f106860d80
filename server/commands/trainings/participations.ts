// Recording completed trainings as participations: what statistics and certificates need is copied from the
// training (and the person's organisation) at completion, and each gets a verification code that cannot be guessed.
// One per person and training (a unique index), so recording again is a no-op; what is really recorded or taken
// back moves the statistics rollup.
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { isDuplicateKeyError } from '../../errors.js';
import type { Participation } from '../../models/participation.js';
import type { Registration } from '../../models/registration.js';
import type { Training } from '../../models/training.js';
import { noReach, reachOf, type Reach } from './participantReach.js';
import { countParticipations } from './statisticsRollup.js';
import { participationsChanged } from './statisticsSnapshots.js';

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** e.g. `7KQ2-M9XB-4TPA`: 60 bits from a 32-letter alphabet without look-alikes (0/O, 1/I), 5 random bits a letter. */
export function newCertificateCode(): string {
  const letters = Array.from(randomBytes(12), (byte) => codeAlphabet[byte & 31]).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`;
}

/** The participation document for a completion (the caller inserts it: one by one or in bulk). */
export function participationFor(training: Training, userId: Types.ObjectId, completedAt: Date, source: Participation['source'], reach: Reach = noReach) {
  return {
    _id: new Types.ObjectId(),
    trainingId: training._id,
    userId,
    programmeId: training.programmeId,
    kind: training.kind,
    format: training.format,
    hours: training.durationHours,
    competences: training.competences,
    ...reach,
    completedAt,
    month: completedAt.toISOString().slice(0, 7),
    source,
    certificateCode: newCertificateCode(),
  };
}

/** Whether attendance meets the training's completion rule. */
export function meetsCompletionRule(training: Training, registration: Pick<Registration, 'attendedSessionIds'>): boolean {
  const attended = new Set(registration.attendedSessionIds.map(String));
  const held = training.sessions.filter((s) => attended.has(String(s._id))).length;
  if (training.completionRule === 'any-session') return held > 0;
  return training.sessions.length > 0 && held === training.sessions.length;
}

/**
 * Brings a registration's participation in line with its attendance: recorded when the rule is met (once), taken
 * back when an organiser's correction means it no longer is (imported completions are never touched here).
 */
export async function syncParticipation(ctx: AppContext, training: Training, registration: Registration): Promise<void> {
  if (meetsCompletionRule(training, registration)) {
    const completedAt = training.endsAt ?? new Date();
    const reach = (await reachOf(ctx, [registration.userId])).get(String(registration.userId));
    const participation = participationFor(training, registration.userId, completedAt, 'attendance', reach);
    const written = await ctx.models.Participation.updateOne({ trainingId: training._id, userId: registration.userId }, { $setOnInsert: participation }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
      return null;
    });
    if (!written?.upsertedCount) return;
    await countParticipations(ctx, [participation], 1);
    await participationsChanged(ctx);
    return;
  }
  const removed = await ctx.models.Participation.findOneAndDelete({ trainingId: training._id, userId: registration.userId, source: 'attendance' }).lean<Participation>();
  if (!removed) return;
  await countParticipations(ctx, [removed], -1);
  await participationsChanged(ctx);
}
