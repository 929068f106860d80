// Polish texts for reusing content: citing, sharing, downloading (PDF, CSV, JSON), printing and following feeds.
import type { AreaMessages } from '../en.js';
import type { enReuse } from '../en/reuse.js';

export const plReuse: AreaMessages<typeof enReuse> = {
  'reuse.heading': 'Wykorzystaj i udostępnij tę praktykę',
  'reuse.cite': 'Zacytuj tę praktykę',
  'reuse.cite.plain': 'Tekst',
  'reuse.cite.bibtex': 'BibTeX',
  'reuse.cite.csl': 'CSL-JSON',
  'reuse.download': 'Pobierz',
  'reuse.pdf': 'PDF, język: {language}',
  'reuse.print': 'Drukowanie: polecenie drukowania w przeglądarce daje czystą stronę bez nawigacji.',
  'reuse.share': 'Udostępnij',
  'reuse.share.email': 'E-mailem',
  'reuse.share.link': 'Link do tej praktyki',
  'reuse.licence': 'Możesz ponownie wykorzystać tę praktykę na licencji {licence}. Podaj autorów i link do tej strony.',
  'reuse.feeds': 'Obserwuj nowe praktyki',
  'reuse.feed.rss': 'Nowe praktyki (RSS)',
  'reuse.feed.atom': 'Nowe praktyki (Atom)',
  'reuse.export': 'Eksportuj te wyniki',
  'reuse.export.csv': 'CSV (arkusz kalkulacyjny)',
  'reuse.export.json': 'JSON',
  'pdf.source': 'Źródło',
  'pdf.citation': 'Jak cytować',
  'pdf.downloaded': 'Pobrano z {site} dnia {date}.',
  'pdf.page': 'Strona {page} z {pages}',
};
