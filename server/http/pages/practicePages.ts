// The practice page /practices/:slug: every section of the record, its facts and badges, attachments, related
// practices, a switch between its language versions with their provenance, and JSON-LD; old slugs redirect.
import { isBookmarked } from '../../commands/notifications/bookmarks.js';
import { isFollowing } from '../../commands/notifications/follows.js';
import { bookmarkButton, followButton } from './views/followButton.js';
import { Router } from 'express';
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { readyAttachments } from '../../commands/practices/practiceAttachments.js';
import { getPracticeBySlug } from '../../commands/practices/readPractices.js';
import { accessOf } from '../../commands/practices/loadPractice.js';
import type { Practice, PracticeMarkdownField } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { citationFacts, cite } from '../../presenters/citation.js';
import { practiceJsonLd } from '../../presenters/jsonLd.js';
import { presentUpload } from '../../presenters/uploadPresenter.js';
import { getTerm, termLabel } from '../../vocab/index.js';
import type { MessageKey } from '../../i18n/translate.js';
import { html, jsonForScript, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { relatedPractices } from '../../commands/practices/relatedPractices.js';
import { plansAdoptingPractice } from '../../commands/plans/plansAdoptingPractice.js';
import { adoptedBySection } from './views/planViews.js';
import { attachmentList, type ShownAttachment } from './views/attachments.js';
import { practiceCardList } from './views/practiceCard.js';
import { reuseActions } from './views/reuseActions.js';
import { allLanguages, chooseTextAmong, type ShownText } from './views/practiceText.js';
import { updatedNote, versionHistory } from './views/practiceHistory.js';
import { publicLanguages } from '../../presenters/publicTexts.js';
import { practiceManagement } from './views/practiceManagement.js';
import { competenceBadges, label, labelList, termBadge } from './views/vocabBadges.js';

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

function provenanceNote(page: PageContext, practice: Practice, shown: ShownText): SafeHtml {
  const { provenance, reviewed, translator } = shown.text;
  if (shown.language === practice.originalLanguage || provenance === 'original') return html``;
  const original = label(page, 'languages', practice.originalLanguage);
  const key: MessageKey =
    provenance === 'machine' ? (reviewed ? 'practice.provenance.machineReviewed' : 'practice.provenance.machine') : 'practice.provenance.human';
  return html`<p class="notice notice-info" role="note">${page.t(key, { language: original })}
    ${translator ? page.t('practice.translatedBy', { name: translator }) : ''}
    ${reviewed ? '' : page.t('practice.provenance.unreviewed')}
    <a href="?text=${practice.originalLanguage}" hreflang="${practice.originalLanguage}">${page.t('practice.readOriginal')}</a></p>`;
}

function languageVersions(page: PageContext, languages: readonly string[], shown: ShownText): SafeHtml {
  if (languages.length < 2) return html``;
  return html`<nav class="text-languages" aria-label="${page.t('practice.languageVersions')}"><span>${page.t('practice.languageVersions')}:</span>
    <ul>${languages.map(
      (language) =>
        html`<li><a href="?text=${language}" hreflang="${language}"${language === shown.language ? html` aria-current="true"` : ''}>${label(page, 'languages', language)}</a></li>`,
    )}</ul></nav>`;
}

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

function facts(page: PageContext, practice: Practice, mayViewContact: boolean): SafeHtml {
  const licence = getTerm('licences', practice.licence);
  return html`<aside class="practice-facts" aria-labelledby="facts-heading">
    <h2 id="facts-heading">${page.t('practice.facts')}</h2>
    <dl>
      ${fact(page.t('practice.type'), label(page, 'practiceTypes', practice.practiceType))}
      ${fact(page.t('practice.place'), [label(page, 'countries', practice.country), practice.region].filter(Boolean).join(', '))}
      ${fact(page.t('practice.organisation'), [practice.organisation?.name, label(page, 'ownerTypes', practice.organisation?.ownerType)].filter(Boolean).join(', '))}
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
      ${contactFact(page, practice, mayViewContact)}
      ${fact(page.t('practice.published'), practice.publishedAt ? page.date(practice.publishedAt) : '')}
      ${fact(page.t('practice.lastVerified'), practice.lastVerifiedAt ? page.date(practice.lastVerifiedAt) : '')}
      ${fact(page.t('practice.tags'), practice.tags?.length ? html`<ul class="tags">${practice.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : '')}
    </dl>
  </aside>`;
}

/** Each section in the shown language; a section the translation lacks is shown from the original, marked so. */
function recordSections(page: PageContext, practice: Practice, shown: ShownText): SafeHtml {
  const texts = [
    { language: shown.language, text: shown.text as Record<string, unknown> },
    { language: practice.originalLanguage, text: (practice.texts[practice.originalLanguage] ?? {}) as Record<string, unknown> },
  ];
  return html`${sections.map(({ field, heading }) => {
    const source = texts.find(({ text }) => typeof text[`${field}Html`] === 'string' && String(text[`${field}Html`]).trim() !== '');
    if (!source) return '';
    const fallback = source.language !== shown.language;
    return html`<section class="record-section" id="${field}" aria-labelledby="h-${field}">
      <h2 id="h-${field}" lang="${page.locale}">${page.t(heading)}</h2>
      ${fallback ? html`<p class="hint" lang="${page.locale}">${page.t('practice.untranslatedSection', { language: label(page, 'languages', source.language) })}</p>` : ''}
      <div class="prose" lang="${source.language}">${raw(String(source.text[`${field}Html`]))}</div>
    </section>`;
  })}`;
}

async function loadAttachments(ctx: AppContext, practice: Practice): Promise<ShownAttachment[]> {
  return (await readyAttachments(ctx, practice)).map(({ upload, attachment }) => ({
    upload: presentUpload(upload),
    licence: attachment.licence,
    ...(attachment.caption ? { caption: attachment.caption } : {}),
    ...(attachment.alt ? { alt: attachment.alt } : {}),
  }));
}

function authorName(names: ReadonlyMap<string, string>, id: Types.ObjectId): string | null {
  return names.get(String(id)) ?? null;
}

function reusePanel(page: PageContext, practice: Practice, shown: ShownText, author: string | null, publicUrl: string): SafeHtml {
  const facts = citationFacts(practice, shown.language, author, publicUrl);
  const licence = getTerm('licences', practice.licence);
  return reuseActions(page, {
    title: facts.title,
    url: facts.url,
    pdfPath: `/practices/${practice.slug}/pdf?text=${encodeURIComponent(shown.language)}`,
    languageName: label(page, 'languages', shown.language),
    licence: { label: licence?.labels[page.locale] ?? practice.licence, url: licence?.url ?? null },
    citation: cite(facts, new Date()),
  });
}

export function practicePages(ctx: AppContext): Router {
  const router = Router();

  router.get('/practices/:slug', async (req, res) => {
    const page = pageContext(req);
    const found = await getPracticeBySlug(ctx, req.actor, req.params.slug);
    if ('redirectTo' in found) {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(301, `/practices/${encodeURIComponent(found.redirectTo)}${query}`);
      return;
    }
    const { practice } = found;
    const wanted = typeof req.query.text === 'string' ? req.query.text : undefined;
    const internals = can(req.actor, 'practice.viewInternals', accessOf(practice));
    const languages = internals ? allLanguages(practice) : publicLanguages(practice);
    const shown = chooseTextAmong(practice, languages, wanted, page.locale);
    const [attachments, related, names, adopting] = await Promise.all([
      loadAttachments(ctx, practice),
      relatedPractices(ctx, practice),
      loadDisplayNames(ctx, [practice.authorId, ...(practice.changeLog ?? []).map((entry) => entry.authorId)]),
      plansAdoptingPractice(ctx, req.actor, practice._id),
    ]);
    const isPublished = practice.state === 'published';
    const [following, bookmarked] = await Promise.all([isFollowing(ctx, req.actor, 'practice', String(practice._id)), isBookmarked(ctx, req.actor, 'practice', String(practice._id))]);
    const title = shown.text.title ?? practice.slug;
    const author = authorName(names, practice.authorId);
    const body = html`<article class="practice" aria-labelledby="practice-title">
      <header class="practice-header">
        <p class="eyebrow">${page.t('practice.eyebrow')}${practice.practiceType ? html` · ${termLabel('practiceTypes', practice.practiceType, page.locale)}` : ''}</p>
        <h1 id="practice-title" lang="${shown.language}">${title}</h1>
        ${shown.text.summaryHtml ? html`<div class="lead prose" lang="${shown.language}">${raw(shown.text.summaryHtml)}</div>` : ''}
        ${author ? html`<p class="byline">${page.t('practice.sharedBy', { name: author })}</p>` : ''}
        ${isPublished ? html`<div class="inline-list">${followButton(page, 'practice', String(practice._id), following)}${bookmarkButton(page, 'practice', String(practice._id), bookmarked)}</div>` : ''}
        ${isPublished ? '' : html`<p class="notice notice-warning" role="note">${page.t('practice.notPublished')}</p>`}
        ${updatedNote(page, practice)}
        ${languageVersions(page, languages, shown)}
        ${provenanceNote(page, practice, shown)}
      </header>
      <div class="practice-layout">
        <div class="practice-body">${recordSections(page, practice, shown)}</div>
        ${facts(page, practice, can(req.actor, 'practice.viewContact'))}
      </div>
      ${attachmentList(page, attachments)}
      ${adoptedBySection(page, adopting)}
      ${practiceManagement(page, req.actor, practice)}
      ${isPublished ? reusePanel(page, practice, shown, author, ctx.config.publicUrl) : ''}
      ${versionHistory(page, practice, names)}
    </article>
    ${related.length ? html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${page.t('practice.related')}</h2>${practiceCardList(page, related)}</section>` : ''}`;
    res.type('html').send(
      renderPage(page, {
        title,
        description: shown.text.excerpt ?? page.t('site.tagline'),
        body,
        canonicalPath: `/practices/${practice.slug}`,
        noIndex: !isPublished,
        head: isPublished ? html`<script type="application/ld+json">${jsonForScript(practiceJsonLd(practice, ctx.config.publicUrl, author))}</script>` : undefined,
      }),
    );
  });

  return router;
}
