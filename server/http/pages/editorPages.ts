// The author's pages: "my practices" with their review state, and the guided multi-step practice form that creates
// and saves drafts (with the revision it edited, so a stale save is shown, never lost silently) and submits; on a
// published practice the same form edits its pending change, sent for review with a change note.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { createPractice } from '../../commands/practices/createPractice.js';
import { accessOf, loadVisiblePractice } from '../../commands/practices/loadPractice.js';
import { missingForSubmission } from '../../commands/practices/practiceCompleteness.js';
import { editableFieldsOf } from '../../commands/practices/practiceContent.js';
import { listPractices } from '../../commands/practices/readPractices.js';
import { submitPractice } from '../../commands/practices/submitPractice.js';
import { updatePractice } from '../../commands/practices/updatePractice.js';
import { unauthenticated, type AppError } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import { termIds, termLabel } from '../../vocab/index.js';
import { attempt, csrfField, field, statusMessage, type FieldErrors } from './forms.js';
import { errorText } from '../../i18n/errorText.js';
import { discardPracticeChange } from '../../commands/practices/discardPracticeChange.js';
import { submitPracticeChange } from '../../commands/practices/submitPracticeChange.js';
import { pendingChangesOf, recordTarget, workingCopy } from '../../commands/practices/practiceChanges.js';
import { pendingChangeNotice, sendChangeForms } from './editor/changeForms.js';
import { translationPages } from './translationPages.js';
import { fieldErrorText } from './editor/fieldErrors.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { missingList, practicePreview, reviewComments, stepForm, stepLabel, stepNavigation, type StepFormState } from './editor/practiceFormView.js';
import { changesFor, fieldOfPath, stepOfField, isStepId, postedValue, stepFields, stepIds, storedValue, type FieldValue, type StepId } from './editor/practiceSteps.js';

export const stateLabel = (page: PageContext, state: Practice['state']): string => page.t(`practiceState.${state}`);

const titleOf = (practice: Practice): string => practice.texts[practice.originalLanguage]?.title ?? '';

function errorsFrom(page: PageContext, error: AppError): { errors: FieldErrors; formError?: string } {
  if (error.code === 'validation_failed' || error.code === 'practice_incomplete') {
    const errors: FieldErrors = {};
    const details = error.details as { fields?: unknown } | unknown[] | undefined;
    const list = Array.isArray(details) ? details : Array.isArray(details?.fields) ? details.fields : [];
    for (const detail of list as { path?: unknown; message?: unknown }[]) {
      if (typeof detail?.path !== 'string') continue;
      const name = fieldOfPath(detail.path);
      errors[name] ??= error.code === 'practice_incomplete' ? page.t('editor.error.required') : fieldErrorText(page, name, String(detail.message ?? ''));
    }
    return { errors, formError: Object.keys(errors).length === 0 ? error.message : undefined };
  }
  if (error.code === 'invalid_transition' || error.code === 'state_changed' || error.status === 403) return { errors: {}, formError: page.t('editor.error.notEditable') };
  return { errors: {}, formError: error.message };
}

function staleNotice(page: PageContext, practiceId: string, step: StepId): SafeHtml {
  return html`<h2>${page.t('editor.stale.title')}</h2><p>${page.t('editor.stale.body')}</p>
    <p><a class="button" href="/practices/${practiceId}/edit?step=${step}">${page.t('editor.stale.reload')}</a></p>`;
}

function attachmentsBlock(page: PageContext, practice: Practice): SafeHtml {
  const licences = termIds('licences').map((id): readonly [string, string] => [id, termLabel('licences', id, page.locale)]);
  return html`<section class="attachments-editor" aria-labelledby="attachments-heading" data-practice-id="${String(practice._id)}"
    data-uploading="${page.t('editor.uploading')}" data-uploaded="${page.t('editor.uploaded')}" data-upload-failed="${page.t('editor.uploadFailed')}">
    <h2 id="attachments-heading">${page.t('editor.attachments')}</h2>
    <ul class="attachment-list" id="attachment-list">${practice.attachments.map(
      (a) => html`<li><a href="/files/${String(a.uploadId)}">${a.caption || page.t('editor.attachment')}</a> · ${termLabel('licences', a.licence, page.locale)}</li>`,
    )}</ul>
    <div class="upload-island" hidden>
      ${field({ name: 'attachmentLicence', idPrefix: 'u', label: page.t('editor.attachmentLicence'), value: practice.licence, options: licences })}
      ${field({ name: 'attachmentCaption', idPrefix: 'u', label: page.t('editor.attachmentCaption') })}
      ${field({ name: 'attachmentAlt', idPrefix: 'u', label: page.t('editor.attachmentAlt'), hint: page.t('editor.attachmentAltHint') })}
      <div class="field"><label for="u-file">${page.t('editor.chooseFile')}</label><input type="file" id="u-file" multiple></div>
      <progress id="u-progress" max="100" value="0" hidden aria-label="${page.t('editor.uploadProgress')}"></progress>
      <p id="u-status" role="status" aria-live="polite"></p>
    </div>
    <noscript><p>${page.t('editor.attachmentsNeedScript')}</p></noscript>
  </section>`;
}

