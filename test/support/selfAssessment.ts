// Test helpers for self-assessment: the shipped instruments published through the API by an organiser, and an
// attempt answered in full at chosen levels.
import { educatorInstrument, schoolInstrument } from '../../seed/data/instruments.js';
import type { TestApp } from './testApp.js';
import type { RegisteredUser, TestClient } from './testClient.js';
import { clientWithRoles } from './users.js';

export interface InstrumentBody {
  id: string;
  key: string;
  version: number;
  items: { id: string; dimension: string; roles: string[]; options: { id: string; level: number }[] }[];
}

export interface AttemptBody {
  id: string;
  state: string;
  rev: number;
  answers: { itemId: string; optionId: string }[];
  scores: { dimension: string; level: number }[];
}

export async function publishShippedInstruments(t: TestApp): Promise<{ organiser: TestClient; organiserUser: RegisteredUser; educator: InstrumentBody; school: InstrumentBody }> {
  const { client: organiser, user: organiserUser } = await clientWithRoles(t, ['member', 'organiser']);
  const educator = (await organiser.post('/api/self-assessments/instruments', educatorInstrument).expect(201)).body.data as InstrumentBody;
  const school = (await organiser.post('/api/self-assessments/instruments', schoolInstrument).expect(201)).body.data as InstrumentBody;
  return { organiser, organiserUser, educator, school };
}

/** Answers for every item the role is asked, each at `levelOf(item index)` (kept within the item's options). */
export function answersAt(instrument: InstrumentBody, levelOf: (index: number) => number, role: string | null = null): { itemId: string; optionId: string }[] {
  return instrument.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => role === null || item.roles.length === 0 || item.roles.includes(role))
    .map(({ item, index }) => {
      const level = Math.min(Math.max(1, levelOf(index)), item.options.length);
      return { itemId: item.id, optionId: item.options.find((option) => option.level === level)!.id };
    });
}

/** Starts, answers fully and submits; returns the submitted attempt. */
export async function takeAndSubmit(client: TestClient, start: Record<string, string>, instrument: InstrumentBody, levelOf: (index: number) => number, role: string | null = null): Promise<AttemptBody> {
  const attempt = (await client.post('/api/self-assessments/attempts', start).expect(201)).body.data as AttemptBody;
  await client.put(`/api/self-assessments/attempts/${attempt.id}/answers`, { answers: answersAt(instrument, levelOf, role) }).expect(200);
  return (await client.post(`/api/self-assessments/attempts/${attempt.id}/submit`).expect(200)).body.data as AttemptBody;
}
