// The editable content of a practice: extracting it from a stored record, merging an edit into it, and turning it
// into stored fields (Markdown rendered to safe HTML beside each field, excerpts, languages, sort title).
import { Types } from 'mongoose';
import type { z } from 'zod';
import { excerpt, renderMarkdown } from '../../content/markdown.js';
import { foldToAscii } from '../../content/slug.js';
import { badRequest } from '../../errors.js';
import type { createPracticeSchema, updatePracticeSchema } from './schemas.js';
import {
  practiceMarkdownFields,
  type Practice,
  type PracticeEditableFields,
  type PracticeText,
  type PracticeTextInput,
} from '../../models/practice.js';

export type PracticeInput = z.output<typeof createPracticeSchema>;
export type PracticeChanges = z.output<typeof updatePracticeSchema>['changes'];

/** Every top-level editable field, in display order. */
export const editableFieldNames = [
  'originalLanguage', 'texts', 'organisation', 'country', 'region', 'sector', 'educationLevels', 'targetGroups',
  'practiceType', 'lifecycleStage', 'startDate', 'endDate', 'scale', 'digCompEdu', 'digComp', 'selfieAreas',
  'evidenceTypes', 'evidenceLevel', 'licence', 'programme', 'funding', 'contact', 'tags', 'communityId',
] as const satisfies readonly (keyof PracticeEditableFields)[];

const textInputKeys = ['provenance', 'reviewed', 'title', 'translator', ...practiceMarkdownFields] as const;

function textInputOf(text: Partial<PracticeTextInput>, provenance: PracticeTextInput['provenance']): PracticeTextInput {
  const out: Record<string, unknown> = { provenance, reviewed: false };
  for (const key of textInputKeys) if (text[key] !== undefined && text[key] !== null) out[key] = text[key];
  return out as PracticeTextInput;
}

/** Fills in provenance (original for the original language, else human) and `reviewed` where a draft left them out. */
export function normalizeTexts(texts: Record<string, Partial<PracticeTextInput>>, originalLanguage: string): Record<string, PracticeTextInput> {
  return Object.fromEntries(
    Object.entries(texts).map(([lang, text]) => [
      lang,
      textInputOf(text, text.provenance ?? (lang === originalLanguage ? 'original' : 'human')),
    ]),
  );
}

/** The editable fields of a stored practice, in the input shape (no rendered HTML); also the revision snapshot. */
export function editableFieldsOf(practice: Practice): PracticeEditableFields {
  const fields: Record<string, unknown> = {};
  for (const key of editableFieldNames) {
    const value = practice[key as keyof Practice];
    if (value === undefined || value === null) continue;
    if (key === 'texts') {
      fields.texts = Object.fromEntries(Object.entries(practice.texts).map(([lang, text]) => [lang, textInputOf(text, text.provenance)]));
    } else if (key === 'communityId') fields.communityId = String(value);
    else fields[key] = value;
  }
  return fields as unknown as PracticeEditableFields;
}

/** Applies an edit: fields are replaced, `organisation`/`contact`/`scale` and each language text merged; null removes. */
export function mergeChanges(current: PracticeEditableFields, changes: PracticeChanges): PracticeEditableFields {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else if (key === 'organisation' || key === 'contact' || key === 'scale') merged[key] = { ...(merged[key] as object), ...(value as object) };
    else if (key !== 'texts') merged[key] = value;
  }
  const texts: Record<string, Partial<PracticeTextInput>> = { ...current.texts };
  for (const [lang, text] of Object.entries(changes.texts ?? {})) {
    if (text === null) delete texts[lang];
    else texts[lang] = { ...texts[lang], ...text };
  }
  merged.texts = normalizeTexts(texts, String(merged.originalLanguage));
  return merged as unknown as PracticeEditableFields;
}

/** Rules across fields that hold for drafts too: a title in the original language, an end not before the start. */
export function checkConsistency(fields: PracticeEditableFields): void {
  const lang = fields.originalLanguage;
  if (!fields.texts[lang]?.title?.trim()) {
    throw badRequest('validation_failed', `A practice needs a title in its original language (${lang}).`, [
      { path: `texts.${lang}.title`, message: 'a title in the original language is required' },
    ]);
  }
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) {
    throw badRequest('validation_failed', 'The end date is before the start date.', [{ path: 'endDate', message: 'must not be before startDate' }]);
  }
}

export function renderText(text: PracticeTextInput): PracticeText {
  const rendered: Record<string, unknown> = { ...text };
  for (const field of practiceMarkdownFields) {
    const markdown = text[field];
    if (markdown?.trim()) rendered[`${field}Html`] = renderMarkdown(markdown);
  }
  const source = text.summary?.trim() ? text.summary : text.description;
  if (source?.trim()) rendered.excerpt = excerpt(source);
  return rendered as PracticeText;
}

/** The stored form of the editable fields: `$set` for present ones, `$unset` for absent ones. */
export function storedFields(fields: PracticeEditableFields): { set: Record<string, unknown>; unset: Record<string, ''> } {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const key of editableFieldNames) {
    const value = fields[key];
    if (value === undefined) unset[key] = '';
    else if (key === 'communityId') set.communityId = new Types.ObjectId(String(value));
    else if (key === 'texts') set.texts = Object.fromEntries(Object.entries(fields.texts).map(([lang, text]) => [lang, renderText(text)]));
    else set[key] = value;
  }
  if (unset.communityId === '') {
    delete unset.communityId;
    set.communityId = null;
  }
  set.languages = Object.entries(fields.texts)
    .filter(([lang, text]) => text.title?.trim() && (lang === fields.originalLanguage || text.reviewed))
    .map(([lang]) => lang);
  set.sortTitle = foldToAscii(fields.texts[fields.originalLanguage]?.title ?? '').toLowerCase().trim();
  return { set, unset };
}
