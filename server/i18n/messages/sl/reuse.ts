// Slovenian texts for reusing content: citing, sharing, downloading (PDF, CSV, JSON), printing and following feeds.
import type { AreaMessages } from '../en.js';
import type { enReuse } from '../en/reuse.js';

export const slReuse: AreaMessages<typeof enReuse> = {
  'reuse.heading': 'Uporabite in delite to prakso',
  'reuse.cite': 'Citirajte to prakso',
  'reuse.cite.plain': 'Besedilo',
  'reuse.cite.bibtex': 'BibTeX',
  'reuse.cite.csl': 'CSL-JSON',
  'reuse.download': 'Prenos',
  'reuse.pdf': 'PDF v jeziku: {language}',
  'reuse.print': 'Tiskanje: ukaz brskalnika za tiskanje da čisto stran brez navigacije.',
  'reuse.share': 'Delite',
  'reuse.share.email': 'Po e-pošti',
  'reuse.share.link': 'Povezava do te prakse',
  'reuse.licence': 'To prakso lahko ponovno uporabite pod licenco {licence}. Navedite avtorje in povezavo do te strani.',
  'reuse.feeds': 'Spremljajte nove prakse',
  'reuse.feed.rss': 'Nove prakse (RSS)',
  'reuse.feed.atom': 'Nove prakse (Atom)',
  'reuse.export': 'Izvozite te rezultate',
  'reuse.export.csv': 'CSV (preglednica)',
  'reuse.export.json': 'JSON',
  'pdf.source': 'Vir',
  'pdf.citation': 'Kako citirati',
  'pdf.downloaded': 'Preneseno s strani {site} dne {date}.',
  'pdf.page': 'Stran {page} od {pages}',
};
