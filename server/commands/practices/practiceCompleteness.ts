// What a practice must contain before it can be submitted for review (every section of ARCHITECTURE §4,
// including difficulties); drafts may lack any of it.
import { AppError } from '../../errors.js';
import { practiceMarkdownFields, type PracticeEditableFields } from '../../models/practice.js';

const filled = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
};

/** Paths of the required fields that are missing or empty, e.g. `texts.sl.difficulties`, `educationLevels`. */
export function missingForSubmission(fields: PracticeEditableFields): string[] {
  const missing: string[] = [];
  const lang = fields.originalLanguage;
  const original = fields.texts[lang];
  for (const field of ['title', ...practiceMarkdownFields] as const) {
    if (!filled(original?.[field])) missing.push(`texts.${lang}.${field}`);
  }
  for (const [other, text] of Object.entries(fields.texts)) {
    if (other === lang) continue;
    for (const field of ['title', 'summary'] as const) if (!filled(text[field])) missing.push(`texts.${other}.${field}`);
  }
  const required: Array<[string, unknown]> = [
    ['organisation.name', fields.organisation?.name],
    ['organisation.ownerType', fields.organisation?.ownerType],
    ['country', fields.country],
    ['region', fields.region],
    ['sector', fields.sector],
    ['educationLevels', fields.educationLevels],
    ['targetGroups', fields.targetGroups],
    ['practiceType', fields.practiceType],
    ['lifecycleStage', fields.lifecycleStage],
    ['startDate', fields.startDate],
    ['scale', Object.values(fields.scale ?? {}).some((n) => typeof n === 'number') ? true : undefined],
    ['competences', [...(fields.digCompEdu ?? []), ...(fields.digComp ?? [])]],
    ['evidenceTypes', fields.evidenceTypes],
    ['evidenceLevel', fields.evidenceLevel],
    ['licence', fields.licence],
    ['programme', fields.programme],
    ['funding', fields.funding],
    ['contact.name', fields.contact?.name],
    ['contact.email', fields.contact?.email],
  ];
  for (const [path, value] of required) if (!filled(value)) missing.push(path);
  return missing;
}

/** 422 `practice_incomplete` listing every missing field, unless the fields are complete enough for review. */
export function assertComplete(fields: PracticeEditableFields): void {
  const missing = missingForSubmission(fields);
  if (missing.length === 0) return;
  throw new AppError(422, 'practice_incomplete', `Before submitting, fill in: ${missing.join(', ')}.`, {
    missing,
    fields: missing.map((path) => ({ path, message: 'is required for submission' })),
  });
}
