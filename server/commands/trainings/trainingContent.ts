// Turns validated training fields into what is stored: sessions in time order with their checks (an end after the
// start, no two sessions overlapping), the derived capacity and dates, and the references that must exist.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Training, TrainingSession } from '../../models/training.js';
import type { SessionInput, TrainingFields } from './schemas.js';

export const slugTitle = (fields: Pick<TrainingFields, 'title'>): string => Object.values(fields.title)[0] ?? '';

function storedSession(input: SessionInput): Omit<TrainingSession, '_id'> & { _id: Types.ObjectId } {
  return {
    _id: new Types.ObjectId(input.id),
    title: input.title,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    timeZone: input.timeZone,
    ...(input.place ? { place: input.place } : {}),
    ...(input.onlineUrl ? { onlineUrl: input.onlineUrl } : {}),
    capacity: input.capacity,
    speakers: input.speakers,
    ...(input.collectionId ? { collectionId: new Types.ObjectId(input.collectionId) } : {}),
  };
}

/** Sessions sorted by start; 400 `session_times_reversed` or `sessions_overlap` naming the session. */
export function orderedSessions(inputs: readonly SessionInput[]): TrainingSession[] {
  const sessions = inputs.map(storedSession).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  sessions.forEach((session, index) => {
    if (session.endsAt.getTime() <= session.startsAt.getTime()) {
      throw badRequest('session_times_reversed', 'A session must end after it starts.', [{ path: `sessions.${index}.endsAt`, message: 'must be after startsAt' }]);
    }
    const previous = sessions[index - 1];
    if (previous && session.startsAt.getTime() < previous.endsAt.getTime()) {
      throw badRequest('sessions_overlap', 'Two sessions of this training overlap in time: one must end before the next starts.', [
        { path: `sessions.${index}.startsAt`, message: 'starts before the previous session ends' },
      ]);
    }
  });
  return sessions;
}

/** The smallest session capacity, or null when no session limits seats. */
export function capacityOf(sessions: readonly Pick<TrainingSession, 'capacity'>[]): number | null {
  const limits = sessions.map((s) => s.capacity).filter((c): c is number => c !== null);
  return limits.length ? Math.min(...limits) : null;
}

/** Programme and collections named by the fields must exist. */
export async function checkTrainingReferences(ctx: AppContext, fields: Pick<TrainingFields, 'sessions' | 'programmeId'>): Promise<void> {
  if (fields.programmeId && !(await ctx.models.Programme.exists({ _id: fields.programmeId }))) {
    throw badRequest('unknown_programme', 'The programme this training belongs to does not exist.', [{ path: 'programmeId', message: 'is not a programme' }]);
  }
  const collectionIds = [...new Set((fields.sessions ?? []).flatMap((s) => (s.collectionId ? [s.collectionId] : [])))];
  if (collectionIds.length === 0) return;
  const found = await ctx.models.Collection.countDocuments({ _id: { $in: collectionIds }, deletedAt: null });
  if (found !== collectionIds.length) throw badRequest('unknown_collection', 'A session links to a collection that does not exist.');
}

/** The stored form of the whole field set. */
export function storedTrainingFields(fields: TrainingFields): Partial<Training> & Record<string, unknown> {
  const sessions = orderedSessions(fields.sessions ?? []);
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description ?? {},
    sortTitle: slugTitle(fields).toLocaleLowerCase(),
    format: fields.format,
    durationHours: fields.durationHours,
    language: fields.language,
    competences: fields.competences ?? [],
    targetGroups: fields.targetGroups ?? [],
    provider: fields.provider ?? '',
    programmeId: fields.programmeId ? new Types.ObjectId(fields.programmeId) : null,
    organiserIds: (fields.organiserIds ?? []).map((id) => new Types.ObjectId(id)),
    registrationQuestions: fields.registrationQuestions ?? [],
    completionRule: fields.completionRule ?? 'all-sessions',
    sessions,
    capacity: capacityOf(sessions),
    startsAt: sessions[0]?.startsAt ?? null,
    endsAt: sessions.at(-1)?.endsAt ?? null,
  };
}

/** The editable fields of a stored training, in input form (what an edit is merged into). */
export function trainingFieldsOf(training: Training): TrainingFields {
  return {
    kind: training.kind,
    title: training.title,
    description: training.description,
    format: training.format,
    durationHours: training.durationHours,
    language: training.language as TrainingFields['language'],
    competences: training.competences,
    targetGroups: training.targetGroups as TrainingFields['targetGroups'],
    provider: training.provider,
    programmeId: training.programmeId ? String(training.programmeId) : null,
    organiserIds: training.organiserIds.map(String),
    registrationQuestions: training.registrationQuestions,
    completionRule: training.completionRule,
    sessions: training.sessions.map((s) => ({
      id: String(s._id),
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      timeZone: s.timeZone,
      place: s.place,
      onlineUrl: s.onlineUrl,
      capacity: s.capacity,
      speakers: s.speakers,
      collectionId: s.collectionId ? String(s.collectionId) : undefined,
    })),
  };
}
