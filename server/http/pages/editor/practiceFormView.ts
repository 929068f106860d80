// Renders the guided practice form: the step list, one step's fields (labelled, with hints and errors), the
// review step with a preview of the practice as readers see it and the list of what is still missing, and review comments.
import { en } from '../../../i18n/messages/en.js';
import type { MessageKey } from '../../../i18n/translate.js';
import type { Practice } from '../../../models/practice.js';
import { termIds, termLabel } from '../../../vocab/index.js';
import { csrfField, errorSummary, field, fieldId, termOptions, type FieldErrors } from '../forms.js';
import { html, raw, type SafeHtml } from '../html.js';
import type { ShownAttachment } from '../views/attachments.js';
import { practiceRecord, practiceTitleBlock } from '../views/practiceRecord.js';
import { allLanguages, chooseTextAmong } from '../views/practiceText.js';
import type { PageContext } from '../pageContext.js';
import { stepFields, stepIds, stepOfField, type EditorField, type FieldValue, type StepId } from './practiceSteps.js';

const hasKey = (key: string): key is MessageKey => key in en;

export const fieldLabel = (page: PageContext, name: string): string => {
  const key = `editor.field.${name}`;
  return hasKey(key) ? page.t(key) : name;
};

const fieldHint = (page: PageContext, name: string, kind: EditorField['kind']): string | undefined => {
  const key = `editor.hint.${name}`;
  if (hasKey(key)) return page.t(key);
  return kind === 'markdown' ? page.t('editor.hint.markdown') : undefined;
};

export const stepLabel = (page: PageContext, step: StepId): string => page.t(`editor.step.${step}`);

function checkboxGroup(page: PageContext, spec: EditorField, value: FieldValue, error?: string): SafeHtml {
  const chosen = new Set(Array.isArray(value) ? value : []);
  const id = fieldId(spec.name);
  const hint = fieldHint(page, spec.name, spec.kind);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const vocab = spec.vocab ?? 'educationLevels';
  return html`<fieldset class="field checkboxes${error ? ' field-error' : ''}" id="${id}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
    <legend>${fieldLabel(page, spec.name)}</legend>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : ''}
    <div class="checkbox-list">${termIds(vocab).map((term) => {
      const boxId = `${id}-${term.replace(/[^\w-]/g, '-')}`;
      return html`<div class="checkbox"><input type="checkbox" id="${boxId}" name="${spec.name}" value="${term}"${chosen.has(term) ? html` checked` : ''}><label for="${boxId}">${vocab === 'digCompEdu' || vocab === 'digComp' ? `${term} ` : ''}${termLabel(vocab, term, page.locale)}</label></div>`;
    })}</div>
  </fieldset>`;
}

export function editorField(page: PageContext, spec: EditorField, value: FieldValue, error?: string): SafeHtml {
  if (spec.kind === 'terms') return checkboxGroup(page, spec, value, error);
  const common = { name: spec.name, label: fieldLabel(page, spec.name), value: String(value), error, hint: fieldHint(page, spec.name, spec.kind) };
  if (spec.kind === 'term') return field({ ...common, options: termOptions(spec.vocab ?? 'countries', page, page.t('editor.choose')) });
  if (spec.kind === 'markdown') return field({ ...common, rows: spec.name === 'summary' ? 4 : 8 });
  const type = spec.kind === 'date' ? 'date' : spec.kind === 'number' ? 'number' : spec.kind === 'email' ? 'email' : 'text';
  return field({ ...common, type, required: spec.name === 'title' });
}

/** The steps as a list: the current one marked, and (for a saved practice) each step with nothing missing ticked. */
export function stepNavigation(page: PageContext, practiceId: string | null, current: StepId, missingSteps?: ReadonlySet<StepId>): SafeHtml {
  return html`<nav class="steps" aria-label="${page.t('editor.steps')}"><ol>${stepIds.map((step, index) => {
    const complete = missingSteps !== undefined && step !== 'review' && !missingSteps.has(step);
    const label = html`<span class="step-number" aria-hidden="true">${complete ? '✓' : index + 1}</span> ${stepLabel(page, step)}${complete ? html`<span class="visually-hidden"> (${page.t('editor.stepComplete')})</span>` : ''}`;
    const classes = [step === current ? 'current' : '', complete ? 'complete' : ''].filter(Boolean).join(' ');
    const attrs = classes ? html` class="${classes}"` : '';
    if (step === current) return html`<li${attrs}><a href="${practiceId ? `/practices/${practiceId}/edit?step=${step}` : '/practices/new'}" aria-current="step">${label}</a></li>`;
    return practiceId ? html`<li${attrs}><a href="/practices/${practiceId}/edit?step=${step}">${label}</a></li>` : html`<li><span>${label}</span></li>`;
  })}</ol></nav>`;
}

