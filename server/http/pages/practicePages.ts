// The practice page /practices/:slug: every section of the record, its facts and badges, attachments, related
// practices, a switch between its language versions with their provenance, and JSON-LD; old slugs redirect.
import { findItemOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { isBookmarked } from '../../commands/notifications/bookmarks.js';
import { isFollowing } from '../../commands/notifications/follows.js';
import { bookmarkButton, followButton } from './views/followButton.js';
import { Router } from 'express';
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { readyAttachments } from '../../commands/practices/practiceAttachments.js';
import { getPracticeBySlug } from '../../commands/practices/readPractices.js';
import { accessOf } from '../../commands/practices/loadPractice.js';
import type { Practice } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { citationFacts, cite } from '../../presenters/citation.js';
import { practiceJsonLd } from '../../presenters/jsonLd.js';
import { presentUpload } from '../../presenters/uploadPresenter.js';
import { getTerm } from '../../vocab/index.js';
import type { MessageKey } from '../../i18n/translate.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { relatedPractices } from '../../commands/practices/relatedPractices.js';
import { plansAdoptingPractice } from '../../commands/plans/plansAdoptingPractice.js';
import { adoptedBySection } from './views/planViews.js';
import type { ShownAttachment } from './views/attachments.js';
import { practiceRecord, practiceTitleBlock } from './views/practiceRecord.js';
import { practiceCardList } from './views/practiceCard.js';
import { reuseActions } from './views/reuseActions.js';
import { allLanguages, chooseTextAmong, type ShownText } from './views/practiceText.js';
import { updatedNote, versionHistory } from './views/practiceHistory.js';
import { publicLanguages } from '../../presenters/publicTexts.js';
import { practiceManagement } from './views/practiceManagement.js';
import { label } from './views/vocabBadges.js';

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

/** The practice's ready attachments as the record view shows them. */
export async function loadAttachments(ctx: AppContext, practice: Practice): Promise<ShownAttachment[]> {
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
    const [attachments, related, names, adopting, organisation] = await Promise.all([
      loadAttachments(ctx, practice),
      relatedPractices(ctx, practice),
      loadDisplayNames(ctx, [practice.authorId, ...(practice.changeLog ?? []).map((entry) => entry.authorId)]),
      plansAdoptingPractice(ctx, req.actor, practice._id),
      findItemOrganisation(ctx, practice.organisationId),
    ]);
    const isPublished = practice.state === 'published';
    const [following, bookmarked] = await Promise.all([isFollowing(ctx, req.actor, 'practice', String(practice._id)), isBookmarked(ctx, req.actor, 'practice', String(practice._id))]);
    const title = shown.text.title ?? practice.slug;
    const author = authorName(names, practice.authorId);
    const body = html`<article class="practice" aria-labelledby="practice-title">
      <header class="practice-header">
        ${practiceTitleBlock(page, practice, shown, 2, 'practice-title')}
        ${author ? html`<p class="byline">${page.t('practice.sharedBy', { name: author })}</p>` : ''}
        ${isPublished ? html`<div class="inline-list">${followButton(page, 'practice', String(practice._id), following)}${bookmarkButton(page, 'practice', String(practice._id), bookmarked)}</div>` : ''}
        ${isPublished ? '' : html`<p class="notice notice-warning" role="note">${page.t('practice.notPublished')}</p>`}
        ${updatedNote(page, practice)}
        ${languageVersions(page, languages, shown)}
        ${provenanceNote(page, practice, shown)}
      </header>
      ${practiceRecord(page, practice, shown, { mayViewContact: can(req.actor, 'practice.viewContact'), attachments, headingLevel: 2, organisation })}
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
