// The guided practice form as data: its steps (sections of the practice record), each field's kind, and the
// mapping between a stored practice, a posted step form and the `changes` of updatePractice.
import type { Practice } from '../../../models/practice.js';
import type { VocabularyId } from '../../../vocab/index.js';

export type FieldKind = 'text' | 'markdown' | 'term' | 'terms' | 'date' | 'number' | 'email' | 'tags';

export interface EditorField {
  readonly name: string;
  readonly kind: FieldKind;
  readonly vocab?: VocabularyId;
}

export const stepIds = ['basics', 'context', 'practice', 'competences', 'evidence', 'sharing', 'attachments', 'review'] as const;
export type StepId = (typeof stepIds)[number];

const f = (name: string, kind: FieldKind, vocab?: VocabularyId): EditorField => ({ name, kind, vocab });

export const stepFields: Record<StepId, readonly EditorField[]> = {
  basics: [
    f('title', 'text'),
    f('summary', 'markdown'),
    f('practiceType', 'term', 'practiceTypes'),
    f('sector', 'term', 'sectors'),
    f('organisationName', 'text'),
    f('ownerType', 'term', 'ownerTypes'),
    f('country', 'term', 'countries'),
    f('region', 'text'),
  ],
  context: [
    f('challenge', 'markdown'),
    f('educationLevels', 'terms', 'educationLevels'),
    f('targetGroups', 'terms', 'targetGroups'),
    f('lifecycleStage', 'term', 'lifecycleStages'),
    f('startDate', 'date'),
    f('endDate', 'date'),
    f('scaleSchools', 'number'),
    f('scaleMunicipalities', 'number'),
    f('scaleParticipants', 'number'),
    f('scaleTrainings', 'number'),
  ],
  practice: [f('description', 'markdown'), f('implementation', 'markdown'), f('resourcesNeeded', 'markdown')],
  competences: [f('digCompEdu', 'terms', 'digCompEdu'), f('digComp', 'terms', 'digComp'), f('selfieAreas', 'terms', 'selfieAreas')],
  evidence: [
    f('outcomes', 'markdown'),
    f('evidenceTypes', 'terms', 'evidenceTypes'),
    f('evidenceLevel', 'term', 'evidenceLevels'),
    f('difficulties', 'markdown'),
    f('transferConditions', 'markdown'),
    f('lessons', 'markdown'),
  ],
  sharing: [f('licence', 'term', 'licences'), f('programme', 'text'), f('funding', 'text'), f('contactName', 'text'), f('contactEmail', 'email'), f('tags', 'tags')],
  attachments: [],
  review: [],
};

const textFields = new Set(['title', 'summary', 'challenge', 'description', 'implementation', 'resourcesNeeded', 'outcomes', 'difficulties', 'transferConditions', 'lessons']);
const nested: Record<string, [string, string]> = {
  organisationName: ['organisation', 'name'],
  ownerType: ['organisation', 'ownerType'],
  contactName: ['contact', 'name'],
  contactEmail: ['contact', 'email'],
  scaleSchools: ['scale', 'schools'],
  scaleMunicipalities: ['scale', 'municipalities'],
  scaleParticipants: ['scale', 'participants'],
  scaleTrainings: ['scale', 'trainings'],
};

export type FieldValue = string | string[];

/** The form value of one field of a stored practice (texts are those of the original language). */
export function storedValue(practice: Practice, name: string): FieldValue {
  const record = practice as unknown as Record<string, unknown>;
  let value: unknown;
  if (textFields.has(name)) value = practice.texts[practice.originalLanguage]?.[name as 'title'];
  else if (nested[name]) value = (record[nested[name][0]] as Record<string, unknown> | undefined)?.[nested[name][1]];
  else value = record[name];
  if (name === 'tags') return Array.isArray(value) ? value.join(', ') : '';
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? '' : String(value);
}

/** The posted value of a field: a list for checkboxes (repeated keys), else a string. */
export function postedValue(body: Record<string, unknown>, field: EditorField): FieldValue {
  const value = body[field.name];
  if (field.kind === 'terms') return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value.trim() : '';
}

/** The `changes` of updatePractice for one step's posted values; empty optional values leave a field as it is. */
export function changesFor(fields: readonly EditorField[], values: Record<string, FieldValue>, language: string): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const text: Record<string, string> = {};
  const groups: Record<string, Record<string, unknown>> = {};
  for (const field of fields) {
    const value = values[field.name] ?? '';
    if (textFields.has(field.name)) {
      text[field.name] = String(value);
      continue;
    }
    let converted: unknown;
    if (field.kind === 'terms') converted = value;
    else if (field.kind === 'tags') converted = String(value).split(',').map((tag) => tag.trim()).filter(Boolean);
    else if (value === '') converted = field.name === 'endDate' ? null : field.kind === 'text' ? '' : undefined;
    else converted = field.kind === 'number' ? Number(value) : value;
    if (converted === undefined) continue;
    const path = nested[field.name];
    if (path) (groups[path[0]] ??= {})[path[1]] = converted;
    else changes[field.name] = converted;
  }
  Object.assign(changes, groups);
  if (Object.keys(text).length > 0) changes.texts = { [language]: text };
  return changes;
}

/** The editor field a validation or completeness path names: `changes.texts.sl.title` → title, `scale` → scaleSchools. */
export function fieldOfPath(path: string): string {
  const parts = path.replace(/^changes\./, '').split('.');
  if (parts[0] === 'texts') return parts[2] ?? 'title';
  if (parts[0] === 'competences') return 'digCompEdu';
  if (parts[0] === 'scale') return parts[1] ? `scale${parts[1].charAt(0).toUpperCase()}${parts[1].slice(1)}` : 'scaleSchools';
  if (parts[0] === 'organisation') return parts[1] === 'ownerType' ? 'ownerType' : 'organisationName';
  if (parts[0] === 'contact') return parts[1] === 'email' ? 'contactEmail' : 'contactName';
  return parts[0] ?? '';
}

export function stepOfField(name: string): StepId {
  return stepIds.find((step) => stepFields[step].some((field) => field.name === name)) ?? 'basics';
}

export const isStepId = (value: unknown): value is StepId => typeof value === 'string' && (stepIds as readonly string[]).includes(value);

export function fieldSpec(name: string): EditorField | undefined {
  return stepIds.flatMap((step) => stepFields[step]).find((field) => field.name === name);
}

/** The vocabulary whose labels show the values of an editor field, if it has one. */
export const vocabOfField = (name: string): VocabularyId | undefined => fieldSpec(name)?.vocab;
