// Keeps what is typed into a form in the browser (localStorage) until a save is confirmed, so an expired session or
// a failed send loses nothing: reopening the form after signing in again puts the text back, with a notice and a
// way to discard it.
const prefix = 'praxis-draft:';
const pendingKey = 'praxis-draft-pending';

type Draft = { savedAt: number; fields: Record<string, string> };

const storable = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && ['text', 'search', 'url', 'email', 'number', 'date', ''].includes(element.type))) &&
  element.name !== '' &&
  !element.readOnly;

function fieldsOf(form: HTMLFormElement): (HTMLInputElement | HTMLTextAreaElement)[] {
  return Array.from(form.elements).filter(storable);
}

function read(key: string): Draft | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    return parsed && typeof parsed.fields === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** A confirmed save (the page after it carries ?saved=1) drops the draft that was being sent. */
function forgetConfirmedSave(): void {
  const pending = sessionStorage.getItem(pendingKey);
  if (pending && new URLSearchParams(location.search).get('saved') === '1') localStorage.removeItem(pending);
  sessionStorage.removeItem(pendingKey);
}

function showRestored(form: HTMLFormElement, key: string, before: Record<string, string>): void {
  const notice = document.createElement('div');
  notice.className = 'notice notice-info autosave-notice';
  notice.setAttribute('role', 'status');
  const message = document.createElement('p');
  message.textContent = form.dataset.autosaveRestored ?? '';
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'button';
  discard.textContent = form.dataset.autosaveDiscard ?? '';
  discard.addEventListener('click', () => {
    localStorage.removeItem(key);
    for (const field of fieldsOf(form)) if (field.name in before) field.value = before[field.name] ?? '';
    notice.remove();
  });
  notice.append(message, discard);
  form.prepend(notice);
}

export function autosaveDrafts(form: HTMLFormElement, key: string): void {
  forgetConfirmedSave();
  const storageKey = `${prefix}${key}`;
  const draft = read(storageKey);
  if (draft) {
    const before: Record<string, string> = {};
    let changed = false;
    for (const field of fieldsOf(form)) {
      const kept = draft.fields[field.name];
      if (kept !== undefined && kept !== field.value) {
        before[field.name] = field.value;
        field.value = kept;
        changed = true;
      }
    }
    if (changed) showRestored(form, storageKey, before);
    else localStorage.removeItem(storageKey);
  }
  form.addEventListener('input', () => {
    const fields = Object.fromEntries(fieldsOf(form).map((field) => [field.name, field.value]));
    try {
      localStorage.setItem(storageKey, JSON.stringify({ savedAt: Date.now(), fields } satisfies Draft));
    } catch {
      // Storage full or disabled: the form still works, only without the safety copy.
    }
  });
  form.addEventListener('submit', () => sessionStorage.setItem(pendingKey, storageKey));
}
