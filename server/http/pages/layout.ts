// The page shell: head with bundled assets, skip link, header (brand, search, account menu, language switch, the
// site's sections), main, footer.
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

function isCurrent(page: PageContext, href: string): boolean {
  return page.path === href || page.path.startsWith(`${href}/`);
}

function navLink(page: PageContext, href: string, label: string): SafeHtml {
  return html`<li><a href="${href}"${isCurrent(page, href) ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

/** The sections of the site, the same for every reader (self-assessment needs an account). */
function navigation(page: PageContext): SafeHtml {
  return html`<nav class="site-nav" aria-label="${page.t('nav.main')}"><ul class="nav">
    ${navLink(page, '/practices', page.t('nav.practices'))}
    ${navLink(page, '/resources', page.t('nav.resources'))}
    ${navLink(page, '/collections', page.t('nav.collections'))}
    ${navLink(page, '/communities', page.t('nav.communities'))}
    ${navLink(page, '/trainings', page.t('nav.trainings'))}
    ${navLink(page, '/programmes', page.t('nav.programmes'))}
    ${navLink(page, '/organisations', page.t('nav.organisations'))}
    ${page.user ? navLink(page, '/self-assessment', page.t('nav.selfAssessment')) : ''}
  </ul></nav>`;
}

/** A signed-in person's own places and the work their roles give them, folded under their name. */
function accountMenu(page: PageContext, displayName: string): SafeHtml {
  const canModerate = can(page.actor, 'moderation.viewDashboard', { moderatesCommunities: page.moderatesCommunities });
  const work = [
    can(page.actor, 'collection.create') ? navLink(page, '/collections/new', page.t('nav.newCollection')) : '',
    can(page.actor, 'practice.listAllStates') ? navLink(page, '/review', page.t('nav.review')) : '',
    canModerate ? navLink(page, '/moderation', page.t('nav.moderation')) : '',
    can(page.actor, 'search.viewAnalytics') ? navLink(page, '/statistics/search', page.t('nav.searchAnalytics')) : '',
    can(page.actor, 'mail.readOutbox') ? navLink(page, '/admin/mail', page.t('nav.outbox')) : '',
  ].filter((item) => item !== '');
  return html`<details class="account-menu">
    <summary><span class="visually-hidden">${page.t('nav.accountMenu')}: </span><span class="who">${displayName}</span></summary>
    <nav aria-label="${page.t('nav.accountMenu')}"><ul>
      ${navLink(page, '/me/practices', page.t('nav.myPractices'))}
      ${navLink(page, '/learning', page.t('nav.learning'))}
      ${navLink(page, '/me/follows', page.t('notify.followsLink'))}
      ${navLink(page, '/me/notifications', page.t('notify.settingsLink'))}
      ${navLink(page, '/me', page.t('account.me.title'))}
      ${work.length ? html`<li class="menu-separator" role="separator"></li>${work}` : ''}
      <li class="menu-separator" role="separator"></li>
      <li><form method="post" action="/sign-out"><input type="hidden" name="_csrf" value="${page.csrfToken}"><button type="submit" class="link">${page.t('nav.signOut')}</button></form></li>
    </ul></nav>
  </details>`;
}

function accountArea(page: PageContext): SafeHtml {
  if (!page.user) {
    return html`<div class="account"><a href="/sign-in">${page.t('nav.signIn')}</a> <a class="button" href="/register">${page.t('nav.register')}</a></div>`;
  }
  const unread = page.unreadNotifications;
  return html`<div class="account"><a class="notification-link" href="/notifications" data-notifications${page.path === '/notifications' ? html` aria-current="page"` : ''}>${page.t('notify.nav')}
 <span class="notification-count" data-unread="${String(unread)}"${unread === 0 ? html` hidden` : ''}>${page.number(unread)}</span></a>
    <span class="notification-live visually-hidden" role="status" aria-live="polite"></span>
    ${accountMenu(page, page.user.displayName)}</div>`;
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
  <form class="site-search" role="search" action="/search" method="get">
    <label for="site-search-q" class="visually-hidden">${page.t('nav.search')}</label>
    <input id="site-search-q" type="search" name="q" autocomplete="off">
    <button type="submit">${page.t('nav.search')}</button>
  </form>
  ${accountArea(page)}
  ${languageSwitch(page)}
  ${navigation(page)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><p>${page.t('footer.about')}</p></footer>
</body>
</html>`}`;
}
