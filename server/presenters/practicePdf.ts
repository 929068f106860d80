// A published practice as a PDF (pdfkit, DejaVu Sans so č š ž ł ą ę å ä ö render): the text in the chosen language,
// headings and facts in the reader's language, the licence, how to cite it, its address and page numbers.
import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../content/pdfFonts.js';
import { markdownToText } from '../content/markdown.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { formatDate, t, type MessageKey } from '../i18n/translate.js';
import type { Practice, PracticeMarkdownField } from '../models/practice.js';
import { getTerm, termLabel, type VocabularyId } from '../vocab/index.js';
import type { Citation } from './citation.js';

export interface PracticePdfInput {
  readonly practice: Practice;
  readonly language: string;
  readonly locale: InterfaceLocale;
  readonly author: string | null;
  readonly url: string;
  readonly siteName: string;
  readonly citation: Citation;
  readonly now: Date;
}

const sectionHeadings: readonly [PracticeMarkdownField, MessageKey][] = [
  ['challenge', 'practice.challenge'],
  ['description', 'practice.description'],
  ['implementation', 'practice.implementation'],
  ['resourcesNeeded', 'practice.resourcesNeeded'],
  ['outcomes', 'practice.outcomes'],
  ['difficulties', 'practice.difficulties'],
  ['transferConditions', 'practice.transferConditions'],
  ['lessons', 'practice.lessons'],
];

/** Markdown as plain paragraphs; list items keep their own line with a bullet or their number. */
function paragraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .flatMap((block) => {
      const lines = block.split('\n');
      const isList = lines.every((line) => /^\s*([-*+]|\d+[.)])\s+/.test(line) || line.trim() === '');
      if (!isList) return [markdownToText(block)];
      return lines.filter((line) => line.trim()).map((line) => {
        const number = /^\s*(\d+)[.)]\s+/.exec(line)?.[1];
        return `${number ? `${number}.` : '•'} ${markdownToText(line.replace(/^\s*([-*+]|\d+[.)])\s+/, ''))}`;
      });
    })
    .filter((text) => text !== '');
}

function facts(input: PracticePdfInput): [string, string][] {
  const { practice, locale } = input;
  const tr = (key: MessageKey): string => t(locale, key);
  const one = (vocab: VocabularyId, id: string | undefined): string => (id ? termLabel(vocab, id, locale) : '');
  const many = (vocab: VocabularyId, ids: readonly string[] | undefined): string => (ids ?? []).map((id) => termLabel(vocab, id, locale)).join(', ');
  const codes = (vocab: VocabularyId, ids: readonly string[] | undefined): string => (ids ?? []).map((id) => `${id} ${termLabel(vocab, id, locale)}`).join('; ');
  const rows: [string, string][] = [
    [tr('practice.type'), one('practiceTypes', practice.practiceType)],
    [tr('practice.place'), [one('countries', practice.country), practice.region ?? ''].filter(Boolean).join(', ')],
    [tr('practice.organisation'), [practice.organisation?.name ?? '', one('ownerTypes', practice.organisation?.ownerType)].filter(Boolean).join(', ')],
    [tr('practice.sector'), one('sectors', practice.sector)],
    [tr('practice.levels'), many('educationLevels', practice.educationLevels)],
    [tr('practice.targetGroups'), many('targetGroups', practice.targetGroups)],
    [tr('practice.lifecycle'), one('lifecycleStages', practice.lifecycleStage)],
    ['DigCompEdu', codes('digCompEdu', practice.digCompEdu)],
    ['DigComp 2.2', codes('digComp', practice.digComp)],
    ['SELFIE', many('selfieAreas', practice.selfieAreas)],
    [tr('practice.evidenceLevel'), one('evidenceLevels', practice.evidenceLevel)],
    [tr('practice.evidenceTypes'), many('evidenceTypes', practice.evidenceTypes)],
    [tr('practice.programme'), practice.programme ?? ''],
    [tr('practice.funding'), practice.funding ?? ''],
    [tr('practice.published'), formatDate(locale, practice.publishedAt)],
  ];
  return rows.filter(([, value]) => value !== '');
}

export function renderPracticePdf(input: PracticePdfInput): Promise<Buffer> {
  const { practice, language, locale } = input;
  const text = practice.texts[language] ?? practice.texts[practice.originalLanguage];
  const title = text?.title ?? practice.slug;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: { Title: title, Author: input.author ?? input.siteName, Subject: input.url, Creator: input.siteName, CreationDate: input.now },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPdfFonts(doc);
  const heading = (value: string): void => {
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#1d3557').text(value).moveDown(0.3);
  };
  const body = (value: string): void => {
    doc.font('regular').fontSize(10.5).fillColor('#111111').text(value, { paragraphGap: 4, lineGap: 1.5 });
  };

  doc.font('regular').fontSize(9).fillColor('#555555').text(`${input.siteName} · ${termLabel('practiceTypes', practice.practiceType ?? '', locale)}`);
  doc.moveDown(0.4).font('bold').fontSize(20).fillColor('#111111').text(title);
  if (input.author) doc.moveDown(0.2).font('regular').fontSize(10).fillColor('#444444').text(t(locale, 'practice.sharedBy', { name: input.author }));
  if (text?.summary) {
    doc.moveDown(0.6);
    for (const paragraph of paragraphs(text.summary)) body(paragraph);
  }
  heading(t(locale, 'practice.facts'));
  for (const [label, value] of facts(input)) {
    doc.font('bold').fontSize(9.5).fillColor('#111111').text(`${label}: `, { continued: true }).font('regular').text(value);
  }
  for (const [field, key] of sectionHeadings) {
    const markdown = text?.[field] ?? practice.texts[practice.originalLanguage]?.[field];
    if (!markdown) continue;
    heading(t(locale, key));
    for (const paragraph of paragraphs(markdown)) body(paragraph);
  }
  const licence = getTerm('licences', practice.licence);
  heading(t(locale, 'practice.licence'));
  body(`${licence?.labels[locale] ?? practice.licence}${licence?.url ? ` — ${licence.url}` : ''}`);
  heading(t(locale, 'pdf.citation'));
  body(input.citation.plain);
  heading(t(locale, 'pdf.source'));
  doc.font('regular').fontSize(10.5).fillColor('#1d4ed8').text(input.url, { link: input.url, underline: true });
  doc.moveDown(0.4).font('regular').fontSize(9).fillColor('#555555').text(t(locale, 'pdf.downloaded', { site: input.siteName, date: formatDate(locale, input.now) }));

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#666666').text(t(locale, 'pdf.page', { page: index + 1, pages: range.count }), 56, doc.page.height - 40, { align: 'center', width: doc.page.width - 112 });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
