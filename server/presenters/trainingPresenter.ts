// Shapes trainings, their sessions and registrations for the outside: seats left and the waiting list as counts,
// never who else registered (an organiser's participant list is its own presenter).
import type { AppContext } from '../context.js';
import type { Registration } from '../models/registration.js';
import type { Training, TrainingSession } from '../models/training.js';
import { loadDisplayNames, personRef, type DisplayNames } from './displayNames.js';

export interface PresentedSession {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  speakers: Array<{ name: string; affiliation: string | null }>;
  collectionId: string | null;
}

export function presentSession(session: TrainingSession): PresentedSession {
  return {
    id: String(session._id),
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timeZone: session.timeZone,
    place: session.place ?? null,
    onlineUrl: session.onlineUrl ?? null,
    capacity: session.capacity,
    speakers: session.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation ?? null })),
    collectionId: session.collectionId ? String(session.collectionId) : null,
  };
}

export function presentTraining(training: Training, names: DisplayNames) {
  return {
    id: String(training._id),
    slug: training.slug,
    kind: training.kind,
    title: { ...training.title },
    description: { ...training.description },
    format: training.format,
    durationHours: training.durationHours,
    language: training.language,
    competences: training.competences,
    targetGroups: training.targetGroups,
    provider: training.provider,
    programmeId: training.programmeId ? String(training.programmeId) : null,
    organisers: training.organiserIds.flatMap((id) => personRef(names, id) ?? []),
    registrationQuestions: training.registrationQuestions.map((q) => ({ key: q.key, label: q.label, required: q.required })),
    completionRule: training.completionRule,
    sessions: training.sessions.map(presentSession),
    capacity: training.capacity,
    seatsTaken: training.seatsTaken,
    seatsLeft: training.capacity === null ? null : Math.max(0, training.capacity - training.seatsTaken),
    startsAt: training.startsAt?.toISOString() ?? null,
    endsAt: training.endsAt?.toISOString() ?? null,
    state: training.state,
    cancelledAt: training.cancelledAt ? training.cancelledAt.toISOString() : null,
    cancellationReason: training.cancellationReason || null,
    publishedAt: training.publishedAt?.toISOString() ?? null,
    rev: training.rev,
  };
}

export async function presentTrainings(ctx: AppContext, trainings: readonly Training[]) {
  const names = await loadDisplayNames(ctx, trainings.flatMap((t) => t.organiserIds));
  return trainings.map((training) => presentTraining(training, names));
}

export async function presentOneTraining(ctx: AppContext, training: Training) {
  return presentTraining(training, await loadDisplayNames(ctx, training.organiserIds));
}

export function presentRegistration(registration: Registration) {
  return {
    id: String(registration._id),
    trainingId: String(registration.trainingId),
    userId: String(registration.userId),
    state: registration.state,
    answers: { ...registration.answers },
    queuedAt: registration.queuedAt.toISOString(),
    registeredAt: registration.registeredAt?.toISOString() ?? null,
    cancelledAt: registration.cancelledAt?.toISOString() ?? null,
    attendedSessionIds: registration.attendedSessionIds.map(String),
  };
}

/** An organiser's list: each registration with the person's name and waiting-list position. */
export async function presentParticipantList(ctx: AppContext, registrations: readonly Registration[]) {
  const names = await loadDisplayNames(ctx, registrations.map((r) => r.userId));
  let position = 0;
  return registrations.map((registration) => ({
    ...presentRegistration(registration),
    displayName: names.get(String(registration.userId)) ?? 'Former member',
    waitingPosition: registration.state === 'waiting' ? (position += 1) : null,
  }));
}
