// Shapes what a person sees of their own learning, certificate facts for verification, and sessions as calendar
// events.
import type { CertificateFacts } from '../commands/trainings/certificates.js';
import type { LearningOverview } from '../commands/trainings/myLearning.js';
import type { CalendarEvent } from '../content/icalendar.js';
import type { Training, TrainingSession } from '../models/training.js';
import { presentRegistration, presentSession } from './trainingPresenter.js';

const trainingRef = (training: Training) => ({ id: String(training._id), slug: training.slug, title: { ...training.title }, kind: training.kind, format: training.format });

export function presentLearning(overview: LearningOverview) {
  return {
    registrations: overview.registrations.map(({ registration, training, waitingPosition }) => ({
      ...presentRegistration(registration),
      waitingPosition,
      training: trainingRef(training),
    })),
    upcoming: overview.upcoming.map(({ training, session }) => ({ training: trainingRef(training), session: presentSession(session) })),
    completed: overview.completed.map(({ participation, training }) => ({
      training: trainingRef(training),
      hours: participation.hours,
      competences: participation.competences,
      completedAt: participation.completedAt.toISOString(),
      source: participation.source,
      certificateCode: participation.certificateCode,
    })),
    hoursByCompetence: overview.hoursByCompetence,
    totalHours: overview.totalHours,
  };
}

/** Only what the certificate states. */
export function presentCertificate(facts: CertificateFacts) {
  return {
    code: facts.code,
    participantName: facts.participantName,
    training: { slug: facts.trainingSlug, title: facts.trainingTitle },
    hours: facts.hours,
    completedAt: facts.completedAt.toISOString(),
    issuer: facts.issuer,
    valid: true,
  };
}

export function sessionEvent(training: Training, session: TrainingSession, publicUrl: string, locale: string): CalendarEvent {
  const title = training.title[locale] ?? Object.values(training.title)[0] ?? training.slug;
  const url = `${publicUrl.replace(/\/$/, '')}/trainings/${training.slug}`;
  return {
    uid: `${String(session._id)}@praxis`,
    title: session.title ? `${title}: ${session.title}` : title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: session.place ?? session.onlineUrl,
    url,
    description: session.onlineUrl ? `${url}\n${session.onlineUrl}` : url,
  };
}