export interface StepFormState {
  values: Record<string, FieldValue>;
  errors: FieldErrors;
  formError?: SafeHtml | string;
}

/** One step of the form; `action` is where it posts, `rev` the revision it edits (absent when creating). */
export function stepForm(page: PageContext, step: StepId, action: string, state: StepFormState, extra: { rev?: number; before?: SafeHtml } = {}): SafeHtml {
  const formError = state.formError;
  return html`${errorSummary(page, state.errors, typeof formError === 'string' ? formError : undefined)}
  ${formError && typeof formError !== 'string' ? html`<div class="error-summary" role="alert">${formError}</div>` : ''}
  <form method="post" action="${action}" class="practice-form" novalidate data-autosave-restored="${page.t('editor.autosave.restored')}" data-autosave-discard="${page.t('editor.autosave.discard')}">
    ${csrfField(page)}
    <input type="hidden" name="step" value="${step}">
    ${extra.rev === undefined ? '' : html`<input type="hidden" name="rev" value="${extra.rev}">`}
    ${extra.before ?? ''}
    ${stepFields[step].map((spec) => editorField(page, spec, state.values[spec.name] ?? (spec.kind === 'terms' ? [] : ''), state.errors[spec.name]))}
    <div class="actions">
      <button type="submit" name="go" value="next" class="button primary">${page.t('editor.saveAndContinue')}</button>
      <button type="submit" name="go" value="stay" class="button">${page.t('editor.saveDraft')}</button>
    </div>
  </form>`;
}

/** What the reviewers asked for, newest first, with comments on single fields. */
export function reviewComments(page: PageContext, practice: Practice): SafeHtml {
  if (practice.reviewComments.length === 0) return html``;
  const latest = [...practice.reviewComments].reverse();
  return html`<section class="review-comments" aria-labelledby="review-comments-heading">
    <h2 id="review-comments-heading">${page.t('editor.reviewComments')}</h2>
    ${latest.map(
      (entry) => html`<article class="review-comment"><p class="meta">${page.date(entry.at)}</p><div class="prose">${raw(entry.commentHtml)}</div>
        ${entry.fieldComments.length > 0 ? html`<ul>${entry.fieldComments.map((c) => html`<li><strong>${fieldLabel(page, c.field)}:</strong> ${c.comment}</li>`)}</ul>` : ''}</article>`,
    )}
  </section>`;
}

/** The missing required fields, each linking to the step and field where it is filled in. */
export function missingList(page: PageContext, practiceId: string, missing: readonly string[]): SafeHtml {
  if (missing.length === 0) return html`<p class="notice">${page.t('editor.complete')}</p>`;
  return html`<div class="missing" id="missing-fields">
    <h2>${page.t('editor.missingHeading')}</h2>
    <ul>${missing.map((name) => html`<li><a href="/practices/${practiceId}/edit?step=${stepOfField(name)}#${fieldId(name)}">${fieldLabel(page, name)}</a> <span class="step-ref">(${stepLabel(page, stepOfField(name))})</span></li>`)}</ul>
  </div>`;
}

/** The saved practice as readers will see it (sections, fact box, attachments), one heading level down. */
export function practicePreview(page: PageContext, practice: Practice, attachments: readonly ShownAttachment[]): SafeHtml {
  const shown = chooseTextAmong(practice, allLanguages(practice), practice.originalLanguage);
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${page.t('editor.preview')}</h2>
    <p class="hint">${page.t('editor.previewHint')}</p>
    <article class="practice practice-preview" aria-labelledby="preview-title">
      <header class="practice-header">${practiceTitleBlock(page, practice, shown, 4, 'preview-title')}</header>
      ${practiceRecord(page, practice, shown, { mayViewContact: true, attachments, headingLevel: 4 })}
    </article>
  </section>`;
}
