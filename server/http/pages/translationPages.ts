// The translation pages of a published practice: add a translation into a language it has no version in yet, edit a
// translation (its pending change) beside the original text, send it for review or discard it. Readers see a
// translation only once a reviewer has published it.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { discardPracticeChange } from '../../commands/practices/discardPracticeChange.js';
import { loadVisiblePractice } from '../../commands/practices/loadPractice.js';
import { pendingChangesOf } from '../../commands/practices/practiceChanges.js';
import { editableFieldsOf } from '../../commands/practices/practiceContent.js';
import { addTranslation, editTranslation } from '../../commands/practices/saveTranslation.js';
import { submitPracticeChange } from '../../commands/practices/submitPracticeChange.js';
import { notFound, unauthenticated, type AppError } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { Practice, PracticeTextInput } from '../../models/practice.js';
import { termIds } from '../../vocab/index.js';
import { fieldLabel } from './editor/practiceFormView.js';
import { fieldErrorText } from './editor/fieldErrors.js';
import { attempt, csrfField, field, statusMessage, type FieldErrors } from './forms.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { label } from './views/vocabBadges.js';

const textFields = [
  'title', 'summary', 'challenge', 'description', 'implementation', 'resourcesNeeded', 'outcomes', 'difficulties', 'transferConditions', 'lessons',
] as const satisfies readonly (keyof PracticeTextInput)[];
type Values = Record<string, string>;

/** Languages a new translation may be in: not the original, no version yet, no translation pending. */
function openLanguages(practice: Practice): string[] {
  const pending = pendingChangesOf(practice);
  return termIds('languages').filter((language) => language !== practice.originalLanguage && !practice.texts[language]?.title && !pending[language]);
}

function valuesOf(practice: Practice, language: string): Values {
  const pending = pendingChangesOf(practice)[language]?.fields as Partial<PracticeTextInput> | undefined;
  const text: Partial<PracticeTextInput> = pending ?? editableFieldsOf(practice).texts[language] ?? {};
  const values: Values = { provenance: text.provenance === 'machine' ? 'machine' : 'human', translator: text.translator ?? '' };
  for (const name of textFields) values[name] = text[name] ?? '';
  return values;
}

function posted(body: Record<string, unknown>): Values {
  const values: Values = {};
  for (const name of [...textFields, 'provenance', 'translator', 'language']) values[name] = typeof body[name] === 'string' ? body[name].trim() : '';
  return values;
}

const changesOf = (values: Values): Record<string, string> => {
  const changes: Record<string, string> = { provenance: values.provenance === 'machine' ? 'machine' : 'human', translator: values.translator ?? '' };
  for (const name of textFields) changes[name] = values[name] ?? '';
  return changes;
};

function fieldErrors(page: PageContext, error: AppError | undefined): FieldErrors {
  const errors: FieldErrors = {};
  const details = error?.details;
  for (const detail of Array.isArray(details) ? (details as { path?: unknown }[]) : []) {
    const name = typeof detail.path === 'string' ? detail.path.split('.').at(-1) : undefined;
    if (name) errors[name] = fieldErrorText(page, name, '');
  }
  return errors;
}

function originalBeside(page: PageContext, practice: Practice, name: (typeof textFields)[number]): SafeHtml {
  const original = practice.texts[practice.originalLanguage];
  const rendered = name === 'title' ? original?.title : original?.[`${name}Html`];
  if (!rendered) return html``;
  return html`<details class="original-text"><summary>${page.t('translation.original', { language: label(page, 'languages', practice.originalLanguage) })}</summary>
    <div class="prose" lang="${practice.originalLanguage}">${name === 'title' ? rendered : raw(rendered)}</div></details>`;
}

function translationForm(page: PageContext, practice: Practice, action: string, values: Values, errors: FieldErrors, languages: string[] | null): SafeHtml {
  const provenances = (['human', 'machine'] as const).map((id): readonly [string, string] => [id, page.t(`translation.provenance.${id}`)]);
  return html`<form method="post" action="${action}" class="practice-form translation-form" novalidate>
    ${csrfField(page)}
    <input type="hidden" name="rev" value="${practice.rev}">
    ${languages ? field({ name: 'language', idPrefix: 'tr', label: page.t('translation.language'), value: values.language ?? '', options: languages.map((id): readonly [string, string] => [id, label(page, 'languages', id)]) }) : ''}
    ${field({ name: 'provenance', idPrefix: 'tr', label: page.t('translation.provenance'), value: values.provenance ?? 'human', options: provenances })}
    ${field({ name: 'translator', idPrefix: 'tr', label: page.t('translation.translator'), hint: page.t('translation.translatorHint'), value: values.translator ?? '', autocomplete: 'name' })}
    ${textFields.map((name) => html`<div class="translated-field">
      ${field({ name, idPrefix: 'tr', label: fieldLabel(page, name), value: values[name] ?? '', error: errors[name], required: name === 'title', ...(name === 'title' ? {} : { rows: name === 'summary' ? 3 : 6, hint: page.t('editor.hint.markdown') }) })}
      ${originalBeside(page, practice, name)}</div>`)}
    <div class="actions"><button type="submit" class="button primary">${page.t('translation.save')}</button></div>
  </form>`;
}

