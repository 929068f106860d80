// The organisers' collection editor (works without JavaScript): create a collection, edit its title, introduction
// and event, search and add practices and resources (straight into a chosen section), group them into titled sections (add, rename, reorder, remove
// a section; put an item into one), reorder or remove items, and publish. Every form calls a command with the
// revision it edited, so a stale edit is refused and shown.
import { randomBytes } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { collectionViews } from '../../commands/collections/collectionViews.js';
import { groupBySection, moveSection, moveWithinSection, placeInSection, removeSection, sectionTitle, type SectionedItem } from '../../commands/collections/collectionSections.js';
import { publishCollection } from '../../commands/collections/publishCollection.js';
import { createCollection } from '../../commands/collections/createCollection.js';
import { collectionAccessOf, loadVisibleCollection } from '../../commands/collections/loadCollection.js';
import { updateCollection } from '../../commands/collections/updateCollection.js';
import { searchContent } from '../../commands/search/searchContent.js';
import { unauthenticated, type AppError } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { Collection, CollectionSection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import { presentSearchHit } from '../../presenters/searchPresenter.js';
import { termIds, termLabel } from '../../vocab/index.js';
import { attempt, csrfField, errorSummary, field, fieldErrorsOf, statusMessage, type FieldErrors } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

const detailNames = ['language', 'title', 'introduction', 'eventName', 'eventDate', 'eventPlace'] as const;
type Details = Record<(typeof detailNames)[number], string>;

const textOf = (req: Request, name: string): string => {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
};

function detailsOf(collection: Collection, locale: string): Details {
  const language = Object.keys(collection.title)[0] ?? locale;
  return {
    language,
    title: collection.title[language] ?? '',
    introduction: collection.introduction[language] ?? '',
    eventName: collection.event?.name ?? '',
    eventDate: collection.event?.date ?? '',
    eventPlace: collection.event?.place ?? '',
  };
}

/** The command input for the details form: title and introduction in its language, and the event if named. */
function detailsInput(details: Details): Record<string, unknown> {
  const event = details.eventName
    ? { name: details.eventName, ...(details.eventDate ? { date: details.eventDate } : {}), ...(details.eventPlace ? { place: details.eventPlace } : {}) }
    : null;
  return { title: { [details.language]: details.title }, introduction: { [details.language]: details.introduction }, event };
}

function detailsForm(page: PageContext, action: string, details: Details, errors: FieldErrors, rev?: number): SafeHtml {
  const languages = termIds('languages').map((id): readonly [string, string] => [id, termLabel('languages', id, page.locale)]);
  const error = (name: string) => errors[name];
  return html`<form method="post" action="${action}" class="collection-form" novalidate>
    ${csrfField(page)}${rev === undefined ? '' : html`<input type="hidden" name="rev" value="${rev}">`}
    ${field({ name: 'language', label: page.t('collectionEditor.language'), value: details.language, options: languages })}
    ${field({ name: 'title', label: page.t('collectionEditor.title'), value: details.title, error: error('title'), required: true })}
    ${field({ name: 'introduction', label: page.t('collectionEditor.introduction'), value: details.introduction, error: error('introduction'), rows: 5, hint: page.t('editor.hint.markdown') })}
    <fieldset class="field"><legend>${page.t('collectionEditor.event')}</legend>
      ${field({ name: 'eventName', label: page.t('collectionEditor.eventName'), value: details.eventName, error: error('event') })}
      ${field({ name: 'eventDate', label: page.t('collectionEditor.eventDate'), type: 'date', value: details.eventDate })}
      ${field({ name: 'eventPlace', label: page.t('collectionEditor.eventPlace'), value: details.eventPlace })}
    </fieldset>
    <button type="submit" class="button primary">${page.t('collectionEditor.saveDetails')}</button>
  </form>`;
}

/** Why a form of the editor was refused: the message, the details form's fields, or a section title form's typed text. */
interface EditorProblem {
  readonly message: string;
  readonly errors?: FieldErrors;
  readonly details?: Details;
  readonly section?: { readonly form: string; readonly title: string; readonly error?: string };
}

export function collectionEditorPages(ctx: AppContext): Router {
  const router = Router();
  const send = (req: Request, res: Response, status: number, title: string, body: SafeHtml): void => {
    res.status(status).type('html').send(renderPage(pageContext(req), { title, body, noIndex: true }));
  };
  const requireUser = (req: Request): void => {
    if (!req.user) throw unauthenticated();
  };
  const postedDetails = (req: Request, fallbackLanguage: string): Details =>
    Object.fromEntries(detailNames.map((name) => [name, textOf(req, name) || (name === 'language' ? fallbackLanguage : '')])) as Details;
  const errorsOf = (page: PageContext, error: Parameters<typeof fieldErrorsOf>[0]) => fieldErrorsOf(error, () => page.t('editor.error.invalid'));

  router.get('/collections/new', (req, res) => {
    requireUser(req);
    authorize(req.actor, 'collection.create');
    const page = pageContext(req);
    const empty = Object.fromEntries(detailNames.map((name) => [name, name === 'language' ? page.locale : ''])) as Details;
    send(req, res, 200, page.t('collectionEditor.newTitle'), html`<section class="narrow"><h1>${page.t('collectionEditor.newTitle')}</h1>${detailsForm(page, '/collections/new', empty, {})}</section>`);
  });

  router.post('/collections/new', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const details = postedDetails(req, page.locale);
    const { event, ...rest } = detailsInput(details);
    const result = await attempt(() => createCollection(ctx, req.actor, { ...rest, ...(event ? { event } : {}) }));
    if (!result.ok) {
      const errors = errorsOf(page, result.error);
      return send(req, res, result.error.status, page.t('collectionEditor.newTitle'), html`<section class="narrow"><h1>${page.t('collectionEditor.newTitle')}</h1>
        ${errorSummary(page, errors, Object.keys(errors).length === 0 ? result.error.message : undefined)}${detailsForm(page, '/collections/new', details, errors)}</section>`);
    }
    res.redirect(303, `/collections/${String(result.value._id)}/edit?saved=1`);
  });

  async function renderEditor(req: Request, res: Response, problem?: EditorProblem, status = 200): Promise<void> {
    const page = pageContext(req);
    const collection = await loadVisibleCollection(ctx, req.actor, req.params.id);
    authorize(req.actor, 'collection.update', collectionAccessOf(collection));
    const [view] = await collectionViews(ctx, req.actor, [collection]);
    const id = String(collection._id);
    const titles = new Map((view?.items ?? []).map((item) => [`${item.type}:${item.id}`, item.title]));
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const inCollection = new Set(collection.items.map((item) => `${item.type}:${String(item.id)}`));
    const hits = q ? (await searchContent(ctx, req.actor, { q, type: 'practice,resource', limit: '10' }, { defaultLocale: page.locale })).result.hits.map((hit) => presentSearchHit(hit, page.locale)) : [];
    const addable = hits.filter((hit) => (hit.type === 'practice' || hit.type === 'resource') && !inCollection.has(`${hit.type}:${hit.id}`));
    const rev = html`<input type="hidden" name="rev" value="${collection.rev}">`;
    /** What a section title field shows: what was typed into it (and why it was refused) if that form was sent, else `value`. */
    const sectionTitleState = (form: string, value: string): { value: string; error?: string } =>
      problem?.section?.form === form ? { value: problem.section.title, error: problem.section.error } : { value };
    // The item's name is read after the visible label, so the button's accessible name starts with what it shows.
    const itemForm = (op: string, index: number, label: string, extra: SafeHtml = html``, itemName?: string) =>
      html`<form method="post" action="/collections/${id}/items" class="inline">${csrfField(page)}${rev}<input type="hidden" name="op" value="${op}"><input type="hidden" name="index" value="${index}">${extra}<button type="submit" class="button small">${label}${itemName ? html`<span class="visually-hidden">: ${itemName}</span>` : ''}</button></form>`;
    const sections = collection.sections ?? [];
    const language = detailsOf(collection, page.locale).language;
    const sectionName = (section: CollectionSection): string => sectionTitle(section, language).text;
    const indexed = collection.items.map((item, index) => ({ item, index, name: titles.get(`${item.type}:${String(item.id)}`) ?? String(item.id) }));
    const groups = groupBySection(sections, indexed, (entry) => entry.item.section);
    const sectionOptions = [['', page.t('collectionEditor.noSection')] as const, ...sections.map((section): readonly [string, string] => [section.id, sectionName(section)])];
    /** The section the last added item went into, so several results can go into one track in a row. */
    const addSection = typeof req.query.section === 'string' && sections.some((section) => section.id === req.query.section) ? req.query.section : '';
    const itemRow = (entry: (typeof indexed)[number], group: (typeof indexed)): SafeHtml => {
      const { item, index, name } = entry;
      const position = group.indexOf(entry);
      const sectionChoice = sections.length === 0 ? html`` : html`<form method="post" action="/collections/${id}/items" class="inline section-choice">${csrfField(page)}${rev}<input type="hidden" name="op" value="section"><input type="hidden" name="index" value="${index}">
        ${field({ name: 'section', idPrefix: `it${index}`, label: page.t('collectionEditor.sectionOf', { name }), value: item.section ?? '', options: sectionOptions })}
        <button type="submit" class="button small" aria-label="${page.t('collectionEditor.moveToSectionLabel', { name })}">${page.t('collectionEditor.moveToSection')}</button></form>`;
      return html`<li class="editor-item"><span class="item-name"><span class="item-title">${name}</span> <span class="meta">${page.t(item.type === 'practice' ? 'collectionEditor.practice' : 'collectionEditor.resource')}</span></span>
        <span class="item-actions">${position > 0 ? itemForm('up', index, page.t('collectionEditor.moveUp'), html``, name) : ''}
        ${position < group.length - 1 ? itemForm('down', index, page.t('collectionEditor.moveDown'), html``, name) : ''}
        ${itemForm('remove', index, page.t('collectionEditor.remove'), html``, name)}</span>
        ${sectionChoice}</li>`;
    };
    const sectionForm = (op: string, sectionId: string, label: string, sectionName: string, extra: SafeHtml = html``) =>
      html`<form method="post" action="/collections/${id}/sections" class="inline">${csrfField(page)}${rev}<input type="hidden" name="op" value="${op}"><input type="hidden" name="sectionId" value="${sectionId}">${extra}<button type="submit" class="button small">${label}<span class="visually-hidden">: ${sectionName}</span></button></form>`;
    const sectionBlock = (section: CollectionSection | null, entries: typeof indexed, position: number): SafeHtml => {
      const list = entries.length === 0 ? html`<p class="hint">${page.t(section ? 'collectionEditor.sectionEmpty' : 'collectionEditor.noItems')}</p>` : html`<ol class="collection-items">${entries.map((entry) => itemRow(entry, entries))}</ol>`;
      if (!section) return sections.length === 0 ? list : html`<section class="collection-section-editor" aria-labelledby="sec-none"><h3 id="sec-none">${page.t('collectionEditor.noSection')}</h3>${list}</section>`;
      const name = sectionName(section);
      return html`<section class="collection-section-editor" id="section-${section.id}" aria-labelledby="sec-${section.id}">
        <div class="section-head"><h3 id="sec-${section.id}">${name}</h3>
          <span class="item-actions">${position > 0 ? sectionForm('up', section.id, page.t('collectionEditor.moveUp'), name) : ''}
          ${position < sections.length - 1 ? sectionForm('down', section.id, page.t('collectionEditor.moveDown'), name) : ''}
          ${sectionForm('remove', section.id, page.t('collectionEditor.removeSection'), name)}</span></div>
        <form method="post" action="/collections/${id}/sections" class="inline-form">${csrfField(page)}${rev}<input type="hidden" name="op" value="rename"><input type="hidden" name="sectionId" value="${section.id}">
          ${field({ name: 'title', idPrefix: `sec-${section.id}`, label: page.t('collectionEditor.sectionTitleOf', { name }), ...sectionTitleState(`sec-${section.id}`, name) })}
          <button type="submit" class="button small">${page.t('collectionEditor.saveSectionTitle')}</button></form>
        ${list}
      </section>`;
    };
    const title = detailsOf(collection, page.locale).title;
    const body = html`<section class="collection-editor">
      <p class="eyebrow">${page.t('collectionEditor.eyebrow')} · <span class="state">${page.t(`collectionState.${collection.state}`)}</span></p>
      <h1>${title}</h1>
      ${statusMessage(req.query.saved === '1' ? page.t('editor.saved') : req.query.published === '1' ? page.t('collectionEditor.published', { slug: collection.slug }) : undefined)}
      ${problem?.section?.error ? errorSummary(page, { title: problem.section.error }, undefined, problem.section.form) : problem ? errorSummary(page, problem.errors ?? {}, problem.message) : ''}
      <h2>${page.t('collectionEditor.details')}</h2>
      ${detailsForm(page, `/collections/${id}/edit`, problem?.details ?? detailsOf(collection, page.locale), problem?.errors ?? {}, collection.rev)}
      <section aria-labelledby="items-heading"><h2 id="items-heading">${page.t('collectionEditor.items')} (${page.number(collection.items.length)})</h2>
        <p class="hint">${page.t('collectionEditor.sectionsIntro')}</p>
        ${groups.map((group, position) => sectionBlock(group.section, group.items, position - 1))}
        <form method="post" action="/collections/${id}/sections" class="inline-form add-section">${csrfField(page)}${rev}<input type="hidden" name="op" value="add">
          ${field({ name: 'title', idPrefix: 'new-section', label: page.t('collectionEditor.sectionTitle'), ...sectionTitleState('new-section', '') })}
          <button type="submit" class="button">${page.t('collectionEditor.addSection')}</button></form>
      </section>
      <section aria-labelledby="add-heading"><h2 id="add-heading">${page.t('collectionEditor.add')}</h2>
        <form method="get" action="/collections/${id}/edit" role="search" class="inline-form">
          ${field({ name: 'q', idPrefix: 'cs', label: page.t('collectionEditor.searchLabel'), type: 'search', value: q })}
          <button type="submit" class="button">${page.t('nav.search')}</button>
        </form>
        ${q && addable.length === 0 ? html`<p>${page.t('collectionEditor.noResults')}</p>` : ''}
        <ul class="search-add">${addable.map((hit, position) => html`<li class="editor-item"><span class="item-name"><span class="item-title">${hit.title}</span></span>
          <span class="item-actions">${itemForm('add', collection.items.length, page.t('collectionEditor.addItem'), html`<input type="hidden" name="type" value="${hit.type}"><input type="hidden" name="itemId" value="${hit.id}"><input type="hidden" name="q" value="${q}">
            ${sections.length === 0 ? '' : field({ name: 'section', idPrefix: `add${position}`, label: page.t('collectionEditor.addToSection', { name: hit.title }), value: addSection, options: sectionOptions })}`, hit.title)}</span></li>`)}</ul>
      </section>
      ${collection.state === 'published' ? '' : html`<form method="post" action="/collections/${id}/publish">${csrfField(page)}<button type="submit" class="button primary">${page.t('collectionEditor.publish')}</button></form>`}
    </section>`;
    send(req, res, status, `${page.t('collectionEditor.eyebrow')} · ${title}`, body);
  }

  router.get('/collections/:id/edit', async (req, res) => {
    requireUser(req);
    await renderEditor(req, res);
  });

  const staleOrError = (page: PageContext, error: AppError): string =>
    error.code === 'stale_revision' ? page.t('collectionEditor.stale') : errorText(page.locale, error);

  router.post('/collections/:id/edit', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const details = postedDetails(req, page.locale);
    const result = await attempt(() => updateCollection(ctx, req.actor, req.params.id, { rev: Number(textOf(req, 'rev')), changes: detailsInput(details) }));
    if (!result.ok) return renderEditor(req, res, { message: staleOrError(page, result.error), errors: errorsOf(page, result.error), details }, result.error.status);
    res.redirect(303, `/collections/${req.params.id}/edit?saved=1`);
  });

  /** Saves new items and sections from one of the editor's buttons, or shows the editor with what went wrong. */
  async function saveLayout(req: Request, res: Response, changes: { items: SectionedItem[]; sections?: CollectionSection[] }, section?: { form: string; title: string }, back: Record<string, string> = {}): Promise<void> {
    const page = pageContext(req);
    const result = await attempt(() => updateCollection(ctx, req.actor, req.params.id, { rev: Number(textOf(req, 'rev')), changes }));
    if (!result.ok) {
      const error = result.error.code === 'validation_failed' ? page.t('collectionEditor.sectionTitleError') : undefined;
      return renderEditor(req, res, { message: staleOrError(page, result.error), ...(section ? { section: { ...section, error } } : {}) }, result.error.status);
    }
    res.redirect(303, `/collections/${req.params.id}/edit?${new URLSearchParams({ saved: '1', ...Object.fromEntries(Object.entries(back).filter(([, value]) => value)) }).toString()}`);
  }

  const itemsOf = (collection: Collection): SectionedItem[] =>
    collection.items.map((item) => ({ type: item.type, id: String(item.id), ...(item.section ? { section: item.section } : {}) }));

  router.post('/collections/:id/items', async (req, res) => {
    requireUser(req);
    const collection = await loadVisibleCollection(ctx, req.actor, req.params.id);
    let items = itemsOf(collection);
    const index = Number(textOf(req, 'index'));
    const op = textOf(req, 'op');
    if (op === 'add') {
      items.push({ type: textOf(req, 'type') as 'practice', id: textOf(req, 'itemId') });
      const section = textOf(req, 'section');
      if (section) items = placeInSection(items, items.length - 1, section) as SectionedItem[];
      return saveLayout(req, res, { items }, undefined, { q: textOf(req, 'q').slice(0, 200), section });
    }
    if (op === 'remove') items.splice(index, 1);
    else if (op === 'up' || op === 'down') items = moveWithinSection(items, index, op);
    else if (op === 'section') items = placeInSection(items, index, textOf(req, 'section') || undefined);
    await saveLayout(req, res, { items });
  });

  router.post('/collections/:id/sections', async (req, res) => {
    requireUser(req);
    const page = pageContext(req);
    const collection = await loadVisibleCollection(ctx, req.actor, req.params.id);
    const items = itemsOf(collection);
    const sections = (collection.sections ?? []).map((section) => ({ id: section.id, title: { ...section.title } }));
    const language = detailsOf(collection, page.locale).language;
    const op = textOf(req, 'op');
    const sectionId = textOf(req, 'sectionId');
    const index = sections.findIndex((section) => section.id === sectionId);
    const title = textOf(req, 'title');
    if (op === 'add') {
      return saveLayout(req, res, { items, sections: [...sections, { id: `s${randomBytes(4).toString('hex')}`, title: { [language]: title } }] }, { form: 'new-section', title });
    }
    if (op === 'rename' && sections[index]) {
      sections[index] = { id: sectionId, title: { ...sections[index].title, [language]: title } };
      return saveLayout(req, res, { items, sections }, { form: `sec-${sectionId}`, title });
    }
    if ((op === 'up' || op === 'down') && index >= 0) return saveLayout(req, res, { items, sections: moveSection(sections, index, op) });
    if (op === 'remove' && index >= 0) return saveLayout(req, res, removeSection(sections, items, sectionId));
    await saveLayout(req, res, { items, sections });
  });

  router.post('/collections/:id/publish', async (req, res) => {
    requireUser(req);
    const result = await attempt(() => publishCollection(ctx, req.actor, req.params.id, {}));
    if (!result.ok) return renderEditor(req, res, { message: result.error.message }, result.error.status);
    res.redirect(303, `/collections/${req.params.id}/edit?published=1`);
  });

  return router;
}
