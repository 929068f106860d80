// Draws a certificate of completion as a PDF with pdfkit in the participant's language, embedding DejaVu Sans
// (the dejavu-fonts-ttf package) so that č š ž ł ą ę å ä ö render; pdfkit's built-in fonts lack them.
import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../content/pdfFonts.js';
import type { CertificateFacts } from '../commands/trainings/certificates.js';
import { formatDate, t } from '../i18n/translate.js';


/** The training title in the certificate's language, else its first. */
export function titleIn(title: Record<string, string>, locale: string): string {
  return title[locale] ?? Object.values(title)[0] ?? '';
}

export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/certificates/${encodeURIComponent(code)}`;
}

export async function renderCertificatePdf(facts: CertificateFacts, publicUrl: string): Promise<Buffer> {
  const locale = facts.locale;
  const title = titleIn(facts.trainingTitle, locale);
  const url = verificationUrl(publicUrl, facts.code);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    lang: locale,
    info: { Title: `${t(locale, 'certificate.heading')}: ${title}`, Author: facts.issuer || 'Praxis', Subject: facts.participantName, Keywords: facts.code },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerPdfFonts(doc);
  const width = doc.page.width - 112;
  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke('#1f5f8b');
  doc.moveDown(2).font('bold').fontSize(30).fillColor('#1f5f8b').text(t(locale, 'certificate.heading'), { align: 'center', width });
  doc.moveDown(1).font('regular').fontSize(14).fillColor('#222222').text(t(locale, 'certificate.certifies'), { align: 'center', width });
  doc.moveDown(0.5).font('bold').fontSize(26).text(facts.participantName, { align: 'center', width });
  doc.moveDown(0.5).font('regular').fontSize(14).text(t(locale, 'certificate.completed'), { align: 'center', width });
  doc.moveDown(0.5).font('bold').fontSize(20).text(title, { align: 'center', width });
  doc.moveDown(1).font('regular').fontSize(13).text(
    t(locale, 'certificate.hoursAndDate', { hours: facts.hours, date: formatDate(locale, facts.completedAt) }),
    { align: 'center', width },
  );
  if (facts.issuer) doc.moveDown(0.4).text(t(locale, 'certificate.issuedBy', { issuer: facts.issuer }), { align: 'center', width });
  doc.moveDown(2).fontSize(11).fillColor('#444444').text(t(locale, 'certificate.code', { code: facts.code }), { align: 'center', width });
  doc.text(t(locale, 'certificate.verifyAt', { url }), { align: 'center', width, link: url });
  doc.end();
  return done;
}
