// Collections: GET /collections (published collections, newest first) and /collections/:slug (a conference's
// write-ups in the organisers' order, grouped into its titled sections with a list of them, and the event's name, date
// and place); old slugs redirect, drafts are 404.
import type { VisibleItem } from '../../commands/shared/visibleItems.js';
import { sectionTitle, type SectionGroup } from '../../commands/collections/collectionSections.js';
import { visibleItemGroups } from '../../commands/collections/collectionViews.js';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listCollections } from '../../commands/collections/listCollections.js';
import { collectionAccessOf, findVisibleCollection } from '../../commands/collections/loadCollection.js';
import { can } from '../../policies/index.js';
import type { Collection } from '../../models/collection.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { readOffset } from './browsePages.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { feedAndExportLinks } from './views/feedLinks.js';
import { pageContext, type PageContext } from './pageContext.js';
import { pagination, resultRange } from './views/pagination.js';
import { practiceCard } from './views/practiceCard.js';
import { resourceCard } from './views/resourceCard.js';
import { cardTitle } from './views/cardTitle.js';

const pageSize = 20;

/** The title (and its language) in the reader's language where the collection has one, else its first. */
function titleOf(collection: Pick<Collection, 'title' | 'slug'>, locale: string): { language: string; text: string } {
  const entries = Object.entries(collection.title ?? {}).filter(([, text]) => text);
  const [language, text] = entries.find(([lang]) => lang === locale) ?? entries[0] ?? [locale, collection.slug];
  return { language, text };
}

function eventLine(page: PageContext, collection: Collection): string {
  const event = collection.event;
  if (!event) return '';
  return [event.name, event.date ? page.date(event.date) : '', event.place].filter(Boolean).join(' · ');
}

export function collectionCard(page: PageContext, collection: Collection, headingLevel: 2 | 3 = 2): SafeHtml {
  const title = titleOf(collection, page.locale);
  const link = html`<a href="/collections/${encodeURIComponent(collection.slug)}" lang="${title.language}">${title.text}</a>`;
  return html`<article class="card card-collection">
    ${cardTitle(headingLevel, link)}
    ${collection.event ? html`<p class="card-meta">${eventLine(page, collection)}</p>` : ''}
    <p class="card-meta">${page.t('collections.itemCount', { count: collection.items.length })}</p>
  </article>`;
}

function itemList(page: PageContext, items: readonly VisibleItem[], headingLevel: 3 | 4): SafeHtml {
  return html`<ol class="collection-items">${items.map(
    (item) => html`<li>${item.type === 'practice' ? practiceCard(page, item.doc, headingLevel) : resourceCard(page, item.doc, headingLevel)}</li>`,
  )}</ol>`;
}

/** The items, each section under its own heading, with a list of the sections when there are several. */
function sectionedItems(page: PageContext, groups: readonly SectionGroup<VisibleItem>[]): SafeHtml {
  const sections = groups.flatMap((group) => (group.section ? [group.section] : []));
  if (sections.length === 0) return itemList(page, groups[0]?.items ?? [], 3);
  const anchor = (id: string): string => `section-${id}`;
  return html`${sections.length > 1 ? html`<nav class="collection-sections" aria-label="${page.t('collections.sections')}"><ul class="inline-list">${sections.map((section) => {
    const title = sectionTitle(section, page.locale);
    return html`<li><a href="#${anchor(section.id)}" lang="${title.language}">${title.text}</a></li>`;
  })}</ul></nav>` : ''}
    ${groups.map((group) => {
      if (!group.section) return itemList(page, group.items, 3);
      const title = sectionTitle(group.section, page.locale);
      return html`<section class="collection-section" id="${anchor(group.section.id)}" aria-labelledby="${anchor(group.section.id)}-title">
        <h3 id="${anchor(group.section.id)}-title" lang="${title.language}">${title.text}</h3>
        ${itemList(page, group.items, 4)}
      </section>`;
    })}`;
}

export function collectionPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/collections', async (req, res) => {
    const page = pageContext(req);
    const { items, page: list } = await listCollections(ctx, req.actor, { offset: readOffset(req.query), limit: pageSize });
    const title = page.t('collections.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('collections.intro')}</p>
      <p class="results-count">${resultRange(page, list)}</p>
      <ul class="card-list">${items.map((collection) => html`<li>${collectionCard(page, collection)}</li>`)}</ul>
      ${pagination(page, list)}`;
    res.type('html').send(renderPage(page, { title, description: page.t('collections.intro'), body, canonicalPath: '/collections' }));
  });

  router.get('/collections/:slug', async (req, res) => {
    const page = pageContext(req);
    const found = await findVisibleCollection(ctx, req.actor, req.params.slug);
    if (found.moved) {
      res.redirect(301, `/collections/${encodeURIComponent(found.doc.slug)}`);
      return;
    }
    const collection = found.doc;
    const title = titleOf(collection, page.locale);
    const introduction = collection.introductionHtml?.[title.language] ?? Object.values(collection.introductionHtml ?? {})[0] ?? '';
    const [groups, names] = await Promise.all([visibleItemGroups(ctx, req.actor, collection), loadDisplayNames(ctx, collection.organiserIds)]);
    const organisers = collection.organiserIds.map((id) => names.get(String(id))).filter(Boolean).join(', ');
    const body = html`<article class="collection" aria-labelledby="collection-title">
      <p class="eyebrow">${page.t('collections.eyebrow')}</p>
      <h1 id="collection-title" lang="${title.language}">${title.text}</h1>
      ${can(req.actor, 'collection.update', collectionAccessOf(collection)) ? html`<p class="page-actions"><a class="button" href="/collections/${String(collection._id)}/edit">${page.t('collections.edit')}</a></p>` : ''}
      ${collection.state === 'published' ? '' : html`<p class="notice notice-warning" role="note">${page.t('collections.notPublished')}</p>`}
      ${
        collection.event
          ? html`<dl class="event-facts">
          <div class="fact"><dt>${page.t('collections.event')}</dt><dd>${collection.event.name}</dd></div>
          ${collection.event.date ? html`<div class="fact"><dt>${page.t('practice.dates')}</dt><dd><time datetime="${collection.event.date}">${page.date(collection.event.date)}</time></dd></div>` : ''}
          ${collection.event.place ? html`<div class="fact"><dt>${page.t('practice.place')}</dt><dd>${collection.event.place}</dd></div>` : ''}
          ${organisers ? html`<div class="fact"><dt>${page.t('collections.organisers')}</dt><dd>${organisers}</dd></div>` : ''}
        </dl>`
          : ''
      }
      ${introduction ? html`<div class="prose lead" lang="${title.language}">${raw(introduction)}</div>` : ''}
      <section aria-labelledby="items-heading"><h2 id="items-heading">${page.t('collections.items')}</h2>
        ${groups.length ? sectionedItems(page, groups) : html`<p>${page.t('collections.empty')}</p>`}
        ${groups.length ? feedAndExportLinks(page, { exportPath: `/collections/${collection.slug}/export` }) : ''}
      </section>
    </article>`;
    res.type('html').send(
      renderPage(page, { title: title.text, body, canonicalPath: `/collections/${collection.slug}`, noIndex: collection.state !== 'published' }),
    );
  });

  return router;
}
