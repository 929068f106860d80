// The body of a practice as readers see it: each section of the record in the shown language (falling back to the
// original, marked so), the fact box beside it and the attachments below; the public page and the editor's preview
// both render it, the preview one heading level lower.
import type { Practice, PracticeMarkdownField } from '../../../models/practice.js';
import type { MessageKey } from '../../../i18n/translate.js';
import { getTerm, termLabel } from '../../../vocab/index.js';
import { html, raw, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { attachmentList, type ShownAttachment } from './attachments.js';
import { organisationLink, type LinkedOrganisation } from './organisationLink.js';
import type { ShownText } from './practiceText.js';
import { competenceBadges, label, labelList, termBadge } from './vocabBadges.js';

/** The level of the section headings: 2 on the public page (under its h1 title), 4 in the editor's preview. */
export type HeadingLevel = 2 | 4;

const sections: readonly { field: PracticeMarkdownField; heading: MessageKey }[] = [
  { field: 'challenge', heading: 'practice.challenge' },
  { field: 'description', heading: 'practice.description' },
  { field: 'implementation', heading: 'practice.implementation' },
  { field: 'resourcesNeeded', heading: 'practice.resourcesNeeded' },
  { field: 'outcomes', heading: 'practice.outcomes' },
  { field: 'difficulties', heading: 'practice.difficulties' },
  { field: 'transferConditions', heading: 'practice.transferConditions' },
  { field: 'lessons', heading: 'practice.lessons' },
];

function fact(term: string, value: SafeHtml | string | null | undefined): SafeHtml {
  if (!value || (typeof value === 'string' && value.trim() === '') || (typeof value !== 'string' && value.value === '')) return html``;
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function scaleText(page: PageContext, practice: Practice): string {
  const scale = practice.scale ?? {};
  const parts: string[] = [];
  if (scale.schools) parts.push(page.t('practice.scale.schools', { count: scale.schools }));
  if (scale.municipalities) parts.push(page.t('practice.scale.municipalities', { count: scale.municipalities }));
  if (scale.participants) parts.push(page.t('practice.scale.participants', { count: scale.participants }));
  if (scale.trainings) parts.push(page.t('practice.scale.trainings', { count: scale.trainings }));
  return parts.join(', ');
}

function dateRange(page: PageContext, practice: Practice): string {
  const start = practice.startDate ? page.date(practice.startDate) : '';
  const end = practice.endDate ? page.date(practice.endDate) : '';
  if (start && end) return `${start} – ${end}`;
  if (start) return page.t('practice.since', { date: start });
  return end;
}

function contactFact(page: PageContext, practice: Practice, mayView: boolean): SafeHtml {
  if (!practice.contact?.name && !practice.contact?.email) return html``;
  if (!mayView) {
    return fact(page.t('practice.contact'), html`<a href="/sign-in?next=${encodeURIComponent(page.url)}">${page.t('practice.contactSignIn')}</a>`);
  }
  const { name, email } = practice.contact;
  return fact(page.t('practice.contact'), html`${name ?? ''}${name && email ? html`<br>` : ''}${email ? html`<a href="mailto:${email}">${email}</a>` : ''}`);
}

function facts(page: PageContext, practice: Practice, options: RecordOptions): SafeHtml {
  const level = options.headingLevel;
  const licence = getTerm('licences', practice.licence);
  return html`<aside class="practice-facts" aria-labelledby="facts-heading">
    <h${level} id="facts-heading">${page.t('practice.facts')}</h${level}>
    <dl>
      ${fact(page.t('practice.type'), label(page, 'practiceTypes', practice.practiceType))}
      ${fact(page.t('practice.place'), [label(page, 'countries', practice.country), practice.region].filter(Boolean).join(', '))}
      ${fact(page.t('practice.organisation'), options.organisation ? organisationLink(page, options.organisation) : [practice.organisation?.name, label(page, 'ownerTypes', practice.organisation?.ownerType)].filter(Boolean).join(', '))}
      ${fact(page.t('practice.sector'), label(page, 'sectors', practice.sector))}
      ${fact(page.t('practice.levels'), labelList(page, 'educationLevels', practice.educationLevels))}
      ${fact(page.t('practice.targetGroups'), labelList(page, 'targetGroups', practice.targetGroups))}
      ${fact(page.t('practice.lifecycle'), label(page, 'lifecycleStages', practice.lifecycleStage))}
      ${fact(page.t('practice.dates'), dateRange(page, practice))}
      ${fact(page.t('practice.scale'), scaleText(page, practice))}
      ${fact('DigCompEdu', competenceBadges(page, 'digCompEdu', practice.digCompEdu))}
      ${fact('DigComp 2.2', competenceBadges(page, 'digComp', practice.digComp))}
      ${fact('SELFIE', competenceBadges(page, 'selfieAreas', practice.selfieAreas))}
      ${fact(page.t('practice.evidenceLevel'), termBadge(page, 'evidenceLevels', practice.evidenceLevel))}
      ${fact(page.t('practice.evidenceTypes'), labelList(page, 'evidenceTypes', practice.evidenceTypes))}
      ${fact(page.t('practice.licence'), licence?.url ? html`<a rel="license" href="${licence.url}">${licence.labels[page.locale]}</a>` : label(page, 'licences', practice.licence))}
      ${fact(page.t('practice.programme'), practice.programme)}
      ${fact(page.t('practice.funding'), practice.funding)}
      ${contactFact(page, practice, options.mayViewContact)}
      ${fact(page.t('practice.published'), practice.publishedAt ? page.date(practice.publishedAt) : '')}
      ${fact(page.t('practice.lastVerified'), practice.lastVerifiedAt ? page.date(practice.lastVerifiedAt) : '')}
      ${fact(page.t('practice.tags'), practice.tags?.length ? html`<ul class="tags">${practice.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : '')}
    </dl>
  </aside>`;
}

/** Each section in the shown language; a section the translation lacks is shown from the original, marked so. */
function recordSections(page: PageContext, practice: Practice, shown: ShownText, level: HeadingLevel): SafeHtml {
  const texts = [
    { language: shown.language, text: shown.text as Record<string, unknown> },
    { language: practice.originalLanguage, text: (practice.texts[practice.originalLanguage] ?? {}) as Record<string, unknown> },
  ];
  return html`${sections.map(({ field, heading }) => {
    const source = texts.find(({ text }) => typeof text[`${field}Html`] === 'string' && String(text[`${field}Html`]).trim() !== '');
    if (!source) return '';
    const fallback = source.language !== shown.language;
    return html`<section class="record-section" id="${field}" aria-labelledby="h-${field}">
      <h${level} id="h-${field}" lang="${page.locale}">${page.t(heading)}</h${level}>
      ${fallback ? html`<p class="hint" lang="${page.locale}">${page.t('practice.untranslatedSection', { language: label(page, 'languages', source.language) })}</p>` : ''}
      <div class="prose" lang="${source.language}">${raw(String(source.text[`${field}Html`]))}</div>
    </section>`;
  })}`;
}


export interface RecordOptions {
  readonly mayViewContact: boolean;
  readonly attachments: readonly ShownAttachment[];
  readonly headingLevel: HeadingLevel;
  /** The organisation record the practice belongs to, linked in the fact box (else its free-text organisation). */
  readonly organisation?: LinkedOrganisation | null;
}

/** The sections, the fact box and the attachments of a practice. */
export function practiceRecord(page: PageContext, practice: Practice, shown: ShownText, options: RecordOptions): SafeHtml {
  return html`<div class="practice-layout">
      <div class="practice-body">${recordSections(page, practice, shown, options.headingLevel)}</div>
      ${facts(page, practice, options)}
    </div>
    ${attachmentList(page, options.attachments, options.headingLevel)}`;
}

/** The practice's eyebrow, title and lead summary; the title one level above the sections. */
export function practiceTitleBlock(page: PageContext, practice: Practice, shown: ShownText, level: HeadingLevel, titleId: string): SafeHtml {
  const titleLevel = level - 1;
  return html`<p class="eyebrow">${page.t('practice.eyebrow')}${practice.practiceType ? html` · ${termLabel('practiceTypes', practice.practiceType, page.locale)}` : ''}</p>
    <h${titleLevel} id="${titleId}" lang="${shown.language}">${shown.text.title ?? practice.slug}</h${titleLevel}>
    ${shown.text.summaryHtml ? html`<div class="lead prose" lang="${shown.language}">${raw(shown.text.summaryHtml)}</div>` : ''}`;
}
