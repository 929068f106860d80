// Published trainings as schema.org JSON-LD: a training is a Course with one CourseInstance per session; a workshop,
// regional meeting or conference is an Event whose sessions are sub-events (with place or online location).
import type { Training, TrainingSession } from '../models/training.js';
import { termLabel } from '../vocab/index.js';

type JsonLd = Record<string, unknown>;

const attendanceMode: Record<Training['format'], string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  'online-live': 'https://schema.org/OnlineEventAttendanceMode',
  'e-learning': 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

function location(session: TrainingSession): JsonLd[] {
  return [
    ...(session.place ? [{ '@type': 'Place', name: session.place, address: session.place }] : []),
    ...(session.onlineUrl ? [{ '@type': 'VirtualLocation', url: session.onlineUrl }] : []),
  ];
}

function sessionNode(training: Training, session: TrainingSession, type: 'Event' | 'CourseInstance'): JsonLd {
  return {
    '@type': type,
    name: session.title || Object.values(training.title)[0],
    startDate: session.startsAt.toISOString(),
    endDate: session.endsAt.toISOString(),
    eventAttendanceMode: attendanceMode[training.format],
    ...(type === 'CourseInstance' ? { courseMode: training.format } : { eventStatus: 'https://schema.org/EventScheduled' }),
    location: location(session),
    ...(session.capacity === null ? {} : { maximumAttendeeCapacity: session.capacity }),
    performer: session.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}) })),
  };
}

export function trainingJsonLd(training: Training, publicUrl: string, locale: string): JsonLd {
  const url = `${publicUrl.replace(/\/$/, '')}/trainings/${training.slug}`;
  const name = training.title[locale] ?? Object.values(training.title)[0];
  const description = training.description[locale] ?? Object.values(training.description)[0];
  const common = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    name,
    ...(description ? { description } : {}),
    inLanguage: training.language,
    ...(training.provider ? { organizer: { '@type': 'Organization', name: training.provider } } : {}),
    audience: training.targetGroups.map((id) => ({ '@type': 'Audience', audienceType: termLabel('targetGroups', id, 'en') })),
  };
  if (training.kind === 'training') {
    return {
      ...common,
      '@type': 'Course',
      ...(training.provider ? { provider: { '@type': 'Organization', name: training.provider } } : {}),
      timeRequired: `PT${training.durationHours}H`,
      teaches: training.competences,
      hasCourseInstance: training.sessions.map((session) => sessionNode(training, session, 'CourseInstance')),
    };
  }
  const first = training.sessions[0];
  return {
    ...common,
    '@type': 'Event',
    eventAttendanceMode: attendanceMode[training.format],
    eventStatus: 'https://schema.org/EventScheduled',
    ...(training.startsAt ? { startDate: training.startsAt.toISOString() } : {}),
    ...(training.endsAt ? { endDate: training.endsAt.toISOString() } : {}),
    location: first ? location(first) : [],
    subEvent: training.sessions.map((session) => sessionNode(training, session, 'Event')),
  };
}
