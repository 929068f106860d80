// The home page: what Praxis is, with new and featured practices, collections and communities as they exist.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { pageContext } from './pageContext.js';

export function homePages(_ctx: AppContext): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const page = pageContext(req);
    res.type('html').send(
      renderPage(page, {
        title: page.t('site.tagline'),
        description: page.t('site.tagline'),
        body: html`<section class="hero"><h1>${page.t('site.name')}</h1><p class="lead">${page.t('site.tagline')}</p></section>`,
      }),
    );
  });
  return router;
}
