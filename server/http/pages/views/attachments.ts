// Attachments of a record: images as previews (the 320 px variant, linking to a larger one), documents as
// download links with type and size; each with its caption and licence.
import type { PresentedUpload } from '../../../presenters/uploadPresenter.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

export interface ShownAttachment {
  readonly upload: PresentedUpload;
  readonly licence: string;
  readonly caption?: string;
  readonly alt?: string;
}

export function sizeText(page: PageContext, bytes: number): string {
  return bytes >= 1_000_000 ? `${page.number(Math.round(bytes / 100_000) / 10)} MB` : `${page.number(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

function imagePreview(page: PageContext, item: ShownAttachment): SafeHtml {
  const { upload } = item;
  const small = upload.variants.find((v) => v.name === 'w320') ?? upload.variants[0];
  const large = upload.variants.find((v) => v.name === 'w960') ?? upload.variants.at(-1) ?? small;
  const alt = item.alt ?? item.caption ?? '';
  return html`<figure class="attachment attachment-image">
    <a href="${large?.url ?? upload.url}"><img src="${small?.url ?? upload.url}" alt="${alt}" loading="lazy"${
      small?.width ? html` width="${small.width}"` : ''
    }${small?.height ? html` height="${small.height}"` : ''}></a>
    <figcaption>${item.caption ?? ''} <span class="licence">${label(page, 'licences', item.licence)}</span></figcaption>
  </figure>`;
}

function documentLink(page: PageContext, item: ShownAttachment): SafeHtml {
  const { upload } = item;
  const extension = upload.originalName.includes('.') ? upload.originalName.split('.').pop()?.toUpperCase() : upload.type;
  return html`<div class="attachment attachment-document">
    <a href="${upload.url}" download>${item.caption ?? upload.originalName}</a>
    <span class="file-info">${extension} · ${sizeText(page, upload.size)}</span>
    <span class="licence">${label(page, 'licences', item.licence)}</span>
  </div>`;
}

export function attachmentList(page: PageContext, items: readonly ShownAttachment[], level: 2 | 4 = 2): SafeHtml {
  if (items.length === 0) return html``;
  return html`<section class="attachments" aria-labelledby="attachments-heading">
    <h${level} id="attachments-heading">${page.t('practice.attachments')}</h${level}>
    <ul class="attachment-list">${items.map(
      (item) => html`<li>${item.upload.kind === 'image' ? imagePreview(page, item) : documentLink(page, item)}</li>`,
    )}</ul>
  </section>`;
}
