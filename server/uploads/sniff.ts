// Decides what an uploaded file is from its bytes alone, against an allow-list of image and document types;
// the declared type and the file name never decide (the name only tells Markdown from plain text).
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.js';
import { readStoredEntry, readZipEntries, type ZipEntry } from './zipEntries.js';

export type UploadKind = 'image' | 'document';

export interface SniffedType {
  readonly kind: UploadKind;
  readonly mime: string;
  readonly ext: string;
}

const images: Record<string, SniffedType> = {
  jpg: { kind: 'image', mime: 'image/jpeg', ext: 'jpg' },
  png: { kind: 'image', mime: 'image/png', ext: 'png' },
  apng: { kind: 'image', mime: 'image/png', ext: 'png' },
  webp: { kind: 'image', mime: 'image/webp', ext: 'webp' },
  gif: { kind: 'image', mime: 'image/gif', ext: 'gif' },
  avif: { kind: 'image', mime: 'image/avif', ext: 'avif' },
};

const office: Record<string, { mime: string; required: string[] }> = {
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', required: ['[Content_Types].xml', 'word/document.xml'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', required: ['[Content_Types].xml', 'ppt/presentation.xml'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', required: ['[Content_Types].xml', 'xl/workbook.xml'] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', required: ['mimetype', 'content.xml'] },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', required: ['mimetype', 'content.xml'] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', required: ['mimetype', 'content.xml'] },
};

/** Markup a browser would run: refused inside images (polyglots) and at the top of text files. */
const activeMarkup = /<(?:script|html|svg|iframe|object|embed|body|head|!doctype|\?php|\?xml)[\s>/]/i;
const leadingMarkup = /^\s*<(?:!doctype|html|head|body|svg|\?xml|script|iframe|!--)/i;
/** Control characters other than tab, line feed, form feed and carriage return (NUL included). */
function hasForbiddenControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
const macroEntry = /(?:^|\/)vbaProject\.bin$|^Basic\/|^Scripts\//i;

const unsupported = (name: string): AppError =>
  new AppError(415, 'unsupported_file_type', `"${name}" is not an accepted type. Upload images (JPEG, PNG, WebP, GIF, AVIF) or documents (PDF, Word, PowerPoint, Excel, OpenDocument, text, Markdown).`);
const unsafe = (name: string, why: string): AppError => new AppError(415, 'unsafe_file', `"${name}" was refused: ${why}.`);

function verifyOfficeDocument(bytes: Buffer, ext: string, name: string): SniffedType {
  const expected = office[ext];
  const entries = readZipEntries(bytes);
  if (!entries) throw new AppError(415, 'damaged_file', `"${name}" looks like a document but its archive is damaged.`);
  const names = new Set(entries.map((entry: ZipEntry) => entry.name));
  if (entries.some((entry) => macroEntry.test(entry.name))) throw unsafe(name, 'documents with macros are not accepted');
  if (!expected.required.every((required) => names.has(required))) throw unsupported(name);
  if (expected.required.includes('mimetype')) {
    const first = entries[0];
    const declared = first && first.name === 'mimetype' ? readStoredEntry(bytes, first) : null;
    if (!declared || declared.toString('ascii') !== expected.mime) throw unsupported(name);
  }
  return { kind: 'document', mime: expected.mime, ext };
}

function verifyText(bytes: Buffer, name: string): SniffedType {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unsupported(name);
  }
  if (hasForbiddenControl(text)) throw unsupported(name);
  if (leadingMarkup.test(text) || activeMarkup.test(text)) throw unsafe(name, 'HTML and SVG files are not accepted');
  return /\.(?:md|markdown)$/i.test(name)
    ? { kind: 'document', mime: 'text/markdown', ext: 'md' }
    : { kind: 'document', mime: 'text/plain', ext: 'txt' };
}

/** The accepted type of `bytes`, or an AppError (400 empty_file, 415 unsupported_file_type / unsafe_file / damaged_file). */
export async function sniffType(bytes: Buffer, name: string): Promise<SniffedType> {
  if (bytes.length === 0) throw new AppError(400, 'empty_file', `"${name}" is empty.`);
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return verifyText(bytes, name);
  const image = Object.hasOwn(images, detected.ext) ? images[detected.ext] : undefined;
  if (image) {
    if (activeMarkup.test(bytes.toString('latin1'))) throw unsafe(name, 'the image carries hidden web page code');
    return image;
  }
  if (detected.ext === 'pdf') return { kind: 'document', mime: 'application/pdf', ext: 'pdf' };
  if (Object.hasOwn(office, detected.ext)) return verifyOfficeDocument(bytes, detected.ext, name);
  throw unsupported(name);
}
