// The author's pages: "my practices" with their review state, and the guided multi-step practice form that creates
// and saves drafts (with the revision it edited, so a stale save is shown, never lost silently) and submits; on a
// published practice the same form edits its pending change (its attachments too), sent for review with a change note. The first step
// also chooses the organisation the practice is written for (among those where the author edits plans).
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
import { readyAttachments } from '../../commands/practices/practiceAttachments.js';
import { presentUpload } from '../../presenters/uploadPresenter.js';
import { loadAttachments } from './practicePages.js';
import { scheduledNote } from './views/scheduledTime.js';
import { attachmentsStep, type AttachmentFormState } from './editor/attachmentsStep.js';
import { attempt, csrfField, field, fieldErrorsOf, pickFields, statusMessage, type FieldErrors } from './forms.js';
import { attachUpload } from '../../commands/uploads/attachUpload.js';
import { detachUpload } from '../../commands/uploads/detachUpload.js';
import { reorderPracticeAttachments } from '../../commands/practices/reorderPracticeAttachments.js';
import { proposeAttachment, reorderProposedAttachments, withdrawAttachment } from '../../commands/practices/changePracticeAttachments.js';
import { attachmentMoveSchema } from '../../commands/practices/schemas.js';
import { parseInput } from '../../validation.js';
import { errorText } from '../../i18n/errorText.js';
import { discardPracticeChange } from '../../commands/practices/discardPracticeChange.js';
import { submitPracticeChange } from '../../commands/practices/submitPracticeChange.js';
import { pendingChangesOf, recordTarget, workingCopy } from '../../commands/practices/practiceChanges.js';
import { pendingChangeNotice, sendChangeForms } from './editor/changeForms.js';
import { translationPages } from './translationPages.js';
import { fieldErrorText } from './editor/fieldErrors.js';
import { authoringOrganisations, setItemOrganisation } from '../../commands/organisations/organisationContent.js';
import { loadOrganisation } from '../../commands/organisations/loadOrganisation.js';
import type { Organisation } from '../../models/organisation.js';
import { organisationPicker } from './views/organisationPicker.js';
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

/** A refused choice of organisation, shown at its field (the author may not write for it, or it is gone). */
function organisationError(page: PageContext, error: AppError): { errors: FieldErrors; formError?: string } | undefined {
  return error.status === 403 || error.status === 404 ? { errors: { organisationId: errorText(page.locale, error) } } : undefined;
}

function staleNotice(page: PageContext, practiceId: string, step: StepId): SafeHtml {
  return html`<h2>${page.t('editor.stale.title')}</h2><p>${page.t('editor.stale.body')}</p>
    <p><a class="button" href="/practices/${practiceId}/edit?step=${step}">${page.t('editor.stale.reload')}</a></p>`;
}

const savedNotices = { saved: 'editor.saved', sent: 'change.sent', attachmentSaved: 'editor.attachmentSaved', attachmentMoved: 'editor.attachmentMoved', attachmentRemoved: 'editor.attachmentRemoved' } as const;

function savedNotice(page: PageContext, query: Request['query']): string | undefined {
  const found = Object.entries(savedNotices).find(([name]) => query[name] === '1');
  return found ? page.t(found[1]) : undefined;
}

/** The steps with something still missing for submission; the attachments step counts as done once a file is there. */
function stepsMissing(practice: Practice): Set<StepId> {
  const missing = new Set(missingForSubmission(editableFieldsOf(practice)).map((path) => stepOfField(fieldOfPath(path))));
  if (practice.attachments.length === 0) missing.add('attachments');
  return missing;
}

