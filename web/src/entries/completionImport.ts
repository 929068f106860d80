// The completion-import island: a chosen CSV file is sent to the API as text/csv under a fresh progress id, and the
// rows checked and written are polled and shown (a <progress> and a polite live status) until the answer arrives;
// then the summary or the table of bad lines replaces the outcome area. Without JavaScript the pasted CSV is posted.
import { fillText } from '../lib/fillText.js';

const pollMs = 700;

interface Problem {
  line: number;
  field: string;
  kind: string;
  firstLine?: number;
}

function cell(row: HTMLTableRowElement, text: string, header = false): void {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.setAttribute('scope', 'col');
  element.textContent = text;
  row.append(element);
}

function enhance(form: HTMLFormElement): void {
  const fileBox = form.querySelector<HTMLElement>('.import-file');
  const fileInput = form.querySelector<HTMLInputElement>('input[type="file"]');
  const progressBox = form.querySelector<HTMLElement>('.import-progress');
  const bar = form.querySelector<HTMLProgressElement>('progress');
  const status = form.querySelector<HTMLElement>('.import-status');
  const outcome = document.getElementById('import-outcome');
  const token = form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  if (!fileBox || !fileInput || !progressBox || !bar || !status || !outcome) return;
  const label = (name: string): string => form.dataset[`label${name}`] ?? '';
  const problemTexts = JSON.parse(form.dataset.problems ?? '{}') as Record<string, string>;
  fileBox.hidden = false;

  const showProblems = (problems: Problem[]): void => {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('role', 'alert');
    const message = document.createElement('p');
    message.className = 'error-message';
    message.textContent = fillText(label('Failed'), { count: problems.length });
    const table = document.createElement('table');
    table.className = 'table';
    table.createCaption().textContent = label('Problems');
    const head = table.createTHead().insertRow();
    for (const name of ['Line', 'Column', 'Problem']) cell(head, label(name), true);
    const body = table.createTBody();
    for (const problem of problems) {
      const row = body.insertRow();
      cell(row, String(problem.line));
      cell(row, problem.field);
      cell(row, fillText(problemTexts[problem.kind] ?? problem.kind, { line: problem.firstLine ?? problem.line }));
    }
    wrapper.append(message, table);
    outcome.replaceChildren(wrapper);
  };

  form.addEventListener('submit', (event) => {
    const file = fileInput.files?.[0];
    if (!file) return;
    event.preventDefault();
    const importId = crypto.randomUUID();
    progressBox.hidden = false;
    bar.removeAttribute('value');
    status.textContent = label('Checking');
    let finished = false;
    const poll = async (): Promise<void> => {
      if (finished) return;
      const answer = await fetch(`/api/trainings/completions/imports/${importId}`, { headers: { Accept: 'application/json' } }).catch(() => null);
      if (answer?.ok && !finished) {
        const { data } = (await answer.json()) as { data: { phase: string; processed: number; total: number } };
        if (data.phase === 'writing' && data.total > 0) {
          bar.max = data.total;
          bar.value = data.processed;
          status.textContent = fillText(label('Writing'), { processed: data.processed, total: data.total });
        }
      }
      if (!finished) window.setTimeout(() => void poll(), pollMs);
    };
    window.setTimeout(() => void poll(), pollMs);
    void (async () => {
      const response = await fetch(`/api/trainings/completions/import?importId=${importId}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': token, Accept: 'application/json' },
        body: await file.text(),
      }).catch(() => null);
      finished = true;
      const answer = (await response?.json().catch(() => null)) as { data?: { rows: number; imported: number; alreadyRecorded: number }; error?: { code: string; details?: Problem[] } } | null;
      if (answer?.data) {
        bar.max = 1;
        bar.value = 1;
        status.textContent = label('Done');
        const notice = document.createElement('p');
        notice.className = 'notice notice-success';
        notice.setAttribute('role', 'status');
        notice.textContent = fillText(label('Summary'), { rows: answer.data.rows, imported: answer.data.imported, already: answer.data.alreadyRecorded });
        outcome.replaceChildren(notice);
      } else if (answer?.error?.code === 'csv_rows_invalid' && answer.error.details) {
        progressBox.hidden = true;
        showProblems(answer.error.details);
      } else {
        progressBox.hidden = true;
        const message = document.createElement('p');
        message.className = 'error-message';
        message.setAttribute('role', 'alert');
        message.textContent = label('Error');
        outcome.replaceChildren(message);
      }
    })();
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-import]')) enhance(form);
