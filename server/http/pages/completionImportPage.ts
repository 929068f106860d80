// GET/POST /trainings/import: the organiser's import of LMS completions. Without JavaScript the CSV is pasted and
// the answer is a summary or the table of every bad line (nothing written); the island (completionImport.js) sends a
// chosen file as text/csv with a progress id and shows rows checked and written while it runs.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { completionCsvColumns, importCompletions, importProblemCodes, type ImportProblem, type ImportResult } from '../../commands/trainings/importCompletions.js';
import type { AppError } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { attempt, csrfField, field } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { trainingErrorMessage } from './trainingPages.js';

const problemText = (page: PageContext, problem: ImportProblem): string =>
  page.t(`import.problem.${problem.kind}`, { line: page.number(problem.firstLine ?? problem.line) });

function problemTable(page: PageContext, problems: readonly ImportProblem[]): SafeHtml {
  return html`<table class="table"><caption>${page.t('import.problems')}</caption>
    <thead><tr><th scope="col">${page.t('import.line')}</th><th scope="col">${page.t('import.column')}</th><th scope="col">${page.t('import.problem')}</th></tr></thead>
    <tbody>${problems.map((p) => html`<tr><td>${page.number(p.line)}</td><td><code>${p.field}</code></td><td>${problemText(page, p)}</td></tr>`)}</tbody></table>`;
}

function outcome(page: PageContext, result?: ImportResult, error?: AppError): SafeHtml {
  if (result) return html`<p class="notice notice-success" role="status">${page.t('import.done', { rows: page.number(result.rows), imported: page.number(result.imported), already: page.number(result.alreadyRecorded) })}</p>`;
  if (!error) return html``;
  const problems = error.code === 'csv_rows_invalid' && Array.isArray(error.details) ? (error.details as ImportProblem[]) : [];
  return html`<div role="alert"><p class="error-message">${problems.length ? page.t('import.refused', { count: page.number(problems.length) }) : trainingErrorMessage(page, error)}</p>${problems.length ? problemTable(page, problems) : ''}</div>`;
}

function importPage(page: PageContext, csv = '', result?: ImportResult, error?: AppError): string {
  const title = page.t('import.title');
  const messages = Object.fromEntries(importProblemCodes.map((code) => [code, page.t(`import.problem.${code}`, { line: '{line}' })]));
  const body = html`<h1>${title}</h1><p class="lead">${page.t('import.intro')}</p>
    <p>${page.t('import.format')} <code>${completionCsvColumns.join(',')}</code></p>
    <pre class="example"><code>training,email,completedAt
e-varnost-v-javni-upravi,ana.novak@example.si,2026-03-14</code></pre>
    <div id="import-outcome">${outcome(page, result, error)}</div>
    <form method="post" action="/trainings/import" class="completion-import" data-import
      data-label-checking="${page.t('import.checking')}" data-label-writing="${page.t('import.writing')}" data-label-done="${page.t('import.doneShort')}"
      data-label-failed="${page.t('import.refused', { count: '{count}' })}" data-label-summary="${page.t('import.done', { rows: '{rows}', imported: '{imported}', already: '{already}' })}"
      data-label-line="${page.t('import.line')}" data-label-column="${page.t('import.column')}" data-label-problem="${page.t('import.problem')}" data-label-problems="${page.t('import.problems')}"
      data-label-error="${page.t('import.failed')}" data-problems="${JSON.stringify(messages)}">
      ${csrfField(page)}
      <div class="field import-file" hidden><label for="import-file">${page.t('import.file')}</label>
        <p class="hint" id="import-file-hint">${page.t('import.fileHint')}</p>
        <input type="file" id="import-file" name="file" accept=".csv,text/csv" aria-describedby="import-file-hint"></div>
      ${field({ name: 'csv', label: page.t('import.paste'), rows: 8, value: csv })}
      <p class="import-progress" hidden><progress max="100" value="0"></progress> <span class="import-status" role="status" aria-live="polite"></span></p>
      <button type="submit" class="button">${page.t('import.submit')}</button>
    </form>`;
  return renderPage(page, { title, body, scripts: ['completionImport.js'], noIndex: true });
}

export function completionImportPage(ctx: AppContext): Router {
  const router = Router();

  router.get('/trainings/import', (req, res) => {
    authorize(req.actor, 'training.create');
    res.type('html').send(importPage(pageContext(req)));
  });

  router.post('/trainings/import', async (req: Request, res: Response) => {
    authorize(req.actor, 'training.create');
    const csv = typeof (req.body as Record<string, unknown> | undefined)?.csv === 'string' ? String((req.body as Record<string, unknown>).csv) : '';
    const result = await attempt(() => importCompletions(ctx, req.actor, { csv }));
    const page = pageContext(req);
    if (result.ok) return res.type('html').send(importPage(page, '', result.value));
    res.status(result.error.status).type('html').send(importPage(page, csv, undefined, result.error));
  });

  return router;
}
