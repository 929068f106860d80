// The home page: what Praxis is, a search box, counts, featured and new practices, collections and communities; all
// of it the same for every reader, so it is read once per change of public content.
import { Router } from 'express';
import { anonymous, type AppContext } from '../../context.js';
import { keptPublicRead } from '../../commands/shared/publicReads.js';
import { listCommunities } from '../../commands/communities/listCommunities.js';
import { listCollections } from '../../commands/collections/listCollections.js';
import { collectionCard } from './collectionPages.js';
import { communityCard } from './communityPages.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { pageContext } from './pageContext.js';
import { countPublishedPractices, newestPractices } from '../../commands/practices/browsePractices.js';
import { feedAndExportLinks, feedHeadLinks } from './views/feedLinks.js';
import { practiceCardList } from './views/practiceCard.js';

export function homePages(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const page = pageContext(req);
    const [featured, newest, practiceCount, communities, collections] = await keptPublicRead(ctx, 'home', () =>
      Promise.all([
        newestPractices(ctx, 3, true),
        newestPractices(ctx, 6),
        countPublishedPractices(ctx),
        listCommunities(ctx, anonymous, { offset: 0, limit: 6 }),
        listCollections(ctx, anonymous, { offset: 0, limit: 3 }),
      ]),
    );
    const body = html`<section class="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">${page.t('site.name')}</h1>
        <p class="lead">${page.t('site.tagline')}</p>
        <form class="hero-search" role="search" action="/search" method="get">
          <label for="home-q">${page.t('home.searchLabel')}</label>
          <div class="search-row"><input id="home-q" type="search" name="q" autocomplete="off" placeholder="${page.t('home.searchPlaceholder')}">
          <button type="submit">${page.t('nav.search')}</button></div>
        </form>
        <ul class="stats">
          <li><a href="/practices"><strong>${page.number(practiceCount)}</strong> ${page.t('home.practiceCount')}</a></li>
          <li><a href="/communities"><strong>${page.number(communities.page.total)}</strong> ${page.t('home.communityCount')}</a></li>
        </ul>
      </section>
      ${featured.length ? html`<section aria-labelledby="featured-heading"><h2 id="featured-heading">${page.t('home.featured')}</h2>${practiceCardList(page, featured)}</section>` : ''}
      <section aria-labelledby="new-heading"><h2 id="new-heading">${page.t('home.newest')}</h2>
        ${newest.length ? practiceCardList(page, newest) : html`<p>${page.t('browse.none')}</p>`}
        <p><a class="more" href="/practices">${page.t('home.allPractices')}</a></p>
        ${feedAndExportLinks(page, { feedQuery: '' })}</section>
      ${
        collections.items.length
          ? html`<section aria-labelledby="collections-heading"><h2 id="collections-heading">${page.t('home.collections')}</h2>
          <ul class="card-list">${collections.items.map((collection) => html`<li>${collectionCard(page, collection, 3)}</li>`)}</ul>
          <p><a class="more" href="/collections">${page.t('home.allCollections')}</a></p></section>`
          : ''
      }
      ${
        communities.items.length
          ? html`<section aria-labelledby="communities-heading"><h2 id="communities-heading">${page.t('home.communities')}</h2>
          <ul class="card-list">${communities.items.map(({ community }) => html`<li>${communityCard(page, community, 3)}</li>`)}</ul>
          <p><a class="more" href="/communities">${page.t('home.allCommunities')}</a></p></section>`
          : ''
      }`;
    res.type('html').send(renderPage(page, { title: page.t('site.tagline'), description: page.t('site.tagline'), body, canonicalPath: '/', head: feedHeadLinks(page) }));
  });
  return router;
}
