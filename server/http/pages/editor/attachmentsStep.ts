// The editor's attachments step: each attached file with its thumbnail, its own licence, caption and (for images,
// required) alt text, buttons to move it up or down and to remove it, all plain forms; and the upload island that
// adds files with a progress bar and then shows this same list again.
import type { PresentedUpload } from '../../../presenters/uploadPresenter.js';
import type { PracticeAttachment } from '../../../models/practice.js';
import { termIds, termLabel } from '../../../vocab/index.js';
import { csrfField, field, type FieldErrors } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { sizeText } from '../views/attachments.js';

export interface EditedAttachment {
  readonly upload: PresentedUpload;
  readonly attachment: PracticeAttachment;
}

/** A refused save of one file's details: which file, what was typed, and the message per field. */
export interface AttachmentFormState {
  readonly uploadId: string;
  readonly values: { licence: string; caption: string; alt: string };
  readonly errors: FieldErrors;
}

const licenceOptions = (page: PageContext): (readonly [string, string])[] =>
  termIds('licences').map((id): readonly [string, string] => [id, termLabel('licences', id, page.locale)]);

function fileFacts(page: PageContext, upload: PresentedUpload): string {
  const extension = upload.originalName.includes('.') ? upload.originalName.split('.').pop()?.toUpperCase() : upload.type;
  return `${extension ?? ''} · ${sizeText(page, upload.size)}`;
}

function thumbnail(upload: PresentedUpload, alt: string): SafeHtml {
  if (upload.kind !== 'image') return html`<span class="file-badge" aria-hidden="true">${upload.originalName.split('.').pop()?.toUpperCase() ?? ''}</span>`;
  const small = upload.variants.find((v) => v.name === 'w320') ?? upload.variants[0];
  return html`<img src="${small?.url ?? upload.url}" alt="${alt}"${small?.width ? html` width="${small.width}"` : ''}${small?.height ? html` height="${small.height}"` : ''}>`;
}

function attachmentItem(page: PageContext, practiceId: string, rev: number, item: EditedAttachment, index: number, count: number, failed?: AttachmentFormState): SafeHtml {
  const { upload, attachment } = item;
  const uploadId = upload.id;
  const values = failed?.uploadId === uploadId ? failed.values : { licence: attachment.licence, caption: attachment.caption ?? '', alt: attachment.alt ?? '' };
  const errors = failed?.uploadId === uploadId ? failed.errors : {};
  const prefix = `a${index + 1}`;
  const name = upload.originalName;
  const base = `/practices/${practiceId}/attachments/${uploadId}`;
  const move = (direction: 'up' | 'down', text: string, labelKey: 'editor.attachmentMoveUpLabel' | 'editor.attachmentMoveDownLabel'): SafeHtml =>
    html`<button type="submit" name="direction" value="${direction}" class="secondary" aria-label="${page.t(labelKey, { name })}">${text}</button>`;
  return html`<li class="attachment-item" id="attachment-${uploadId}">
    <div class="attachment-thumb">${thumbnail(upload, attachment.alt ?? '')}</div>
    <div class="attachment-body">
      <p class="attachment-name"><a href="${upload.url}">${name}</a> <span class="file-info">${fileFacts(page, upload)}</span></p>
      <form method="post" action="${base}" class="attachment-details">
        ${csrfField(page)}
        ${field({ name: 'licence', idPrefix: prefix, label: page.t('editor.attachmentOwnLicence'), value: values.licence, options: licenceOptions(page), error: errors.licence })}
        ${field({ name: 'caption', idPrefix: prefix, label: page.t('editor.attachmentCaption'), value: values.caption, error: errors.caption })}
        ${upload.kind === 'image' ? field({ name: 'alt', idPrefix: prefix, label: page.t('editor.attachmentAlt'), hint: page.t('editor.attachmentAltHint'), value: values.alt, required: true, error: errors.alt }) : ''}
        <button type="submit" class="button">${page.t('editor.attachmentSave', { name })}</button>
      </form>
      <div class="attachment-actions">
        ${count > 1 ? html`<form method="post" action="${base}/move" class="inline">${csrfField(page)}<input type="hidden" name="rev" value="${rev}">
          ${index > 0 ? move('up', page.t('editor.attachmentMoveUp'), 'editor.attachmentMoveUpLabel') : ''}
          ${index < count - 1 ? move('down', page.t('editor.attachmentMoveDown'), 'editor.attachmentMoveDownLabel') : ''}</form>` : ''}
        <form method="post" action="${base}/remove" class="inline">${csrfField(page)}<button type="submit" class="danger">${page.t('editor.attachmentRemove', { name })}</button></form>
      </div>
    </div>
  </li>`;
}

