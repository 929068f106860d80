// The organisers' instrument page, /self-assessment/instruments: every version of every instrument with its state
// (draft → published → retired), publishing a draft, retiring an instrument (no new attempt or round; results stay
// readable), and a new version pasted as JSON, saved as a draft or published at once; a refusal is shown in place.
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.js';
import { listAllInstrumentVersions, publishDraft, publishInstrument, retireInstrument, stateOf } from '../../commands/selfAssessment/instruments.js';
import { AppError, badRequest } from '../../errors.js';
import type { Instrument, InstrumentState } from '../../models/instrument.js';
import { attempt, csrfField } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { errorNotice } from './selfAssessmentPages.js';
import { instrumentTitle } from './views/selfAssessmentViews.js';

const stateKeys = { draft: 'sa.state.draft', published: 'sa.state.published', retired: 'sa.state.retired' } as const satisfies Record<InstrumentState, string>;

function versionActions(page: PageContext, instrument: Instrument, isCurrent: boolean): SafeHtml {
  const path = `/self-assessment/instruments/${instrument.key}`;
  const state = stateOf(instrument);
  if (state === 'draft') return html`<form method="post" action="${path}/versions/${instrument.version}/publish">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.publishDraft')}<span class="visually-hidden">: ${instrumentTitle(page, instrument)} ${instrument.version}</span></button></form>`;
  if (state === 'published' && isCurrent) return html`<form method="post" action="${path}/retire">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.retire')}<span class="visually-hidden">: ${instrumentTitle(page, instrument)}</span></button></form>`;
  return html``;
}

async function instrumentsPage(ctx: AppContext, req: Request, error?: AppError, posted = ''): Promise<string> {
  const page = pageContext(req);
  const versions = await listAllInstrumentVersions(ctx, req.actor);
  const current = new Set<string>();
  const seen = new Set<string>();
  for (const version of versions) {
    if (stateOf(version) === 'draft' || seen.has(version.key)) continue;
    seen.add(version.key);
    current.add(String(version._id));
  }
  const title = page.t('sa.instrumentsTitle');
  const paths = error?.details && Array.isArray(error.details) ? (error.details as { path?: unknown }[]).map((detail) => String(detail.path ?? '')).filter(Boolean) : [];
  const body = html`<h1>${title}</h1><p class="lead">${page.t('sa.instrumentsIntro')}</p>
    ${errorNotice(page, error)}${paths.length ? html`<ul class="hint">${paths.map((path) => html`<li><code>${path}</code></li>`)}</ul>` : ''}
    <table class="table"><caption class="visually-hidden">${title}</caption>
      <thead><tr><th scope="col">${page.t('sa.instrument')}</th><th scope="col">${page.t('sa.versionColumn')}</th><th scope="col">${page.t('sa.state')}</th><th scope="col">${page.t('sa.savedOn')}</th><th scope="col"><span class="visually-hidden">${page.t('sa.actions')}</span></th></tr></thead>
      <tbody>${versions.map((instrument) => html`<tr><th scope="row">${instrumentTitle(page, instrument)} <code>${instrument.key}</code></th><td class="numeric">${page.number(instrument.version)}</td>
        <td><span class="badge">${page.t(stateKeys[stateOf(instrument)])}</span></td><td>${page.date(instrument.createdAt)}</td><td>${versionActions(page, instrument, current.has(String(instrument._id)))}</td></tr>`)}</tbody></table>
    <section aria-labelledby="sa-new-version"><h2 id="sa-new-version">${page.t('sa.newVersion')}</h2>
      <form method="post" action="/self-assessment/instruments" class="stack">${csrfField(page)}
        <div class="field"><label for="sa-instrument-json">${page.t('sa.instrumentJson')}</label>
          <p class="hint" id="sa-instrument-json-hint">${page.t('sa.instrumentJsonHint')}</p>
          <textarea name="instrument" id="sa-instrument-json" rows="14" required aria-describedby="sa-instrument-json-hint" spellcheck="false">${posted}</textarea></div>
        <div class="button-row"><button type="submit" name="state" value="draft" class="button secondary">${page.t('sa.saveDraft')}</button>
          <button type="submit" name="state" value="published" class="button">${page.t('sa.publishNow')}</button></div></form></section>`;
  return renderPage(page, { title, body, noIndex: true });
}

function parsedInstrument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('invalid_json', 'The instrument is not valid JSON.');
  }
}

export function selfAssessmentInstrumentPages(ctx: AppContext): Router {
  const router = Router();
  const back = '/self-assessment/instruments';

  router.get(back, async (req, res) => {
    res.type('html').send(await instrumentsPage(ctx, req));
  });

  router.post(back, async (req, res) => {
    const fields = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const text = typeof fields.instrument === 'string' ? fields.instrument : '';
    const outcome = await attempt(() => publishInstrument(ctx, req.actor, parsedInstrument(text), fields.state === 'draft' ? 'draft' : 'published'));
    if (outcome.ok) return res.redirect(303, back);
    return res.status(outcome.error.status).type('html').send(await instrumentsPage(ctx, req, outcome.error, text));
  });

  router.post(`${back}/:key/versions/:version/publish`, async (req, res) => {
    await publishDraft(ctx, req.actor, req.params.key, { version: req.params.version });
    res.redirect(303, back);
  });

  router.post(`${back}/:key/retire`, async (req, res) => {
    await retireInstrument(ctx, req.actor, req.params.key);
    res.redirect(303, back);
  });

  return router;
}
