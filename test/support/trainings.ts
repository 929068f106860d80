// Shared test input for trainings: a published training with sessions in the future, made through the API, a
// page form posted with the client's CSRF token, and the statistics read checked against the database aggregation.
import { strict as assert } from 'node:assert';
import type { TestClient } from './testClient.js';

const day = 86_400_000;

export function sessionAt(daysFromNow: number, hours = 3, capacity: number | null = 20): Record<string, unknown> {
  const start = new Date(Date.now() + daysFromNow * day);
  start.setUTCHours(8, 0, 0, 0);
  return {
    title: `Session ${daysFromNow}`,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + hours * 3_600_000).toISOString(),
    timeZone: 'Europe/Ljubljana',
    place: 'Ljubljana, Dunajska 104',
    capacity,
  };
}

export function trainingInput(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'training',
    title: { sl: title, en: `${title} (EN)` },
    description: { sl: 'Usposabljanje za digitalne kompetence.' },
    format: 'in-person',
    durationHours: 6,
    language: 'sl',
    competences: ['digCompEdu:2.1', 'digComp:1.3'],
    targetGroups: ['teachers'],
    provider: 'Arnes',
    sessions: [sessionAt(10), sessionAt(11)],
    ...overrides,
  };
}

export interface TrainingBody {
  id: string;
  slug: string;
  rev: number;
  state: string;
  capacity: number | null;
  seatsTaken: number;
  seatsLeft: number | null;
  sessions: Array<{ id: string; startsAt: string }>;
  [key: string]: unknown;
}

/** Creates and publishes a training as `organiser`. */
export async function publishedTraining(organiser: TestClient, title: string, overrides: Record<string, unknown> = {}): Promise<TrainingBody> {
  const created = await organiser.post('/api/trainings', trainingInput(title, overrides));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const published = await organiser.post(`/api/trainings/${created.body.data.id}/publish`);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return published.body.data as TrainingBody;
}

/** Posts a page form (urlencoded, with the CSRF field) as `client`. */
export const postForm = (client: TestClient, path: string, fields: Record<string, string | string[]> = {}) =>
  client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

export interface StatisticsBody {
  years: string[];
  totals: Record<string, number | null>;
  tables: Record<string, Array<{ key: string; participations: number; participants: number }>>;
}

const periodless = (body: StatisticsBody & Record<string, unknown>) => ({ ...body, year: null, from: null, to: null });

/**
 * The rolled-up statistics read, after checking it equals the aggregation over all participations (a period from
 * 1970), and that each year read from the rollup equals the aggregation over that year (asked from the 31 December
 * before, a day on which the tests record nothing, so that it is aggregated).
 */
export async function exactStatistics(admin: TestClient, query = ''): Promise<StatisticsBody> {
  const rolled = (await admin.get(`/api/statistics/trainings?${query}`).expect(200)).body.data;
  const aggregated = (await admin.get(`/api/statistics/trainings?from=1970-01-01&${query}`).expect(200)).body.data;
  assert.deepEqual(periodless(rolled), periodless(aggregated));
  for (const year of rolled.years) {
    const ofYear = (await admin.get(`/api/statistics/trainings?year=${year}&${query}`).expect(200)).body.data;
    const aggregatedYear = (await admin.get(`/api/statistics/trainings?from=${Number(year) - 1}-12-31&to=${year}-12-31&${query}`).expect(200)).body.data;
    assert.equal(ofYear.year, year);
    assert.deepEqual(periodless(ofYear), periodless(aggregatedYear), `the rollup's ${year}`);
  }
  return rolled;
}
