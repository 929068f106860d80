// The resource library: GET /resources (kind and language filters, sort, pages; a plain GET form) and the
// resource page /resources/:slug (description, link or file, competences, related practices); old slugs redirect.
import { isBookmarked } from '../../commands/notifications/bookmarks.js';
import { isFollowing } from '../../commands/notifications/follows.js';
import { bookmarkButton, followButton } from './views/followButton.js';
import { visibleItems } from '../../commands/shared/visibleItems.js';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listResources } from '../../commands/resources/listResources.js';
import { findVisibleResource } from '../../commands/resources/loadResource.js';
import { findItemOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { readyResourceFile } from '../../commands/resources/resourceFile.js';
import { presentUpload } from '../../presenters/uploadPresenter.js';
import { getTerm, isTerm, termIds, type VocabularyId } from '../../vocab/index.js';
import { readOffset } from './browsePages.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { attachmentList } from './views/attachments.js';
import { organisationLink } from './views/organisationLink.js';
import { pagination, resultRange } from './views/pagination.js';
import { practiceCardList } from './views/practiceCard.js';
import { resourceCardList } from './views/resourceCard.js';
import { competenceBadges, label } from './views/vocabBadges.js';

const pageSize = 20;

function filterSelect(page: PageContext, name: string, legend: string, vocab: VocabularyId, selected: string | undefined, ids: readonly string[]): SafeHtml {
  return html`<div class="field"><label for="r-${name}">${legend}</label>
    <select id="r-${name}" name="${name}"><option value="">${page.t('resources.any')}</option>${ids.map(
      (id) => html`<option value="${id}"${id === selected ? html` selected` : ''}>${label(page, vocab, id)}</option>`,
    )}</select></div>`;
}

function pickTerm(vocab: VocabularyId, value: unknown): string | undefined {
  return isTerm(vocab, value) ? value : undefined;
}

function fact(term: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

export function resourcePages(ctx: AppContext): Router {
  const router = Router();

  router.get('/resources', async (req, res) => {
    const page = pageContext(req);
    const kind = pickTerm('resourceKinds', req.query.kind);
    const language = pickTerm('languages', req.query.language);
    const sort = req.query.sort === 'title' ? 'title' : 'newest';
    const result = await listResources(ctx, req.actor, {
      ...(kind ? { kind } : {}),
      ...(language ? { language } : {}),
      sort,
      offset: readOffset(req.query),
      limit: pageSize,
    });
    const title = page.t('resources.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('resources.intro')}</p>
      <div class="with-sidebar">
        <form class="filters" method="get" action="/resources" aria-labelledby="filters-heading">
          <h2 id="filters-heading">${page.t('facets.heading')}</h2>
          ${filterSelect(page, 'kind', page.t('resources.kind'), 'resourceKinds', kind, termIds('resourceKinds'))}
          ${filterSelect(page, 'language', page.t('facets.language'), 'languages', language, termIds('languages'))}
          <div class="field"><label for="r-sort">${page.t('browse.sort')}</label><select id="r-sort" name="sort">
            <option value="newest"${sort === 'newest' ? html` selected` : ''}>${page.t('browse.sort.newest')}</option>
            <option value="title"${sort === 'title' ? html` selected` : ''}>${page.t('browse.sort.title')}</option></select></div>
          <div class="form-actions"><button type="submit">${page.t('facets.apply')}</button> <a href="/resources">${page.t('facets.clear')}</a></div>
        </form>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="results-count">${resultRange(page, result.page)}</h2>
          ${result.items.length ? resourceCardList(page, result.items) : html`<p>${page.t('resources.none')}</p>`}
          ${pagination(page, result.page)}
        </section>
      </div>`;
    res.type('html').send(renderPage(page, { title, description: page.t('resources.intro'), body, canonicalPath: '/resources' }));
  });

  router.get('/resources/:slug', async (req, res) => {
    const page = pageContext(req);
    const found = await findVisibleResource(ctx, req.actor, req.params.slug);
    if (found.moved) {
      res.redirect(301, `/resources/${encodeURIComponent(found.doc.slug)}`);
      return;
    }
    const resource = found.doc;
    const [file, relatedDocs, organisation] = await Promise.all([
      readyResourceFile(ctx, resource),
      visibleItems(ctx, req.actor, resource.relatedPracticeIds.map((id) => ({ type: 'practice' as const, id }))),
      findItemOrganisation(ctx, resource.organisationId),
    ]);
    const [following, bookmarked] = await Promise.all([isFollowing(ctx, req.actor, 'resource', String(resource._id)), isBookmarked(ctx, req.actor, 'resource', String(resource._id))]);
    const related = relatedDocs.flatMap((item) => (item.type === 'practice' ? [item.doc] : []));
    const licence = getTerm('licences', resource.licence);
    const body = html`<article class="resource" aria-labelledby="resource-title">
      <p class="eyebrow">${page.t('resources.eyebrow')} · ${label(page, 'resourceKinds', resource.kind)}</p>
      <h1 id="resource-title" lang="${resource.language}">${resource.title}</h1>
      ${resource.state === 'published' ? html`<div class="inline-list">${followButton(page, 'resource', String(resource._id), following)}${bookmarkButton(page, 'resource', String(resource._id), bookmarked)}</div>` : html`<p class="notice notice-warning" role="note">${page.t('resources.notPublished')}</p>`}
      <div class="practice-layout">
        <div class="prose" lang="${resource.language}">${raw(resource.descriptionHtml)}
          ${resource.url ? html`<p><a class="button" href="${resource.url}" rel="noopener nofollow">${page.t('resources.open')}</a></p>` : ''}
        </div>
        <aside class="practice-facts" aria-labelledby="facts-heading"><h2 id="facts-heading">${page.t('practice.facts')}</h2><dl>
          ${fact(page.t('resources.kind'), label(page, 'resourceKinds', resource.kind))}
          ${fact(page.t('facets.language'), label(page, 'languages', resource.language))}
          ${organisation ? fact(page.t('practice.organisation'), organisationLink(page, organisation)) : ''}
          ${fact(page.t('practice.licence'), licence?.url ? html`<a rel="license" href="${licence.url}">${licence.labels[page.locale]}</a>` : label(page, 'licences', resource.licence))}
          ${resource.digCompEdu?.length ? fact('DigCompEdu', competenceBadges(page, 'digCompEdu', resource.digCompEdu)) : ''}
          ${resource.digComp?.length ? fact('DigComp 2.2', competenceBadges(page, 'digComp', resource.digComp)) : ''}
          ${resource.publishedAt ? fact(page.t('practice.published'), page.date(resource.publishedAt)) : ''}
          ${resource.tags?.length ? fact(page.t('practice.tags'), html`<ul class="tags">${resource.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`) : ''}
        </dl></aside>
      </div>
      ${file ? attachmentList(page, [{ upload: presentUpload(file), licence: resource.licence }]) : ''}
    </article>
    ${related.length ? html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${page.t('resources.relatedPractices')}</h2>${practiceCardList(page, related)}</section>` : ''}`;
    res.type('html').send(
      renderPage(page, {
        title: resource.title,
        description: resource.excerpt || page.t('resources.intro'),
        body,
        canonicalPath: `/resources/${resource.slug}`,
        noIndex: resource.state !== 'published',
      }),
    );
  });

  return router;
}
