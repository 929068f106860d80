// Accessible form building blocks for server-rendered pages: labelled fields with their errors (aria-describedby),
// an error summary, the CSRF field, picking form input for a command, and mapping a command's AppError to fields.
import { AppError } from '../../errors.js';
import { termIds, termLabel, type VocabularyId } from '../../vocab/index.js';
import { html, type SafeHtml } from './html.js';
import type { PageContext } from './pageContext.js';

export type FieldErrors = Record<string, string>;

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly error?: string;
  readonly hint?: string;
  readonly type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'datetime-local' | 'number' | 'search';
  readonly required?: boolean;
  readonly autocomplete?: string;
  /** Renders a <textarea> with this many rows instead of an <input>. */
  readonly rows?: number;
  /** Renders a <select> with these options (value, label). */
  readonly options?: readonly (readonly [string, string])[];
  readonly idPrefix?: string;
}

export const fieldId = (name: string, prefix = 'f'): string => `${prefix}-${name.replace(/[^\w-]/g, '-')}`;

/** A labelled field; a hint and an error are tied to it with aria-describedby, and an error sets aria-invalid. */
export function field(spec: FieldSpec): SafeHtml {
  const id = fieldId(spec.name, spec.idPrefix);
  const describedBy = [spec.hint ? `${id}-hint` : '', spec.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = html`id="${id}" name="${spec.name}"${spec.required ? html` required aria-required="true"` : ''}${
    spec.error ? html` aria-invalid="true"` : ''
  }${describedBy ? html` aria-describedby="${describedBy}"` : ''}${spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''}`;
  let control: SafeHtml;
  if (spec.options) {
    control = html`<select ${common}>${spec.options.map(
      ([value, label]) => html`<option value="${value}"${value === (spec.value ?? '') ? html` selected` : ''}>${label}</option>`,
    )}</select>`;
  } else if (spec.rows) {
    control = html`<textarea ${common} rows="${spec.rows}">${spec.value ?? ''}</textarea>`;
  } else {
    const keepValue = spec.type !== 'password';
    control = html`<input ${common} type="${spec.type ?? 'text'}"${keepValue && spec.value ? html` value="${spec.value}"` : ''}>`;
  }
  return html`<div class="field${spec.error ? ' field-error' : ''}">
    <label for="${id}">${spec.label}${spec.required ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label>
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ''}
    ${spec.error ? html`<p class="error-message" id="${id}-error">${spec.error}</p>` : ''}
    ${control}
  </div>`;
}

export const csrfField = (page: PageContext): SafeHtml => html`<input type="hidden" name="_csrf" value="${page.csrfToken}">`;

/** The list of problems at the top of a form, each linking to its field; announced when the page loads. */
export function errorSummary(page: PageContext, errors: FieldErrors, formError?: string, idPrefix?: string): SafeHtml {
  const entries = Object.entries(errors);
  if (!formError && entries.length === 0) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2>${page.t('form.errorSummary')}</h2>
    <ul>
      ${formError ? html`<li>${formError}</li>` : ''}
      ${entries.map(([name, message]) => html`<li><a href="#${fieldId(name, idPrefix)}">${message}</a></li>`)}
    </ul>
  </div>`;
}

export const statusMessage = (text: string | undefined): SafeHtml =>
  text ? html`<p class="notice" role="status">${text}</p>` : html``;

/** The named fields of a urlencoded body as trimmed strings, leaving out empty ones (so optional fields stay absent). */
export function pickFields(body: unknown, names: readonly string[]): Record<string, string> {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = source[name];
    if (typeof value === 'string' && value.trim() !== '') picked[name] = name.toLowerCase().includes('password') ? value : value.trim();
  }
  return picked;
}

const hasControlCharacter = (value: string): boolean => [...value].some((char) => char.charCodeAt(0) < 0x20);

/** A `next` target that stays on this site: a local path, never `//host` or `/\host`. */
export function safeNextPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || hasControlCharacter(value)) return fallback;
  return value;
}

/**
 * Field errors for a validation failure: the first path segment of each detail names the field, and the message
 * shown is the field's translated message (or a generic one). Non-validation errors give no field errors.
 */
export function fieldErrorsOf(error: AppError, messageFor: (field: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(error.details)) return errors;
  for (const detail of error.details as unknown[]) {
    if (!detail || typeof detail !== 'object' || !('path' in detail) || typeof detail.path !== 'string') continue;
    const name = detail.path.split('.')[0];
    if (name && !(name in errors)) errors[name] = messageFor(name);
  }
  return errors;
}

/** Runs a command for a page form: a 4xx AppError is returned for re-rendering; "please sign in" and anything else is thrown. */
export async function attempt<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: AppError }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof AppError && error.status >= 400 && error.status < 500 && error.code !== 'unauthenticated') return { ok: false, error };
    throw error;
  }
}

/** Select options for a controlled vocabulary in the interface language, after an empty "choose" option. */
export function termOptions(vocabId: VocabularyId, page: PageContext, emptyLabel = '—'): (readonly [string, string])[] {
  return [['', emptyLabel], ...termIds(vocabId).map((id): readonly [string, string] => [id, termLabel(vocabId, id, page.locale)])];
}
