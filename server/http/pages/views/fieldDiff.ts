// The difference between two versions of a practice's fields as a reviewer reads it: each changed field under its
// label in the reader's language, vocabulary codes as their labels and attachments as their file names, licences and
// descriptions (added and removed ones marked), and Markdown as text with the removed and added words highlighted.
import { wordDiff, type DiffPart } from '../../../content/wordDiff.js';
import type { AttachmentChoice } from '../../../models/practice.js';
import { termLabel } from '../../../vocab/index.js';
import { fieldLabel } from '../editor/practiceFormView.js';
import { fieldOfPath, vocabOfField } from '../editor/practiceSteps.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

type Leaf = string | readonly string[];

export interface FieldChange {
  readonly path: string;
  readonly before: Leaf;
  readonly after: Leaf;
}

/** Paths a reader does not review as content (how a text was made, whether it is reviewed). */
const bookkeeping = /\.(provenance|reviewed)$/;

function leaves(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined && value !== null && prefix) {
    out.set(prefix, Array.isArray(value) ? value.map(String) : String(value));
  }
  return out;
}

const same = (a: Leaf | undefined, b: Leaf | undefined): boolean => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** The fields that differ between two snapshots of editable fields, in a stable order. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => !bookkeeping.test(path) && !same(a.get(path), b.get(path)))
    .sort()
    .map((path) => ({ path, before: a.get(path) ?? '', after: b.get(path) ?? '' }));
}

function pathLabel(page: PageContext, path: string): string {
  const parts = path.split('.');
  const name = fieldLabel(page, fieldOfPath(path));
  return parts[0] === 'texts' && parts[1] ? `${name} (${label(page, 'languages', parts[1])})` : name;
}

/** Removed or added text, with its meaning spelled out for screen readers (which do not announce del and ins). */
function mark(page: PageContext, kind: 'removed' | 'added', text: string): SafeHtml {
  const said = html`<span class="visually-hidden">[${page.t(kind === 'removed' ? 'review.removed' : 'review.added')}] </span>`;
  return kind === 'removed' ? html`<del>${said}${text}</del>` : html`<ins>${said}${text}</ins>`;
}

const wordsOf = (page: PageContext, parts: readonly DiffPart[], keep: 'removed' | 'added'): SafeHtml =>
  html`${parts.filter((part) => part.kind === 'same' || part.kind === keep).map((part) => (part.kind === 'same' ? part.text : mark(page, keep, part.text)))}`;

function listCells(page: PageContext, change: FieldChange, labelOf: (value: string) => string): [SafeHtml, SafeHtml] {
  const list = (leaf: Leaf): string[] => (Array.isArray(leaf) ? [...leaf] : leaf === '' ? [] : [String(leaf)]);
  const before = list(change.before);
  const after = list(change.after);
  const cell = (values: string[], others: string[], kind: 'removed' | 'added'): SafeHtml =>
    html`<ul class="diff-terms">${values.map((value) => {
      const text = labelOf(value);
      return html`<li>${others.includes(value) ? text : mark(page, kind, text)}</li>`;
    })}</ul>`;
  return [cell(before, after, 'removed'), cell(after, before, 'added')];
}

/** A snapshot whose attachments read as "name · licence · caption · alt", so the diff lists each file as a reader knows it. */
export function withReadableAttachments(page: PageContext, snapshot: unknown, names: ReadonlyMap<string, string>): unknown {
  const fields = (snapshot ?? {}) as { attachments?: AttachmentChoice[] };
  if (!Array.isArray(fields.attachments)) return snapshot;
  const describe = (choice: AttachmentChoice): string =>
    [names.get(choice.uploadId) ?? choice.uploadId, termLabel('licences', choice.licence, page.locale), choice.caption, choice.alt && choice.alt !== choice.caption ? choice.alt : undefined]
      .filter(Boolean).join(' · ');
  return { ...fields, attachments: fields.attachments.map(describe) };
}

function cells(page: PageContext, change: FieldChange): [SafeHtml, SafeHtml] {
  const vocab = change.path.startsWith('texts.') ? undefined : vocabOfField(fieldOfPath(change.path));
  if (vocab) return listCells(page, change, (id) => termLabel(vocab, id, page.locale));
  if (change.path === 'attachments') return listCells(page, change, (text) => text);
  const text = (leaf: Leaf): string => (Array.isArray(leaf) ? leaf.join(', ') : String(leaf));
  const parts = wordDiff(text(change.before), text(change.after));
  const empty = html`<span class="diff-empty">${page.t('review.empty')}</span>`;
  return [
    text(change.before) ? html`<div class="diff-text">${wordsOf(page, parts, 'removed')}</div>` : empty,
    text(change.after) ? html`<div class="diff-text">${wordsOf(page, parts, 'added')}</div>` : empty,
  ];
}

/** A table of the changes: field, the earlier version with removals struck, the later one with additions marked. */
export function fieldDiffTable(page: PageContext, changes: readonly FieldChange[], headings: { caption: string; before: string; after: string }): SafeHtml {
  if (changes.length === 0) return html`<p>${page.t('review.noChanges')}</p>`;
  return html`<table class="table diff-table">
    <caption>${headings.caption}</caption>
    <thead><tr><th scope="col">${page.t('review.field')}</th><th scope="col">${headings.before}</th><th scope="col">${headings.after}</th></tr></thead>
    <tbody>${changes.map((change) => {
      const [before, after] = cells(page, change);
      return html`<tr><th scope="row">${pathLabel(page, change.path)}</th><td class="diff-before">${before}</td><td class="diff-after">${after}</td></tr>`;
    })}</tbody>
  </table>`;
}
