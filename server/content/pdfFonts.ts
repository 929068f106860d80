// The fonts every Praxis PDF embeds: DejaVu Sans from the dejavu-fonts-ttf package, read once, so that č š ž ł ą ę
// å ä ö render (pdfkit's built-in fonts lack them). Registered as 'regular' and 'bold'.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  fonts ??= { regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')), bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')) };
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
}
