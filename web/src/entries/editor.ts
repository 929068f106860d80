// The practice editor island: adds attachments with an upload progress bar (upload, then attach — to a published
// practice's pending change where the step says so — with the chosen
// licence, caption and alt text, then show the server's list again), keeps the focus on a moved file, warns before
// leaving a step with unsaved changes and keeps a copy of what is typed in the browser until it is saved
// (draftAutosave). The forms themselves work without it.
import { api } from '../lib/api.js';
import { autosaveDrafts } from '../lib/draftAutosave.js';
import { fillText } from '../lib/fillText.js';
import { uploadWithProgress } from '../lib/uploadWithProgress.js';

/** Shows the server's own rendering of the attached files again (after adding some), so there is one renderer. */
async function refreshAttachmentList(section: HTMLElement): Promise<void> {
  const response = await fetch(location.pathname + location.search, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const id of ['attachment-list', 'attachment-none']) {
    const current = section.querySelector(`#${id}`);
    const next = fresh.getElementById(id);
    if (current && next) current.replaceWith(document.importNode(next, true));
    else if (current) current.remove();
    else if (next) section.querySelector('.upload-island')?.before(document.importNode(next, true));
  }
}

function setUpAttachments(section: HTMLElement): void {
  const practiceId = section.dataset.practiceId ?? '';
  const island = section.querySelector<HTMLElement>('.upload-island');
  const input = section.querySelector<HTMLInputElement>('#u-file');
  const progress = section.querySelector<HTMLProgressElement>('#u-progress');
  const status = section.querySelector<HTMLElement>('#u-status');
  const licence = section.querySelector<HTMLSelectElement>('#u-attachmentLicence');
  const caption = section.querySelector<HTMLInputElement>('#u-attachmentCaption');
  const alt = section.querySelector<HTMLInputElement>('#u-attachmentAlt');
  if (!island || !input || !progress || !status || !licence || !caption || !alt) return;
  island.hidden = false;
  const messages = section.dataset;
  input.addEventListener('change', async () => {
    const files = Array.from(input.files ?? []);
    if (files.some((file) => file.type.startsWith('image/')) && !alt.value.trim()) {
      status.textContent = messages.altMissing ?? '';
      input.value = '';
      alt.focus();
      return;
    }
    let added = 0;
    for (const file of files) {
      progress.hidden = false;
      progress.value = 0;
      try {
        const uploaded = await uploadWithProgress(file, (percent) => {
          progress.value = percent;
          status.textContent = fillText(messages.uploading, { name: file.name, percent: String(percent) });
        });
        const described = { ...(caption.value.trim() ? { caption: caption.value.trim() } : {}), ...(alt.value.trim() ? { alt: alt.value.trim() } : {}) };
        if (section.dataset.throughChange === 'true') await api('POST', `/api/practices/${practiceId}/changes/record/attachments`, { uploadId: uploaded.id, licence: licence.value, ...described });
        else await api('POST', `/api/uploads/${uploaded.id}/attach`, { type: 'practice', id: practiceId, licence: licence.value, ...described });
        added += 1;
        status.textContent = fillText(messages.uploaded, { name: file.name });
      } catch (error) {
        status.textContent = fillText(messages.uploadFailed, { name: file.name, reason: error instanceof Error ? error.message : String(error) });
      } finally {
        progress.hidden = true;
      }
    }
    input.value = '';
    if (added > 0) {
      caption.value = '';
      alt.value = '';
      await refreshAttachmentList(section);
    }
  });
}

/**
 * After a move, the focus goes back to the moved file's button in the same direction (or the one left, at an edge).
 * It waits for the load event: scrolling to the address's #fragment moves the focus back to the page otherwise.
 */
function focusMovedAttachment(): void {
  const moved = new URLSearchParams(location.search).get('moved')?.match(/^([0-9a-f]{24})-(up|down)$/);
  if (!moved) return;
  const item = document.getElementById(`attachment-${moved[1]}`);
  const button = item?.querySelector<HTMLButtonElement>(`button[name="direction"][value="${moved[2]}"]`) ?? item?.querySelector<HTMLButtonElement>('button[name="direction"]');
  button?.focus();
}

function warnOnUnsavedChanges(form: HTMLFormElement): void {
  let dirty = false;
  form.addEventListener('input', () => {
    dirty = true;
  });
  form.addEventListener('submit', () => {
    dirty = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
}

const attachments = document.querySelector<HTMLElement>('.attachments-editor');
if (attachments) setUpAttachments(attachments);
const form = document.querySelector<HTMLFormElement>('form.practice-form');
if (form) {
  warnOnUnsavedChanges(form);
  autosaveDrafts(form, `${form.getAttribute('action') ?? location.pathname}#${form.querySelector<HTMLInputElement>('input[name="step"]')?.value ?? ''}`);
}
if (document.readyState === 'complete') focusMovedAttachment();
else window.addEventListener('load', () => setTimeout(focusMovedAttachment, 0));
document.querySelector<HTMLElement>('.error-summary')?.focus();