/** The list of attached files as the step shows it (also what the upload island swaps in after adding files). */
export function attachmentEditorList(page: PageContext, practiceId: string, rev: number, items: readonly EditedAttachment[], failed?: AttachmentFormState): SafeHtml {
  return html`<ol class="attachment-editor-list" id="attachment-list" aria-label="${page.t('editor.attachmentsAttached')}">${items.map((item, index) =>
    attachmentItem(page, practiceId, rev, item, index, items.length, failed),
  )}</ol>
  ${items.length === 0 ? html`<p class="hint" id="attachment-none">${page.t('editor.attachmentsNone')}</p>` : ''}`;
}

/** The whole step: the list (editable, or read-only with a note when the files cannot be changed) and the uploader; on a
 * published practice the files shown and changed are those of its pending change. */
export function attachmentsStep(page: PageContext, practice: { id: string; rev: number; licence: string; editable: boolean; throughChange: boolean }, items: readonly EditedAttachment[], failed?: AttachmentFormState): SafeHtml {
  const list = practice.editable
    ? attachmentEditorList(page, practice.id, practice.rev, items, failed)
    : html`<p class="notice">${page.t('editor.attachmentsLocked')}</p><ul class="attachment-editor-list" id="attachment-list">${items.map(
        ({ upload, attachment }) => html`<li class="attachment-item"><div class="attachment-thumb">${thumbnail(upload, attachment.alt ?? '')}</div>
          <div class="attachment-body"><p class="attachment-name"><a href="${upload.url}">${attachment.caption || upload.originalName}</a> <span class="file-info">${fileFacts(page, upload)}</span></p></div></li>`,
      )}</ul>`;
  return html`<section class="attachments-editor" aria-labelledby="attachments-heading" data-practice-id="${practice.id}" data-through-change="${String(practice.throughChange)}"
    data-uploading="${page.t('editor.uploading')}" data-uploaded="${page.t('editor.uploaded')}" data-upload-failed="${page.t('editor.uploadFailed')}" data-alt-missing="${page.t('error.code.alt_text_required')}">
    <h2 id="attachments-heading">${page.t('editor.attachments')}</h2>
    <p>${page.t('editor.attachmentsIntro')}</p>
    ${practice.throughChange ? html`<p class="notice">${page.t('editor.attachmentsThroughChange')}</p>` : ''}
    ${list}
    ${practice.editable ? html`<div class="upload-island" hidden>
      <h3>${page.t('editor.attachmentsAdd')}</h3>
      ${field({ name: 'attachmentLicence', idPrefix: 'u', label: page.t('editor.attachmentLicence'), value: practice.licence, options: licenceOptions(page) })}
      ${field({ name: 'attachmentCaption', idPrefix: 'u', label: page.t('editor.attachmentCaption') })}
      ${field({ name: 'attachmentAlt', idPrefix: 'u', label: page.t('editor.attachmentAlt'), hint: page.t('editor.attachmentAltHint') })}
      <div class="field"><label for="u-file">${page.t('editor.chooseFile')}</label><input type="file" id="u-file" multiple></div>
      <progress id="u-progress" max="100" value="0" hidden aria-label="${page.t('editor.uploadProgress')}"></progress>
      <p id="u-status" role="status" aria-live="polite"></p>
    </div>
    <noscript><p>${page.t('editor.attachmentsNeedScript')}</p></noscript>` : ''}
    <p class="actions"><a class="button primary" href="/practices/${practice.id}/edit?step=review">${page.t('editor.continueToPreview')}</a></p>
  </section>`;
}