function reviewForms(page: PageContext, practice: Practice, language: string): SafeHtml {
  const change = pendingChangesOf(practice)[language];
  if (!change) return html``;
  const base = `/practices/${String(practice._id)}/translations/${language}`;
  return html`<div class="button-row">
    ${change.state === 'submitted' ? html`<p class="notice">${page.t('change.waiting')}</p>` : html`<form method="post" action="${base}/submit">${csrfField(page)}<button type="submit" class="button primary">${page.t('change.send')}</button></form>`}
    <form method="post" action="${base}/discard">${csrfField(page)}<button type="submit" class="button danger">${page.t('change.discard')}</button></form>
  </div>`;
}

export function translationPages(ctx: AppContext): Router {
  const router = Router();
  const signedIn = (req: Request): void => {
    if (!req.user) throw unauthenticated();
  };
  const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

  function send(req: Request, res: Response, status: number, title: string, practice: Practice, content: SafeHtml): void {
    const page = pageContext(req);
    const body = html`<section class="editor translation-editor">
      <p class="eyebrow"><a href="/practices/${practice.slug}">${practice.texts[practice.originalLanguage]?.title ?? ''}</a></p>
      <h1>${title}</h1>
      <p>${page.t('translation.intro')}</p>
      ${content}
      <p><a href="/practices/${practice.slug}">${page.t('translation.back')}</a></p>
    </section>`;
    res.status(status).type('html').send(renderPage(page, { title, body, noIndex: true }));
  }

  function renderNew(req: Request, res: Response, practice: Practice, values: Values, error?: AppError): void {
    const page = pageContext(req);
    const languages = openLanguages(practice);
    const content = languages.length === 0
      ? html`<p class="notice">${page.t('translation.noLanguages')}</p>`
      : html`${error ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${errorText(page.locale, error)}</p></div>` : ''}
        ${translationForm(page, practice, `/practices/${String(practice._id)}/translations/new`, values, fieldErrors(page, error), languages)}`;
    send(req, res, error?.status ?? 200, page.t('translation.newTitle'), practice, content);
  }

  function renderEdit(req: Request, res: Response, practice: Practice, language: string, values: Values, error?: AppError): void {
    const page = pageContext(req);
    const saved = req.query.saved === '1' ? page.t('translation.saved') : req.query.sent === '1' ? page.t('change.sent') : undefined;
    const returned = pendingChangesOf(practice)[language];
    const content = html`${statusMessage(saved)}
      ${returned?.state === 'changes-requested' && returned.reviewComment ? html`<div class="notice" role="note"><p>${page.t('change.returned')}</p><blockquote>${returned.reviewComment}</blockquote></div>` : ''}
      ${error ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${errorText(page.locale, error)}</p></div>` : ''}
      ${translationForm(page, practice, `/practices/${String(practice._id)}/translations/${language}`, values, fieldErrors(page, error), null)}
      ${reviewForms(page, practice, language)}`;
    send(req, res, error?.status ?? 200, page.t('translation.editTitle', { language: label(page, 'languages', language) }), practice, content);
  }

  const languageOf = (req: Request): string => {
    const language = String(req.params.language);
    if (!(termIds('languages') as readonly string[]).includes(language)) throw notFound('The translation');
    return language;
  };

  router.get('/practices/:id/translations/new', async (req, res) => {
    signedIn(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    renderNew(req, res, practice, { provenance: 'human', translator: req.user?.displayName ?? '', language: openLanguages(practice)[0] ?? '' });
  });

  router.post('/practices/:id/translations/new', async (req, res) => {
    signedIn(req);
    const values = posted(bodyOf(req));
    const result = await attempt(() => addTranslation(ctx, req.actor, req.params.id, { language: values.language, rev: Number(bodyOf(req).rev), changes: changesOf(values) }));
    if (!result.ok) return renderNew(req, res, await loadVisiblePractice(ctx, req.actor, req.params.id), values, result.error);
    res.redirect(303, `/practices/${String(result.value._id)}/translations/${values.language ?? ''}?saved=1`);
  });

  router.get('/practices/:id/translations/:language', async (req, res) => {
    signedIn(req);
    const language = languageOf(req);
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    renderEdit(req, res, practice, language, valuesOf(practice, language));
  });

  router.post('/practices/:id/translations/:language', async (req, res) => {
    signedIn(req);
    const language = languageOf(req);
    const values = posted(bodyOf(req));
    const result = await attempt(() => editTranslation(ctx, req.actor, req.params.id, language, { rev: Number(bodyOf(req).rev), changes: changesOf(values) }));
    if (!result.ok) return renderEdit(req, res, await loadVisiblePractice(ctx, req.actor, req.params.id), language, values, result.error);
    res.redirect(303, `/practices/${String(result.value._id)}/translations/${language}?saved=1`);
  });

  router.post('/practices/:id/translations/:language/submit', async (req, res) => {
    signedIn(req);
    const language = languageOf(req);
    const result = await attempt(() => submitPracticeChange(ctx, req.actor, req.params.id, language, {}));
    if (!result.ok) {
      const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
      return renderEdit(req, res, practice, language, valuesOf(practice, language), result.error);
    }
    res.redirect(303, `/practices/${String(result.value._id)}/translations/${language}?sent=1`);
  });

  router.post('/practices/:id/translations/:language/discard', async (req, res) => {
    signedIn(req);
    const practice = await discardPracticeChange(ctx, req.actor, req.params.id, languageOf(req));
    res.redirect(303, `/practices/${practice.slug}`);
  });

  return router;
}
