// The page shell: head with bundled assets, skip link, header with navigation and language switch, main, footer.
import { interfaceLocales } from '../../i18n/locales.js';
import { can } from '../../policies/index.js';
import { assetUrl } from './assets.js';
import { html, type SafeHtml } from './html.js';
import type { PageContext } from './pageContext.js';

export interface PageOptions {
  title: string;
  description?: string;
  body: SafeHtml;
  /** Script islands to load, by entry name (e.g. "search.js"). */
  scripts?: string[];
  /** Extra <head> content such as JSON-LD or feed links. */
  head?: SafeHtml;
  canonicalPath?: string;
  noIndex?: boolean;
}

const languageNames = { sl: 'Slovenščina', pl: 'Polski', sv: 'Svenska', en: 'English' } as const;

function withLang(url: string, lang: string): string {
  const [pathPart = '/', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  return `${pathPart}?${params.toString()}`;
}

function navigation(page: PageContext): SafeHtml {
  const link = (href: string, label: string) =>
    html`<li><a href="${href}"${page.path === href || page.path.startsWith(`${href}/`) ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const canReview = can(page.actor, 'practice.listAllStates');
  const canModerate = can(page.actor, 'moderation.viewDashboard', { moderatesCommunities: page.moderatesCommunities });
  return html`<nav aria-label="${page.t('nav.main')}"><ul class="nav">
    ${link('/practices', page.t('nav.practices'))}
    ${link('/resources', page.t('nav.resources'))}
    ${link('/collections', page.t('nav.collections'))}
    ${can(page.actor, 'collection.create') ? link('/collections/new', page.t('nav.newCollection')) : ''}
    ${link('/communities', page.t('nav.communities'))}
    ${link('/trainings', page.t('nav.trainings'))}
    ${link('/organisations', page.t('nav.organisations'))}
    ${page.user ? link('/learning', page.t('nav.learning')) : ''}
    ${page.user ? link('/self-assessment', page.t('nav.selfAssessment')) : ''}
    ${page.user ? link('/me/practices', page.t('nav.myPractices')) : ''}
    ${canReview ? link('/review', page.t('nav.review')) : ''}
    ${canModerate ? link('/moderation', page.t('nav.moderation')) : ''}
    ${can(page.actor, 'search.viewAnalytics') ? link('/statistics/search', page.t('nav.searchAnalytics')) : ''}
    ${can(page.actor, 'mail.readOutbox') ? link('/admin/mail', page.t('nav.outbox')) : ''}
  </ul></nav>`;
}

function accountArea(page: PageContext): SafeHtml {
  if (!page.user) {
    return html`<div class="account"><a href="/sign-in">${page.t('nav.signIn')}</a> <a class="button" href="/register">${page.t('nav.register')}</a></div>`;
  }
  const unread = page.unreadNotifications;
  return html`<div class="account"><a class="notification-link" href="/notifications" data-notifications${page.path === '/notifications' ? html` aria-current="page"` : ''}>${page.t('notify.nav')}
 <span class="notification-count" data-unread="${String(unread)}"${unread === 0 ? html` hidden` : ''}>${page.number(unread)}</span></a>
    <span class="notification-live visually-hidden" role="status" aria-live="polite"></span>
    <span class="who">${page.user.displayName}</span>
    <form method="post" action="/sign-out" class="inline"><input type="hidden" name="_csrf" value="${page.csrfToken}"><button type="submit" class="link">${page.t('nav.signOut')}</button></form></div>`;
}

function languageSwitch(page: PageContext): SafeHtml {
  return html`<nav class="languages" aria-label="${page.t('nav.language')}"><ul>${interfaceLocales.map(
    (code) => html`<li><a href="${withLang(page.url, code)}" hreflang="${code}" lang="${code}"${code === page.locale ? html` aria-current="true"` : ''}>${languageNames[code]}</a></li>`,
  )}</ul></nav>`;
}

export function renderPage(page: PageContext, options: PageOptions): string {
  const css = assetUrl('site.css');
  const scripts = [...(options.scripts ?? []), ...(page.user ? ['notifications.js'] : [])].map(assetUrl).filter((url): url is string => url !== null);
  return `<!doctype html>${html`<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${page.t('site.name')}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
${options.noIndex ? html`<meta name="robots" content="noindex">` : ''}
${options.canonicalPath ? html`<link rel="canonical" href="${options.canonicalPath}">` : ''}
<meta name="csrf-token" content="${page.csrfToken}">
${css ? html`<link rel="stylesheet" href="${css}">` : ''}
${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
${options.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${page.t('nav.skipToContent')}</a>
<header class="site-header">
  <a class="brand" href="/">${page.t('site.name')}</a>
  ${navigation(page)}
  <form class="site-search" role="search" action="/search" method="get">
    <label for="site-search-q" class="visually-hidden">${page.t('nav.search')}</label>
    <input id="site-search-q" type="search" name="q" autocomplete="off">
    <button type="submit">${page.t('nav.search')}</button>
  </form>
  ${accountArea(page)}
  ${languageSwitch(page)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><p>${page.t('footer.about')}</p></footer>
</body>
</html>`}`;
}