export function editorPages(ctx: AppContext): Router {
  const router = Router();
  router.use(translationPages(ctx));

  /** The organisations the author may write for, and the one the practice belongs to already (kept when not among them). */
  const organisationChoices = async (req: Request, current: Practice['organisationId']): Promise<Organisation[]> => {
    const choices = await authoringOrganisations(ctx, req.actor);
    if (!current || choices.some((o) => o._id.equals(current))) return choices;
    return [(await loadOrganisation(ctx, req.actor, current)).organisation, ...choices];
  };

  const send = (req: Request, res: Response, status: number, title: string, body: SafeHtml, scripts: string[] = []): void => {
    res.status(status).type('html').send(renderPage(pageContext(req), { title, body, noIndex: true, scripts }));
  };
  const requireUser = (req: Request): void => {
    if (!req.user) throw unauthenticated();
  };

  async function renderEditor(req: Request, res: Response, stored: Practice, step: StepId, state?: StepFormState, status = 200, failedAttachment?: AttachmentFormState): Promise<void> {
    const page = pageContext(req);
    const id = String(stored._id);
    const access = accessOf(stored);
    const living = can(req.actor, 'practice.proposeChange', access);
    const editable = living || can(req.actor, 'practice.update', access);
    const practice = living ? workingCopy(stored) : stored;
    const saved = savedNotice(page, req.query);
    const header = html`<p class="eyebrow">${page.t('editor.eyebrow')} · <span class="state state-${practice.state}">${stateLabel(page, practice.state)}</span></p>
      <h1>${titleOf(practice) || page.t('editor.untitled')}</h1>
      ${statusMessage(saved)}
      ${living ? pendingChangeNotice(page, stored) : ''}
      ${practice.state === 'scheduled' ? scheduledNote(page, practice.publishAt, practice.publishTimeZone) : ''}
      ${stepNavigation(page, id, step, stepsMissing(practice))}`;
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
        ${practicePreview(page, practice, await loadAttachments(ctx, practice))}
        ${editable ? submit : ''}`;
    } else if (step === 'attachments') {
      const items = (await readyAttachments(ctx, practice)).map(({ upload, attachment }) => ({ upload: presentUpload(upload), attachment }));
      const mayChange = living || can(req.actor, 'practice.update', access);
      main = html`${state?.formError ? html`<div class="error-summary" role="alert" tabindex="-1">${state.formError}</div>` : ''}
        ${attachmentsStep(page, { id, rev: stored.rev, licence: practice.licence, editable: mayChange, throughChange: living }, items, failedAttachment)}`;
    } else {
      const values: Record<string, FieldValue> = { organisationId: stored.organisationId ? String(stored.organisationId) : '' };
      for (const spec of stepFields[step]) values[spec.name] = storedValue(practice, spec.name);
      const shown = state ?? { values, errors: {} };
      const before = step === 'basics'
        ? organisationPicker(page, { organisations: await organisationChoices(req, stored.organisationId), value: String(shown.values.organisationId ?? values.organisationId), error: shown.errors.organisationId, optional: true })
        : undefined;
      main = stepForm(page, step, `/practices/${id}/edit`, shown, { rev: stored.rev, before });
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

  const newForm = (page: PageContext, state: StepFormState, organisations: readonly Organisation[]): SafeHtml => {
    const languages = termIds('languages').map((id): readonly [string, string] => [id, termLabel('languages', id, page.locale)]);
    return html`<section class="editor"><p class="eyebrow">${page.t('editor.eyebrow')}</p><h1>${page.t('editor.newTitle')}</h1>
      <p>${page.t('editor.newIntro')}</p>
      ${stepNavigation(page, null, 'basics')}
      ${stepForm(page, 'basics', '/practices/new', state, {
        before: html`${field({ name: 'originalLanguage', label: page.t('editor.field.originalLanguage'), hint: page.t('editor.hint.originalLanguage'), value: String(state.values.originalLanguage ?? page.locale), options: languages })}
          ${organisationPicker(page, { organisations, value: String(state.values.organisationId ?? ''), error: state.errors.organisationId, optional: true })}`,
      })}</section>`;
  };

  router.get('/practices/new', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const organisations = await authoringOrganisations(ctx, req.actor);
    const wanted = organisations.find((o) => String(o._id) === req.query.organisation || o.slug === req.query.organisation);
    send(req, res, 200, page.t('editor.newTitle'), newForm(page, { values: { organisationId: wanted ? String(wanted._id) : '' }, errors: {} }, organisations), ['editor.js']);
  });

  router.post('/practices/new', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values: Record<string, FieldValue> = {};
    for (const spec of stepFields.basics) values[spec.name] = postedValue(body, spec);
    const originalLanguage = typeof body.originalLanguage === 'string' ? body.originalLanguage : page.locale;
    values.originalLanguage = originalLanguage;
    const organisationId = typeof body.organisationId === 'string' ? body.organisationId : '';
    values.organisationId = organisationId;
    const result = await attempt(() => createPractice(ctx, req.actor, { ...changesFor(stepFields.basics, values, originalLanguage), originalLanguage, ...(organisationId ? { organisationId } : {}) }));
    if (!result.ok) {
      const { errors, formError } = organisationError(page, result.error) ?? errorsFrom(page, result.error);
      return send(req, res, result.error.status, page.t('editor.newTitle'), newForm(page, { values, errors, formError }, await authoringOrganisations(ctx, req.actor)), ['editor.js']);
    }
    const next = body.go === 'stay' ? 'basics' : 'context';
    res.redirect(303, `/practices/${String(result.value._id)}/edit?step=${next}&saved=1`);
  });

  router.get('/practices/:id/edit', async (req, res) => {
    requireUser(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    await renderEditor(req, res, practice, isStepId(req.query.step) ? req.query.step : 'basics');
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
    const chosen = step === 'basics' && typeof body.organisationId === 'string' ? body.organisationId : null;
    if (chosen !== null) values.organisationId = chosen;
    const placed = chosen !== null && chosen !== String(practice.organisationId ?? '')
      ? await attempt(() => setItemOrganisation(ctx, req.actor, 'practice', String(practice._id), { organisationId: chosen || null }))
      : { ok: true as const };
    if (!placed.ok) return await renderEditor(req, res, practice, step, { values, errors: { organisationId: errorText(page.locale, placed.error) } }, placed.error.status);
    const result = await attempt(() => updatePractice(ctx, req.actor, String(practice._id), { rev, changes }));
    if (!result.ok) {
      const edited = { ...practice, rev: Number.isInteger(rev) ? rev : practice.rev };
      if (result.error.code === 'stale_revision') {
        return await renderEditor(req, res, edited, step, { values, errors: {}, formError: staleNotice(page, String(practice._id), step) }, 409);
      }
      const { errors, formError } = errorsFrom(page, result.error);
      return await renderEditor(req, res, edited, step, { values, errors, formError }, result.error.status);
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
      return await renderEditor(req, res, practice, 'review', { values: {}, errors: {}, formError }, result.error.status);
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
      return await renderEditor(req, res, practice, 'review', { values: {}, errors: {}, formError: errorText(pageContext(req).locale, result.error) }, result.error.status);
    }
    const published = !pendingChangesOf(result.value)[recordTarget];
    res.redirect(303, published ? `/practices/${result.value.slug}` : `/practices/${String(result.value._id)}/edit?step=review&sent=1`);
  });

  router.post('/practices/:id/changes/:target/discard', async (req, res) => {
    requireUser(req);
    const practice = await discardPracticeChange(ctx, req.actor, req.params.id, req.params.target);
    res.redirect(303, `/practices/${practice.slug}`);
  });

  /** Whether the actor changes this practice through its pending change (it is published) rather than directly. */
  const isLiving = (req: Request, practice: Practice): boolean => can(req.actor, 'practice.proposeChange', accessOf(practice));

  /** The refused save of one file's details, shown on the attachments step beside that file. */
  function failedAttachmentOf(page: PageContext, uploadId: string, values: AttachmentFormState['values'], error: AppError): AttachmentFormState {
    const errors = fieldErrorsOf(error, (name) =>
      name === 'alt' && error.code === 'alt_text_required' ? errorText(page.locale, error) : page.t(name === 'licence' ? 'editor.fieldError.term' : 'editor.fieldError.text'),
    );
    return { uploadId, values, errors: Object.keys(errors).length > 0 ? errors : { caption: errorText(page.locale, error) } };
  }

  router.post('/practices/:id/attachments/:uploadId', async (req, res) => {
    requireUser(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    const id = String(practice._id);
    const posted = pickFields(req.body, ['licence', 'caption', 'alt']);
    const values = { licence: posted.licence ?? '', caption: posted.caption ?? '', alt: posted.alt ?? '' };
    const result = await attempt<unknown>(() => (isLiving(req, practice)
      ? proposeAttachment(ctx, req.actor, id, { uploadId: req.params.uploadId, ...posted })
      : attachUpload(ctx, req.actor, req.params.uploadId, { type: 'practice', id, ...posted })));
    if (!result.ok) {
      if (result.error.status === 404 || result.error.status === 403) throw result.error;
      const failed = failedAttachmentOf(pageContext(req), req.params.uploadId, values, result.error);
      return await renderEditor(req, res, practice, 'attachments', undefined, result.error.status, failed);
    }
    res.redirect(303, `/practices/${id}/edit?step=attachments&attachmentSaved=1#attachment-${encodeURIComponent(req.params.uploadId)}`);
  });

  router.post('/practices/:id/attachments/:uploadId/move', async (req, res) => {
    requireUser(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    const { direction, rev } = parseInput(attachmentMoveSchema, req.body, 'move');
    const living = isLiving(req, practice);
    const order = (living ? workingCopy(practice) : practice).attachments.map((attachment) => String(attachment.uploadId));
    const from = order.indexOf(req.params.uploadId.toLowerCase());
    const to = from + (direction === 'up' ? -1 : 1);
    if (from >= 0 && to >= 0 && to < order.length) [order[from], order[to]] = [order[to] ?? '', order[from] ?? ''];
    const id = String(practice._id);
    const result = await attempt(() => (living ? reorderProposedAttachments(ctx, req.actor, id, { order }, rev) : reorderPracticeAttachments(ctx, req.actor, id, { rev, order })));
    if (!result.ok && result.error.code === 'stale_revision') {
      return await renderEditor(req, res, practice, 'attachments', { values: {}, errors: {}, formError: staleNotice(pageContext(req), id, 'attachments') }, 409);
    }
    if (!result.ok) throw result.error;
    res.redirect(303, `/practices/${id}/edit?step=attachments&attachmentMoved=1&moved=${encodeURIComponent(req.params.uploadId)}-${direction}#attachment-${encodeURIComponent(req.params.uploadId)}`);
  });

  router.post('/practices/:id/attachments/:uploadId/remove', async (req, res) => {
    requireUser(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    const id = String(practice._id);
    if (isLiving(req, practice)) await withdrawAttachment(ctx, req.actor, id, req.params.uploadId);
    else await detachUpload(ctx, req.actor, req.params.uploadId, { type: 'practice', id });
    res.redirect(303, `/practices/${id}/edit?step=attachments&attachmentRemoved=1#attachment-list`);
  });

  return router;
}
