// The practice editor island: adds attachments with an upload progress bar (upload, then attach with the chosen
// licence), warns before leaving a step with unsaved changes and keeps a copy of what is typed in the browser until
// it is saved (draftAutosave). The form itself works without it.
import { api } from '../lib/api.js';
import { autosaveDrafts } from '../lib/draftAutosave.js';
import { uploadWithProgress } from '../lib/uploadWithProgress.js';

function text(template: string | undefined, values: Record<string, string>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * Attaching a file is itself a revision of the practice; when the stored rev is exactly one past the one the open
 * form edits, that revision was ours, so the form moves to it. Anything further was someone else: the form keeps
 * its rev and the next save shows the conflict.
 */
async function followOwnRevision(practiceId: string): Promise<void> {
  const revInput = document.querySelector<HTMLInputElement>('form.practice-form input[name="rev"]');
  if (!revInput) return;
  const { data } = await api<{ data: { rev: number } }>('GET', `/api/practices/${practiceId}`);
  if (data.rev === Number(revInput.value) + 1) revInput.value = String(data.rev);
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
  const list = section.querySelector<HTMLUListElement>('#attachment-list');
  if (!island || !input || !progress || !status || !licence || !caption || !alt || !list) return;
  island.hidden = false;
  const messages = section.dataset;
  input.addEventListener('change', async () => {
    for (const file of Array.from(input.files ?? [])) {
      progress.hidden = false;
      progress.value = 0;
      try {
        const uploaded = await uploadWithProgress(file, (percent) => {
          progress.value = percent;
          status.textContent = text(messages.uploading, { name: file.name, percent: String(percent) });
        });
        const described = { ...(caption.value.trim() ? { caption: caption.value.trim() } : {}), ...(alt.value.trim() ? { alt: alt.value.trim() } : {}) };
        await api('POST', `/api/uploads/${uploaded.id}/attach`, { type: 'practice', id: practiceId, licence: licence.value, ...described });
        await followOwnRevision(practiceId);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = uploaded.url;
        link.textContent = caption.value.trim() || file.name;
        item.append(link);
        list.append(item);
        status.textContent = text(messages.uploaded, { name: file.name });
      } catch (error) {
        status.textContent = text(messages.uploadFailed, { name: file.name, reason: error instanceof Error ? error.message : String(error) });
      } finally {
        progress.hidden = true;
      }
    }
    input.value = '';
  });
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
document.querySelector<HTMLElement>('.error-summary')?.focus();
