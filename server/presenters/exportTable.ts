// Practices, resources and collection items as rows for export: one column scheme (a collection's rows add the title
// of their section), written as CSV (RFC 4180, a BOM so spreadsheets read UTF-8, cells that a spreadsheet would run
// as a formula prefixed with ') or as JSON.
import type { InterfaceLocale } from '../i18n/locales.js';
import type { Practice } from '../models/practice.js';
import type { Resource } from '../models/resource.js';
import { termLabel, type VocabularyId } from '../vocab/index.js';

export const exportColumns = ['type', 'title', 'url', 'language', 'category', 'sector', 'country', 'educationLevels', 'digCompEdu', 'evidenceLevel', 'licence', 'published', 'summary'] as const;
export type ExportRow = Record<(typeof exportColumns)[number], string>;

/** A collection's columns: the section an item is shown in (empty for the items before the first section) first. */
export const collectionExportColumns = ['section', ...exportColumns] as const;
export type CollectionExportRow = Record<(typeof collectionExportColumns)[number], string>;

const labels = (vocab: VocabularyId, ids: readonly string[] | undefined, locale: InterfaceLocale): string => (ids ?? []).map((id) => termLabel(vocab, id, locale)).join('; ');
const day = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : '');

export function practiceRow(practice: Practice, publicUrl: string, locale: InterfaceLocale): ExportRow {
  const text = practice.texts[practice.originalLanguage];
  return {
    type: 'practice',
    title: text?.title ?? practice.slug,
    url: new URL(`/practices/${practice.slug}`, publicUrl).toString(),
    language: practice.originalLanguage,
    category: practice.practiceType ? termLabel('practiceTypes', practice.practiceType, locale) : '',
    sector: practice.sector ? termLabel('sectors', practice.sector, locale) : '',
    country: practice.country ? termLabel('countries', practice.country, locale) : '',
    educationLevels: labels('educationLevels', practice.educationLevels, locale),
    digCompEdu: (practice.digCompEdu ?? []).join('; '),
    evidenceLevel: practice.evidenceLevel ? termLabel('evidenceLevels', practice.evidenceLevel, locale) : '',
    licence: termLabel('licences', practice.licence, locale),
    published: day(practice.publishedAt),
    summary: text?.excerpt ?? '',
  };
}

export function resourceRow(resource: Resource, publicUrl: string, locale: InterfaceLocale): ExportRow {
  return {
    type: 'resource',
    title: resource.title,
    url: new URL(`/resources/${resource.slug}`, publicUrl).toString(),
    language: resource.language,
    category: termLabel('resourceKinds', resource.kind, locale),
    sector: '',
    country: '',
    educationLevels: '',
    digCompEdu: '',
    evidenceLevel: '',
    licence: termLabel('licences', resource.licence, locale),
    published: day(resource.publishedAt),
    summary: resource.excerpt,
  };
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv<C extends string>(rows: readonly Record<C, string>[], columns: readonly C[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
