// /me/saved-searches: a person's saved searches (what each looks for, its results, alerts on or off, rename,
// delete), and the form posts that save one from the search page and change them.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { deleteSavedSearch, listSavedSearches, saveSearch, savedSearchPath, updateSavedSearch } from '../../commands/notifications/savedSearches.js';
import { searchFilterFields } from '../../commands/search/schemas.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { SavedSearch } from '../../models/savedSearch.js';
import { csrfField, pickFields, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { notificationSubNavigation } from './notificationPages.js';
import { pageContext, type PageContext } from './pageContext.js';
import { savedSearchSummary } from './views/savedSearchViews.js';

const doneMessages: Readonly<Record<string, MessageKey>> = {
  saved: 'savedSearch.saved',
  renamed: 'savedSearch.renamed',
  alerts: 'savedSearch.alertsChanged',
  deleted: 'savedSearch.deleted',
};

/** The search command's query from a search page's query string: the words, the types and the filters; the rest is left out. */
function queryOf(search: string): Record<string, unknown> {
  const params = new URLSearchParams(search);
  const query: Record<string, unknown> = { q: params.get('q') ?? '' };
  for (const name of ['type', ...Object.keys(searchFilterFields)]) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) query[name] = values;
  }
  return query;
}

function hiddenFields(page: PageContext, saved: SavedSearch, action: string): SafeHtml {
  return html`${csrfField(page)}<input type="hidden" name="id" value="${String(saved._id)}"><input type="hidden" name="action" value="${action}">`;
}

function savedSearchItem(page: PageContext, saved: SavedSearch): SafeHtml {
  const id = String(saved._id);
  return html`<li class="saved-search" id="saved-search-${id}">
    <h2><a href="${savedSearchPath(saved.query)}">${saved.name}</a></h2>
    ${savedSearchSummary(page, saved.query)}
    <p><span class="badge${saved.alerts ? ' badge-on' : ''}">${page.t(saved.alerts ? 'savedSearch.alertsOn' : 'savedSearch.alertsOff')}</span>
      · ${page.t('savedSearch.since', { date: page.date(saved.createdAt, 'short') })}</p>
    <div class="inline-list">
      <form method="post" action="/me/saved-searches" class="inline">${hiddenFields(page, saved, 'alerts')}<input type="hidden" name="alerts" value="${saved.alerts ? 'off' : 'on'}"><button type="submit" class="button">${page.t(saved.alerts ? 'savedSearch.turnOff' : 'savedSearch.turnOn')}</button></form>
      <form method="post" action="/me/saved-searches" class="inline">${hiddenFields(page, saved, 'rename')}<label for="rename-${id}" class="visually-hidden">${page.t('savedSearch.newName', { name: saved.name })}</label><input id="rename-${id}" name="name" required maxlength="80" value="${saved.name}"> <button type="submit" class="button">${page.t('savedSearch.rename')}</button></form>
      <form method="post" action="/me/saved-searches" class="inline">${hiddenFields(page, saved, 'delete')}<button type="submit" class="button danger" aria-label="${page.t('savedSearch.deleteNamed', { name: saved.name })}">${page.t('savedSearch.delete')}</button></form>
    </div></li>`;
}

export function savedSearchPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/me/saved-searches', async (req, res) => {
    const page = pageContext(req);
    const saved = await listSavedSearches(ctx, req.actor);
    const done = typeof req.query.done === 'string' ? doneMessages[req.query.done] : undefined;
    const body = html`<section class="narrow"><h1>${page.t('savedSearch.title')}</h1>${notificationSubNavigation(page)}
      ${done ? statusMessage(page.t(done)) : ''}
      <p>${page.t('savedSearch.intro')} <a href="/me/notifications#kind-savedSearch">${page.t('savedSearch.howLink')}</a></p>
      ${saved.length ? html`<ul class="saved-search-list plain-list">${saved.map((item) => savedSearchItem(page, item))}</ul>` : html`<p>${page.t('savedSearch.none')}</p>`}
    </section>`;
    res.type('html').send(renderPage(page, { title: page.t('savedSearch.title'), noIndex: true, body }));
  });

  router.post('/me/saved-searches', async (req, res) => {
    const { action, id, name, search, alerts } = pickFields(req.body, ['action', 'id', 'name', 'search', 'alerts']);
    if (action === 'save') await saveSearch(ctx, req.actor, { name: name ?? '', query: queryOf(search ?? '') });
    else if (action === 'rename') await updateSavedSearch(ctx, req.actor, id, { name: name ?? '' });
    else if (action === 'alerts') await updateSavedSearch(ctx, req.actor, id, { alerts: alerts === 'on' });
    else await deleteSavedSearch(ctx, req.actor, id);
    res.redirect(303, `/me/saved-searches?done=${action === 'save' ? 'saved' : action === 'rename' ? 'renamed' : action === 'alerts' ? 'alerts' : 'deleted'}`);
  });
  return router;
}
