// The personal and organiser pages of trainings: GET /learning (my registrations, upcoming sessions, completions
// with hours per competence, certificates, calendar feed), /certificates and /certificates/:code (public
// verification), and /trainings/:slug/manage (participants, waiting list, attendance per session, feedback).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { verifyCertificate } from '../../commands/trainings/certificates.js';
import { feedbackSummary } from '../../commands/trainings/feedback.js';
import { completedUserIds, listRegistrations } from '../../commands/trainings/listRegistrations.js';
import { findVisibleTraining, trainingAccessOf } from '../../commands/trainings/loadTraining.js';
import { markAttendance } from '../../commands/trainings/markAttendance.js';
import { calendarToken, myLearning } from '../../commands/trainings/myLearning.js';
import { cancelTraining } from '../../commands/trainings/cancelTraining.js';
import { AppError } from '../../errors.js';
import type { Training } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { trainingErrorMessage } from './trainingPages.js';
import { label } from './views/vocabBadges.js';
import { sessionTimes, titleOf } from './views/trainingViews.js';

const trainingLink = (page: PageContext, training: Pick<Training, 'slug' | 'title'>): SafeHtml => {
  const title = titleOf(training, page.locale);
  return html`<a href="/trainings/${encodeURIComponent(training.slug)}" lang="${title.language}">${title.text}</a>`;
};

function competenceName(page: PageContext, competence: string): string {
  const [vocab, id] = competence.split(':') as ['digCompEdu' | 'digComp', string];
  return `${vocab === 'digComp' ? 'DigComp' : 'DigCompEdu'} ${id} ${label(page, vocab, id)}`;
}

async function learningPage(ctx: AppContext, req: Request): Promise<string> {
  const page = pageContext(req);
  const overview = await myLearning(ctx, req.actor);
  const feedUrl = `${ctx.config.publicUrl.replace(/\/$/, '')}/api/calendar/${calendarToken(ctx, req.actor)}`;
  const title = page.t('learning.title');
  const body = html`<h1>${title}</h1><p class="lead">${page.t('learning.intro')}</p>
    <section aria-labelledby="upcoming-heading"><h2 id="upcoming-heading">${page.t('learning.upcoming')}</h2>
      ${overview.upcoming.length ? html`<ul class="session-list">${overview.upcoming.map(({ training, session }) => html`<li>${trainingLink(page, training)}${session.title ? `: ${session.title}` : ''} · <time datetime="${session.startsAt.toISOString()}">${sessionTimes(page, session)}</time> · <a href="/api/trainings/${String(training._id)}/sessions/${String(session._id)}/ics" download>${page.t('trainings.addToCalendar')}</a></li>`)}</ul>` : html`<p>${page.t('learning.noUpcoming')}</p>`}
      <h3>${page.t('learning.calendarFeed')}</h3><p class="hint" id="feed-hint">${page.t('learning.calendarFeedHint')}</p>
      <p><input type="text" readonly value="${feedUrl}" aria-label="${page.t('learning.calendarFeed')}" aria-describedby="feed-hint" class="copy-field"></p>
    </section>
    <section aria-labelledby="registrations-heading"><h2 id="registrations-heading">${page.t('learning.registrations')}</h2>
      ${overview.registrations.length ? html`<ul>${overview.registrations.map(({ registration, training, waitingPosition }) => html`<li>${trainingLink(page, training)}: ${registration.state === 'waiting' ? page.t('trainings.status.waiting', { position: page.number(waitingPosition ?? 1) }) : page.t('trainings.status.registered')}</li>`)}</ul>` : html`<p>${page.t('learning.noRegistrations')}</p>`}
    </section>
    <section aria-labelledby="completed-heading"><h2 id="completed-heading">${page.t('learning.completed')}</h2>
      ${overview.completed.length ? html`<p>${page.t('learning.hoursTotal', { hours: page.number(overview.totalHours) })}</p>
        <table class="table"><caption>${page.t('learning.completed')}</caption><thead><tr><th scope="col">${page.t('certificate.training')}</th><th scope="col">${page.t('certificate.date')}</th><th scope="col">${page.t('learning.hours')}</th><th scope="col">${page.t('learning.certificate')}</th></tr></thead>
        <tbody>${overview.completed.map(({ participation, training }) => html`<tr><td>${trainingLink(page, training)}</td><td>${page.date(participation.completedAt)}</td><td>${page.number(participation.hours)}</td><td><a href="/api/trainings/${String(training._id)}/certificate">${page.t('learning.certificate')}</a> (<a href="/certificates/${participation.certificateCode}">${participation.certificateCode}</a>)</td></tr>`)}</tbody></table>
        <table class="table"><caption>${page.t('learning.hoursByCompetence')}</caption><thead><tr><th scope="col">${page.t('learning.competence')}</th><th scope="col">${page.t('learning.hours')}</th></tr></thead>
        <tbody>${overview.hoursByCompetence.map((row) => html`<tr><td>${competenceName(page, row.competence)}</td><td>${page.number(row.hours)}</td></tr>`)}</tbody></table>` : html`<p>${page.t('learning.noCompleted')}</p>`}
    </section>`;
  return renderPage(page, { title, body, noIndex: true });
}