export function editorPages(ctx: AppContext): Router {
  const router = Router();
  router.use(translationPages(ctx));

  const send = (req: Request, res: Response, status: number, title: string, body: SafeHtml, scripts: string[] = []): void => {
    res.status(status).type('html').send(renderPage(pageContext(req), { title, body, noIndex: true, scripts }));
  };
  const requireUser = (req: Request): void => {
    if (!req.user) throw unauthenticated();
  };

  function renderEditor(req: Request, res: Response, stored: Practice, step: StepId, state?: StepFormState, status = 200): void {
    const page = pageContext(req);
    const id = String(stored._id);
    const access = accessOf(stored);
    const living = can(req.actor, 'practice.proposeChange', access);
    const editable = living || can(req.actor, 'practice.update', access);
    const practice = living ? workingCopy(stored) : stored;
    const saved = req.query.saved === '1' ? page.t('editor.saved') : req.query.sent === '1' ? page.t('change.sent') : undefined;
    const header = html`<p class="eyebrow">${page.t('editor.eyebrow')} · <span class="state state-${practice.state}">${stateLabel(page, practice.state)}</span></p>
      <h1>${titleOf(practice) || page.t('editor.untitled')}</h1>
      ${statusMessage(saved)}
      ${living ? pendingChangeNotice(page, stored) : ''}
      ${stepNavigation(page, id, step, new Set(missingForSubmission(editableFieldsOf(practice)).map((path) => stepOfField(fieldOfPath(path)))))}`;
    let main: SafeHtml;
    if (step === 'review' || !editable) {
      const missing = missingForSubmission(editableFieldsOf(practice)).map(fieldOfPath);
      const unique = [...new Set(missing)];
      const submit = living
        ? sendChangeForms(page, req.actor, stored)
        : html`<form method="post" action="/practices/${id}/submit">${csrfField(page)}<button type="submit" class="button primary">${page.t('editor.submit')}</button></form>`;
      main = html`${editable ? '' : html`<p class="notice">${page.t('editor.readOnly', { state: stateLabel(page, practice.state) })}</p>`}
        ${state?.formError ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${state.formError}</p></div>` : ''}
        ${editable ? missingList(page, id, unique) : ''}
        ${practicePreview(page, practice)}
        ${editable ? submit : ''}`;
    } else {
      const values: Record<string, FieldValue> = {};
      for (const spec of stepFields[step]) values[spec.name] = storedValue(practice, spec.name);
      main = html`${stepForm(page, step, `/practices/${id}/edit`, state ?? { values, errors: {} }, { rev: stored.rev })}
        ${step === 'sharing' ? attachmentsBlock(page, practice) : ''}`;
    }
    send(req, res, status, `${stepLabel(page, step)} · ${titleOf(practice)}`, html`<section class="editor">${header}${reviewComments(page, practice)}${main}</section>`, ['editor.js']);
  }

  router.get('/me/practices', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const { items } = await listPractices(ctx, req.actor, { mine: 'true', sort: 'updated', limit: '100' });
    const notice = req.query.submitted === '1' ? page.t('editor.submitted') : undefined;
    const rows = items.map(
      (p) => html`<tr><th scope="row"><a href="/practices/${String(p._id)}/edit">${titleOf(p)}</a></th>
        <td><span class="state state-${p.state}">${stateLabel(page, p.state)}</span></td>
        <td>${page.date(p.updatedAt)}</td>
        <td>${p.state === 'published' ? html`<a href="/practices/${p.slug}">${page.t('myPractices.view')}</a>` : ''}</td></tr>`,
    );
    send(req, res, 200, page.t('myPractices.title'), html`<section class="my-practices">
      <h1>${page.t('myPractices.title')}</h1>
      ${statusMessage(notice)}
      <p><a class="button primary" href="/practices/new">${page.t('myPractices.new')}</a></p>
      ${items.length === 0 ? html`<p>${page.t('myPractices.empty')}</p>` : html`<table class="table">
        <caption class="visually-hidden">${page.t('myPractices.title')}</caption>
        <thead><tr><th scope="col">${page.t('myPractices.practice')}</th><th scope="col">${page.t('myPractices.state')}</th><th scope="col">${page.t('myPractices.updated')}</th><th scope="col"><span class="visually-hidden">${page.t('myPractices.view')}</span></th></tr></thead>
        <tbody>${rows}</tbody></table>`}
    </section>`);
  });

  const newForm = (page: PageContext, state: StepFormState): SafeHtml => {
    const languages = termIds('languages').map((id): readonly [string, string] => [id, termLabel('languages', id, page.locale)]);
    return html`<section class="editor"><p class="eyebrow">${page.t('editor.eyebrow')}</p><h1>${page.t('editor.newTitle')}</h1>
      <p>${page.t('editor.newIntro')}</p>
      ${stepNavigation(page, null, 'basics')}
      ${stepForm(page, 'basics', '/practices/new', state, {
        before: field({ name: 'originalLanguage', label: page.t('editor.field.originalLanguage'), hint: page.t('editor.hint.originalLanguage'), value: String(state.values.originalLanguage ?? page.locale), options: languages }),
      })}</section>`;
  };

  router.get('/practices/new', (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    send(req, res, 200, page.t('editor.newTitle'), newForm(page, { values: {}, errors: {} }), ['editor.js']);
  });

  router.post('/practices/new', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values: Record<string, FieldValue> = {};
    for (const spec of stepFields.basics) values[spec.name] = postedValue(body, spec);
    const originalLanguage = typeof body.originalLanguage === 'string' ? body.originalLanguage : page.locale;
    values.originalLanguage = originalLanguage;
    const result = await attempt(() => createPractice(ctx, req.actor, { ...changesFor(stepFields.basics, values, originalLanguage), originalLanguage }));
    if (!result.ok) {
      const { errors, formError } = errorsFrom(page, result.error);
      return send(req, res, result.error.status, page.t('editor.newTitle'), newForm(page, { values, errors, formError }), ['editor.js']);
    }
    const next = body.go === 'stay' ? 'basics' : 'context';
    res.redirect(303, `/practices/${String(result.value._id)}/edit?step=${next}&saved=1`);
  });

  router.get('/practices/:id/edit', async (req, res) => {
    requireUser(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    renderEditor(req, res, practice, isStepId(req.query.step) ? req.query.step : 'basics');
  });

  router.post('/practices/:id/edit', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const step = isStepId(body.step) ? body.step : 'basics';
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    const values: Record<string, FieldValue> = {};
    for (const spec of stepFields[step]) values[spec.name] = postedValue(body, spec);
    const rev = Number(body.rev);
    const changes = changesFor(stepFields[step], values, practice.originalLanguage);
    const result = await attempt(() => updatePractice(ctx, req.actor, String(practice._id), { rev, changes }));
    if (!result.ok) {
      const edited = { ...practice, rev: Number.isInteger(rev) ? rev : practice.rev };
      if (result.error.code === 'stale_revision') {
        return renderEditor(req, res, edited, step, { values, errors: {}, formError: staleNotice(page, String(practice._id), step) }, 409);
      }
      const { errors, formError } = errorsFrom(page, result.error);
      return renderEditor(req, res, edited, step, { values, errors, formError }, result.error.status);
    }
    const next = body.go === 'stay' ? step : stepIds[stepIds.indexOf(step) + 1] ?? 'review';
    res.redirect(303, `/practices/${String(practice._id)}/edit?step=${next}&saved=1`);
  });

  router.post('/practices/:id/submit', async (req, res) => {
    requireUser(req);
    const result = await attempt(() => submitPractice(ctx, req.actor, req.params.id));
    if (!result.ok) {
      const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
      const page = pageContext(req);
      const formError = result.error.code === 'practice_incomplete' ? page.t('editor.error.incomplete') : errorsFrom(page, result.error).formError;
      return renderEditor(req, res, practice, 'review', { values: {}, errors: {}, formError }, result.error.status);
    }
    res.redirect(303, '/me/practices?submitted=1');
  });

  router.post('/practices/:id/changes/:target/submit', async (req, res) => {
    requireUser(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const input = { note: typeof body.note === 'string' ? body.note : '', minor: body.minor === 'on' };
    const result = await attempt(() => submitPracticeChange(ctx, req.actor, req.params.id, req.params.target, input));
    if (!result.ok) {
      const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
      return renderEditor(req, res, practice, 'review', { values: {}, errors: {}, formError: errorText(pageContext(req).locale, result.error) }, result.error.status);
    }
    const published = !pendingChangesOf(result.value)[recordTarget];
    res.redirect(303, published ? `/practices/${result.value.slug}` : `/practices/${String(result.value._id)}/edit?step=review&sent=1`);
  });

  router.post('/practices/:id/changes/:target/discard', async (req, res) => {
    requireUser(req);
    const practice = await discardPracticeChange(ctx, req.actor, req.params.id, req.params.target);
    res.redirect(303, `/practices/${practice.slug}`);
  });

  return router;
}
