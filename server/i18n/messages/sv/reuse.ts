// Swedish texts for reusing content: citing, sharing, downloading (PDF, CSV, JSON), printing and following feeds.
import type { AreaMessages } from '../en.js';
import type { enReuse } from '../en/reuse.js';

export const svReuse: AreaMessages<typeof enReuse> = {
  'reuse.heading': 'Använd och dela denna praktik',
  'reuse.cite': 'Citera denna praktik',
  'reuse.cite.plain': 'Text',
  'reuse.cite.bibtex': 'BibTeX',
  'reuse.cite.csl': 'CSL-JSON',
  'reuse.download': 'Ladda ner',
  'reuse.pdf': 'PDF på {language}',
  'reuse.print': 'Utskrift: webbläsarens utskriftskommando ger en ren sida utan navigering.',
  'reuse.share': 'Dela',
  'reuse.share.email': 'Via e-post',
  'reuse.share.link': 'Länk till denna praktik',
  'reuse.licence': 'Du får återanvända denna praktik under {licence}. Ange upphovspersonerna och länka till denna sida.',
  'reuse.feeds': 'Följ nya praktiker',
  'reuse.feed.rss': 'Nya praktiker (RSS)',
  'reuse.feed.atom': 'Nya praktiker (Atom)',
  'reuse.export': 'Exportera dessa resultat',
  'reuse.export.csv': 'CSV (kalkylblad)',
  'reuse.export.json': 'JSON',
  'pdf.source': 'Källa',
  'pdf.citation': 'Så citerar du',
  'pdf.downloaded': 'Hämtat från {site} den {date}.',
  'pdf.page': 'Sida {page} av {pages}',
};