function lookupForm(page: PageContext, code = ''): SafeHtml {
  return html`<form method="get" action="/certificates" class="inline-form">
    ${field({ name: 'code', label: page.t('certificate.codeLabel'), value: code, hint: 'XXXX-XXXX-XXXX' })}
    <button type="submit" class="button">${page.t('certificate.check')}</button></form>`;
}

async function certificatePage(ctx: AppContext, req: Request, res: Response, code: string): Promise<void> {
  const page = pageContext(req);
  const title = page.t('certificate.verifyTitle');
  const result = await attempt(() => verifyCertificate(ctx, code));
  let body: SafeHtml;
  if (result.ok) {
    const facts = result.value;
    const trainingTitle = titleOf({ title: facts.trainingTitle, slug: facts.trainingSlug }, page.locale);
    body = html`<h1>${title}</h1><p class="notice" role="status">${page.t('certificate.valid')}</p>
      <dl class="event-facts">
        <div class="fact"><dt>${page.t('certificate.participant')}</dt><dd>${facts.participantName}</dd></div>
        <div class="fact"><dt>${page.t('certificate.training')}</dt><dd lang="${trainingTitle.language}">${trainingTitle.text}</dd></div>
        <div class="fact"><dt>${page.t('certificate.hours')}</dt><dd>${page.number(facts.hours)}</dd></div>
        <div class="fact"><dt>${page.t('certificate.date')}</dt><dd>${page.date(facts.completedAt)}</dd></div>
        ${facts.issuer ? html`<div class="fact"><dt>${page.t('certificate.issuer')}</dt><dd>${facts.issuer}</dd></div>` : ''}
        <div class="fact"><dt>${page.t('certificate.codeLabel')}</dt><dd>${facts.code}</dd></div>
      </dl>`;
  } else {
    body = html`<h1>${title}</h1><p class="error-message" role="alert">${page.t('certificate.notFound')}</p>${lookupForm(page, code)}`;
  }
  res.status(result.ok ? 200 : result.error.status).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

async function managePage(ctx: AppContext, req: Request, res: Response, training: Training, notice?: string, error?: AppError): Promise<void> {
  const page = pageContext(req);
  const id = String(training._id);
  const [registrations, completed, feedback] = await Promise.all([listRegistrations(ctx, req.actor, id), completedUserIds(ctx, req.actor, id), feedbackSummary(ctx, req.actor, id)]);
  const names = await loadDisplayNames(ctx, registrations.map((r) => r.userId));
  const registered = registrations.filter((r) => r.state === 'registered');
  const waiting = registrations.filter((r) => r.state === 'waiting');
  const title = `${page.t('trainings.manage')}: ${titleOf(training, page.locale).text}`;
  const name = (userId: unknown) => names.get(String(userId)) ?? '—';
  const body = html`<h1>${title}</h1><p>${trainingLink(page, training)}</p>
    ${statusMessage(notice)}${error ? html`<p class="error-message" role="alert">${trainingErrorMessage(page, error)}</p>` : ''}
    <section aria-labelledby="participants-heading"><h2 id="participants-heading">${page.t('trainings.participants')} (${page.number(registered.length)})</h2>
      ${registered.length ? html`<form method="post" action="/trainings/${training.slug}/manage/attendance">${csrfField(page)}
        <table class="table"><caption>${page.t('trainings.participants')}</caption><thead><tr><th scope="col">${page.t('trainings.person')}</th>
          ${training.sessions.map((session) => html`<th scope="col">${session.title || sessionTimes(page, session)}</th>`)}<th scope="col">${page.t('trainings.completed')}</th><th scope="col">${page.t('trainings.answers')}</th></tr></thead>
          <tbody>${registered.map((r) => {
            const attended = new Set(r.attendedSessionIds.map(String));
            return html`<tr><th scope="row">${name(r.userId)}</th>${training.sessions.map((session) => html`<td><input type="checkbox" name="present-${String(session._id)}" value="${String(r.userId)}" id="att-${String(session._id)}-${String(r.userId)}"${attended.has(String(session._id)) ? html` checked` : ''} aria-label="${page.t('trainings.attended', { session: `${name(r.userId)}, ${session.title || sessionTimes(page, session)}` })}"></td>`)}
              <td>${completed.has(String(r.userId)) ? '✓' : ''}</td><td>${Object.entries(r.answers).map(([k, v]) => `${k}: ${v}`).join('; ')}</td></tr>`;
          })}</tbody></table>
        <button type="submit" class="button">${page.t('trainings.saveAttendance')}</button></form>` : html`<p>${page.t('trainings.noParticipants')}</p>`}
    </section>
    ${waiting.length ? html`<section aria-labelledby="waiting-heading"><h2 id="waiting-heading">${page.t('trainings.waitingList')} (${page.number(waiting.length)})</h2><ol>${waiting.map((r) => html`<li>${name(r.userId)}</li>`)}</ol></section>` : ''}
    ${training.cancelledAt ? '' : html`<section aria-labelledby="cancel-heading" class="panel"><h2 id="cancel-heading">${page.t('trainings.cancelTraining')}</h2>
      <p class="hint">${page.t('trainings.cancelTrainingHint')}</p>
      <form method="post" action="/trainings/${training.slug}/manage/cancel">${csrfField(page)}
        ${field({ name: 'reason', label: page.t('trainings.cancelReason'), rows: 3 })}
        <button type="submit" class="button danger">${page.t('trainings.cancelTraining')}</button></form></section>`}
    <section aria-labelledby="feedback-heading"><h2 id="feedback-heading">${page.t('trainings.feedback')}</h2>
      ${feedback.count ? html`<p>${page.t('trainings.feedbackSummary', { count: page.number(feedback.count), average: page.number(feedback.averageRating ?? 0) })}</p>
        <table class="table"><caption>${page.t('trainings.rating')}</caption><thead><tr><th scope="col">${page.t('trainings.rating')}</th><th scope="col">#</th></tr></thead><tbody>${Object.entries(feedback.distribution).map(([rating, count]) => html`<tr><td>${rating}</td><td>${page.number(count)}</td></tr>`)}</tbody></table>
        <ul>${feedback.comments.map((c) => html`<li>${c.rating}/5: ${c.comment}</li>`)}</ul>` : html`<p>${page.t('trainings.feedbackNone')}</p>`}
    </section>`;
  res.status(error ? error.status : 200).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

function checkedIds(body: unknown, name: string): string[] {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

export function learningPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/learning', async (req, res) => {
    authorize(req.actor, 'learning.viewOwn');
    res.type('html').send(await learningPage(ctx, req));
  });

  router.get('/certificates', async (req, res) => {
    const code = typeof req.query.code === 'string' ? req.query.code.trim() : '';
    if (code) return certificatePage(ctx, req, res, code);
    const page = pageContext(req);
    const title = page.t('certificate.lookup');
    res.type('html').send(renderPage(page, { title, body: html`<h1>${title}</h1>${lookupForm(page)}` }));
  });

  router.get('/certificates/:code', async (req, res) => certificatePage(ctx, req, res, req.params.code));

  router.get('/trainings/:slug/manage', async (req, res) => {
    const { doc } = await findVisibleTraining(ctx, req.actor, req.params.slug);
    authorize(req.actor, 'training.manageParticipants', trainingAccessOf(doc));
    const page = pageContext(req);
    const notices = { attendance: page.t('trainings.attendanceSaved'), cancelled: page.t('trainings.cancelledDone') } as Record<string, string>;
    await managePage(ctx, req, res, doc, typeof req.query.done === 'string' ? notices[req.query.done] : undefined);
  });

  router.post('/trainings/:slug/manage/cancel', async (req, res) => {
    const { doc } = await findVisibleTraining(ctx, req.actor, req.params.slug);
    const reason = typeof (req.body as Record<string, unknown> | undefined)?.reason === 'string' ? String((req.body as Record<string, unknown>).reason) : '';
    const result = await attempt(() => cancelTraining(ctx, req.actor, String(doc._id), { reason }, 'cancel'));
    if (!result.ok) return managePage(ctx, req, res, doc, undefined, result.error);
    res.redirect(303, `/trainings/${doc.slug}/manage?done=cancelled`);
  });

  router.post('/trainings/:slug/manage/attendance', async (req, res) => {
    const { doc } = await findVisibleTraining(ctx, req.actor, req.params.slug);
    authorize(req.actor, 'training.manageParticipants', trainingAccessOf(doc));
    const registered = (await listRegistrations(ctx, req.actor, String(doc._id))).filter((r) => r.state === 'registered').map((r) => String(r.userId));
    for (const session of doc.sessions) {
      const present = checkedIds(req.body, `present-${String(session._id)}`).filter((id) => registered.includes(id));
      const result = await attempt(() => markAttendance(ctx, req.actor, String(doc._id), String(session._id), { present, absent: registered.filter((id) => !present.includes(id)) }));
      if (!result.ok) return managePage(ctx, req, res, doc, undefined, result.error);
    }
    res.redirect(303, `/trainings/${doc.slug}/manage?done=attendance`);
  });

  return router;
}
