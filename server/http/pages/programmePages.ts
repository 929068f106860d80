// Programmes on the web: GET /programmes (every programme with its period) and /programmes/:slug (the public page:
// description, goals, period, funding, owner and partner organisations, people in programme roles, key figures
// computed from the data, participations over time as an accessible chart, upcoming trainings, and links to the
// programme's full statistics).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listProgrammes } from '../../commands/programmes/listProgrammes.js';
import { programmeOverview, type ProgrammeFigures } from '../../commands/trainings/programmeFigures.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Programme } from '../../models/programme.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { statisticsChart } from './views/statisticsCharts.js';
import { inLanguage } from './views/planViews.js';
import { trainingCard } from './views/trainingViews.js';

const period = (page: PageContext, programme: Programme): string => `${page.date(programme.periodStart)} – ${page.date(programme.periodEnd)}`;

function keyFigures(page: PageContext, figures: ProgrammeFigures): SafeHtml {
  const count = (value: number | null) => (value === null ? page.t('stats.suppressed') : page.number(value));
  const figure = (key: MessageKey, value: string) => html`<div class="key-figure"><dt>${page.t(key)}</dt><dd>${value}</dd></div>`;
  return html`<section aria-labelledby="figures-heading"><h2 id="figures-heading">${page.t('programmePage.figures')}</h2>
    <p class="hint">${page.t('programmePage.figuresHint')}</p>
    <dl class="key-figures">
      ${figure('stats.trainingsHeld', page.number(figures.trainingsHeld))}
      ${figure('stats.participations', count(figures.participations))}
      ${figure('stats.participants', count(figures.participants))}
      ${figure('stats.organisationsReached', page.number(figures.organisationsReached))}
      ${figure('programmePage.practicesPublished', page.number(figures.practicesPublished))}
      ${figure('programmePage.plansPublished', page.number(figures.plansPublished))}
    </dl></section>`;
}

export function programmePages(ctx: AppContext): Router {
  const router = Router();

  router.get('/programmes', async (req, res) => {
    const page = pageContext(req);
    const { items } = await listProgrammes(ctx, { limit: 100 });
    const title = page.t('programmePage.listTitle');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('programmePage.listIntro')}</p>
      ${items.length
        ? html`<ul class="card-list">${items.map((programme) => {
            const name = inLanguage(programme.name, page.locale, programme.slug);
            const description = inLanguage(programme.description, page.locale);
            return html`<li><article class="card"><h2 class="card-title"><a href="/programmes/${encodeURIComponent(programme.slug)}" lang="${name.language}">${name.text}</a></h2>
              <p class="card-meta">${period(page, programme)}</p>${description.text ? html`<p lang="${description.language}">${description.text.split(/\n/)[0]}</p>` : ''}</article></li>`;
          })}</ul>`
        : html`<p>${page.t('programmePage.empty')}</p>`}`;
    res.type('html').send(renderPage(page, { title, description: page.t('programmePage.listIntro'), body, canonicalPath: '/programmes' }));
  });

  router.get('/programmes/:slug', async (req, res) => {
    const page = pageContext(req);
    const overview = await programmeOverview(ctx, req.actor, req.params.slug);
    const { programme, figures, statistics, upcoming } = overview;
    const names = await loadDisplayNames(ctx, programme.roles.map((holder) => holder.userId));
    const name = inLanguage(programme.name, page.locale, programme.slug);
    const description = inLanguage(programme.description, page.locale);
    const organisationList = (ids: Programme['ownerOrganisationIds']) =>
      html`<ul class="plain-list">${ids.map((id) => overview.organisations.get(String(id))).filter((o) => o !== undefined).map((o) => html`<li><a href="/organisations/${encodeURIComponent(o.slug)}">${o.name}</a></li>`)}</ul>`;
    const people = (role: 'advisor' | 'organiser') => programme.roles.filter((holder) => holder.role === role).map((holder) => names.get(String(holder.userId)) ?? '').filter(Boolean);
    const fact = (key: MessageKey, value: SafeHtml | string) => html`<div class="fact"><dt>${page.t(key)}</dt><dd>${value}</dd></div>`;
    const statisticsLink = `/statistics/trainings?programme=${encodeURIComponent(programme.slug)}`;
    const monitors = can(req.actor, 'programme.monitor', overview.access);
    const body = html`<article class="programme" aria-labelledby="programme-title">
      <p class="eyebrow">${page.t('programmePage.eyebrow')}</p>
      <h1 id="programme-title" lang="${name.language}">${name.text}</h1>
      ${description.text ? html`<div class="prose lead" lang="${description.language}">${description.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>` : ''}
      ${keyFigures(page, figures)}
      <div class="two-columns">
        <section aria-labelledby="about-heading"><h2 id="about-heading">${page.t('programmePage.about')}</h2><dl>
          ${fact('programmePage.period', period(page, programme))}
          ${programme.funding ? fact('programmePage.funding', programme.funding) : ''}
          ${programme.ownerOrganisationIds.length ? fact('programmePage.owners', organisationList(programme.ownerOrganisationIds)) : ''}
          ${programme.partnerOrganisationIds.length ? fact('programmePage.partners', organisationList(programme.partnerOrganisationIds)) : ''}
          ${people('organiser').length ? fact('programmePage.organisers', people('organiser').join(', ')) : ''}
          ${people('advisor').length ? fact('programmePage.advisors', people('advisor').join(', ')) : ''}
          ${programme.cohort.length ? fact('programmePage.cohort', page.number(programme.cohort.length)) : ''}
        </dl></section>
        ${programme.goals.length
          ? html`<section aria-labelledby="goals-heading"><h2 id="goals-heading">${page.t('programmePage.goals')}</h2><ol>${programme.goals.map((goal) => {
              const text = inLanguage(goal, page.locale);
              return html`<li lang="${text.language}">${text.text}</li>`;
            })}</ol></section>`
          : ''}
      </div>
      ${statisticsChart(page, statistics, 'byMonth', 'stats.overTime', `programme=${encodeURIComponent(programme.slug)}`)}
      <p><a class="button secondary" href="${statisticsLink}">${page.t('programmePage.allStatistics')}</a>${monitors ? html` <a class="button secondary" href="/programmes/${encodeURIComponent(programme.slug)}/dashboard">${page.t('programmePage.planDashboard')}</a> <a class="button secondary" href="/programmes/${encodeURIComponent(programme.slug)}/self-assessment">${page.t('sa.programmeLink')}</a> <span class="hint">${page.t('programmePage.monitorHint')}</span>` : ''}</p>
      <section aria-labelledby="upcoming-heading"><h2 id="upcoming-heading">${page.t('programmePage.upcoming')}</h2>
        ${upcoming.length ? html`<ul class="card-list">${upcoming.map((training) => html`<li>${trainingCard(page, training)}</li>`)}</ul>` : html`<p>${page.t('programmePage.noUpcoming')}</p>`}
        <p><a href="/trainings?programmeId=${String(programme._id)}&amp;when=all">${page.t('programmePage.allTrainings')}</a></p>
      </section>
    </article>`;
    res.type('html').send(renderPage(page, { title: name.text, description: description.text.slice(0, 200), body, canonicalPath: `/programmes/${programme.slug}` }));
  });

  return router;
}
