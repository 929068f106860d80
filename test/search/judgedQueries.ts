// The judged relevance set: a small corpus of practices in Slovenian, Polish, Swedish and English, described by the
// controlled vocabularies as their authors would, and, per language, queries (other grammatical forms, no diacritics,
// typos, the name of a vocabulary term, a term named in another language than the practice's) with the practices a
// reader means by them.
import type { SearchLanguage } from '../../server/search/textAnalysis.js';

export interface JudgedPractice {
  readonly key: string;
  readonly language: SearchLanguage;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly sector?: string;
  readonly practiceType?: string;
  readonly educationLevels?: readonly string[];
}

export interface JudgedQuery {
  readonly locale: SearchLanguage;
  readonly q: string;
  /** What the query exercises, for the report. */
  readonly kind: 'inflection' | 'no-diacritics' | 'typo' | 'plain' | 'vocabulary' | 'cross-language';
  readonly relevant: readonly string[];
}

export const judgedCorpus: readonly JudgedPractice[] = [
  { key: 'sl-akcijski', language: 'sl', title: 'Priprava akcijskega načrta za digitalne kompetence učiteljev', summary: 'Občina in šole so v enem letu pripravile skupni dokument s cilji in kazalniki.', description: 'Delavnice za ravnatelje in redno spremljanje napredka.', sector: 'school', practiceType: 'digital-strategy' },
  { key: 'sl-strategija', language: 'sl', title: 'Šolska strategija za varno rabo interneta', summary: 'Gimnazija je sprejela strategijo spletne varnosti za dijake in starše.', description: 'Razredniki vodijo pogovore o zasebnosti.', sector: 'school', practiceType: 'digital-strategy', educationLevels: ['isced-3'] },
  { key: 'sl-mentorstvo', language: 'sl', title: 'Mentorstvo mlajšim učiteljem pri delu s tablicami', summary: 'Izkušeni učitelji vodijo kolege skozi prve ure s tablicami v razredu.', description: 'Pari se srečujejo vsak teden.', sector: 'school', practiceType: 'mentoring' },
  { key: 'sl-vrtec', language: 'sl', title: 'Digitalne igrače v vrtcu', summary: 'Vzgojiteljice so z robotki uvajale računalniško razmišljanje pri predšolskih otrocih.', description: 'Igre brez zaslona in z njim.', sector: 'kindergarten', practiceType: 'training', educationLevels: ['isced-0'] },
  { key: 'sl-obcina', language: 'sl', title: 'Spletne storitve občine za starejše', summary: 'Knjižnica in občina sta izvedli tečaje e-uprave za upokojence.', description: 'Prostovoljci pomagajo pri prijavi v portal.', sector: 'local-government', practiceType: 'training' },
  { key: 'sl-spremljanje', language: 'sl', title: 'Formativno spremljanje z digitalnimi orodji', summary: 'Učitelji matematike uporabljajo kvize za sprotno povratno informacijo.', description: 'Rezultati se zbirajo v spletni učilnici.', sector: 'school', practiceType: 'tool', educationLevels: ['isced-2'] },
  { key: 'pl-samorzad', language: 'pl', title: 'Katalog dobrych praktyk samorządowych w cyfryzacji', summary: 'Gminy dzielą się rozwiązaniami e-usług dla mieszkańców.', description: 'Każdy opis zawiera koszty i wnioski.', sector: 'local-government', practiceType: 'handbook' },
  { key: 'pl-lodz', language: 'pl', title: 'Łódź uczy programowania', summary: 'Miasto Łódź prowadzi zajęcia z programowania dla uczniów szkół podstawowych.', description: 'Zajęcia odbywają się w bibliotekach miejskich.', sector: 'school', practiceType: 'training', educationLevels: ['isced-1'] },
  { key: 'pl-bezpieczenstwo', language: 'pl', title: 'Bezpieczeństwo w sieci dla uczniów', summary: 'Program lekcji o cyberprzemocy i ochronie danych osobowych.', description: 'Lekcje prowadzą pedagodzy szkolni.', sector: 'school', practiceType: 'training', educationLevels: ['isced-2'] },
  { key: 'pl-biblioteka', language: 'pl', title: 'Biblioteka jako centrum kompetencji cyfrowych seniorów', summary: 'Bibliotekarze uczą starszych mieszkańców korzystania z bankowości internetowej.', description: 'Spotkania co tydzień w czytelni.', sector: 'other', practiceType: 'training' },
  { key: 'pl-ocenianie', language: 'pl', title: 'Ocenianie kształtujące z wykorzystaniem narzędzi cyfrowych', summary: 'Nauczyciele stosują krótkie quizy i informację zwrotną.', description: 'Uczniowie sami oceniają postępy.', sector: 'school', practiceType: 'tool' },
  { key: 'pl-przedszkole', language: 'pl', title: 'Roboty edukacyjne w przedszkolu', summary: 'Dzieci poznają podstawy kodowania bawiąc się robotami.', description: 'Zabawy na dywanie z matą do kodowania.', sector: 'kindergarten', practiceType: 'training', educationLevels: ['isced-0'] },
  { key: 'sv-larare', language: 'sv', title: 'Lärarnas digitala kompetens i Malmö', summary: 'Kommunen erbjuder fortbildning i digitala verktyg för alla lärare.', description: 'Kurserna ges på eftermiddagar.', sector: 'school', practiceType: 'training' },
  { key: 'sv-skolbibliotek', language: 'sv', title: 'Skolbiblioteket som nav för källkritik', summary: 'Bibliotekarier och lärare undervisar elever i källkritik på nätet.', description: 'Eleverna granskar nyheter.', sector: 'school', practiceType: 'training' },
  { key: 'sv-programmering', language: 'sv', title: 'Programmering i matematikundervisningen', summary: 'Eleverna i årskurs 4 lär sig programmera med Scratch.', description: 'Lektionerna planeras i arbetslag.', sector: 'school', practiceType: 'training', educationLevels: ['isced-1'] },
  { key: 'sv-forskola', language: 'sv', title: 'Surfplattor i förskolan', summary: 'Förskollärare använder surfplattor för att dokumentera barnens lärande.', description: 'Barnen visar sina bilder för föräldrar.', sector: 'kindergarten', practiceType: 'tool', educationLevels: ['isced-0'] },
  { key: 'sv-etjanster', language: 'sv', title: 'Kommunala e-tjänster för äldre', summary: 'Äldreomsorgen hjälper seniorer att använda e-legitimation.', description: 'Volontärer svarar på frågor.', sector: 'local-government', practiceType: 'advisory' },
  { key: 'en-strategy', language: 'en', title: 'Digital strategy for rural schools', summary: 'A network of small schools wrote a shared plan for devices and connectivity.', description: 'Head teachers met every term.', sector: 'school', practiceType: 'digital-strategy' },
  { key: 'en-coaching', language: 'en', title: 'Peer coaching for teachers', summary: 'Experienced teachers coach colleagues in using learning platforms.', description: 'Pairs observe each other.', sector: 'school', practiceType: 'mentoring' },
  { key: 'en-opendata', language: 'en', title: 'Municipal open data training for civil servants', summary: 'Civil servants learned to publish datasets on the open data portal.', description: 'Each department named a data steward.', sector: 'local-government', practiceType: 'training' },
  { key: 'en-safety', language: 'en', title: 'Online safety lessons with parents', summary: 'Evening workshops help parents talk with children about cyberbullying.', description: 'Materials were translated for families.', sector: 'school', practiceType: 'training' },
  { key: 'en-selfie', language: 'en', title: 'Self-assessment with SELFIE', summary: 'Schools used the SELFIE tool to reflect on their digital capacity.', description: 'Results fed the school development plan.', sector: 'school', practiceType: 'self-assessment' },
];

const localGovernment = ['sl-obcina', 'pl-samorzad', 'sv-etjanster', 'en-opendata'];
const kindergartens = ['sl-vrtec', 'pl-przedszkole', 'sv-forskola'];

export const judgedQueries: readonly JudgedQuery[] = [
  { locale: 'sl', q: 'akcijski načrt', kind: 'inflection', relevant: ['sl-akcijski'] },
  { locale: 'sl', q: 'solska strategija', kind: 'no-diacritics', relevant: ['sl-strategija'] },
  { locale: 'sl', q: 'šolske strategije', kind: 'inflection', relevant: ['sl-strategija'] },
  { locale: 'sl', q: 'stratgija', kind: 'typo', relevant: ['sl-strategija'] },
  { locale: 'sl', q: 'spletna varnost', kind: 'inflection', relevant: ['sl-strategija'] },
  { locale: 'sl', q: 'mentorstvo ucitelji', kind: 'no-diacritics', relevant: ['sl-mentorstvo'] },
  { locale: 'sl', q: 'tablice', kind: 'inflection', relevant: ['sl-mentorstvo'] },
  { locale: 'sl', q: 'digitalne igrace', kind: 'no-diacritics', relevant: ['sl-vrtec'] },
  { locale: 'sl', q: 'e-uprava za upokojence', kind: 'inflection', relevant: ['sl-obcina'] },
  { locale: 'sl', q: 'formativno spremljanje', kind: 'plain', relevant: ['sl-spremljanje'] },
  { locale: 'sl', q: 'kvizi matematika', kind: 'inflection', relevant: ['sl-spremljanje'] },
  { locale: 'pl', q: 'lodz', kind: 'no-diacritics', relevant: ['pl-lodz'] },
  { locale: 'pl', q: 'dobre praktyki samorządowe', kind: 'inflection', relevant: ['pl-samorzad'] },
  { locale: 'pl', q: 'dobre praktyki samorzadowe', kind: 'no-diacritics', relevant: ['pl-samorzad'] },
  { locale: 'pl', q: 'bezpieczenstwo w sieci', kind: 'no-diacritics', relevant: ['pl-bezpieczenstwo'] },
  { locale: 'pl', q: 'cyberprzemoc', kind: 'inflection', relevant: ['pl-bezpieczenstwo'] },
  { locale: 'pl', q: 'biblioteki dla seniorów', kind: 'inflection', relevant: ['pl-biblioteka'] },
  { locale: 'pl', q: 'bankowosc internetowa', kind: 'no-diacritics', relevant: ['pl-biblioteka'] },
  { locale: 'pl', q: 'ocenianie ksztaltujace', kind: 'no-diacritics', relevant: ['pl-ocenianie'] },
  { locale: 'pl', q: 'roboty w przedszkolach', kind: 'inflection', relevant: ['pl-przedszkole'] },
  { locale: 'pl', q: 'programowanie', kind: 'inflection', relevant: ['pl-lodz'] },
  { locale: 'pl', q: 'kodwanie', kind: 'typo', relevant: ['pl-przedszkole'] },
  { locale: 'sv', q: 'larare digital kompetens', kind: 'no-diacritics', relevant: ['sv-larare'] },
  { locale: 'sv', q: 'lärarnas fortbildning', kind: 'plain', relevant: ['sv-larare'] },
  { locale: 'sv', q: 'kallkritik', kind: 'no-diacritics', relevant: ['sv-skolbibliotek'] },
  { locale: 'sv', q: 'skolbibliotek', kind: 'inflection', relevant: ['sv-skolbibliotek'] },
  { locale: 'sv', q: 'programmera', kind: 'inflection', relevant: ['sv-programmering'] },
  { locale: 'sv', q: 'progamering', kind: 'typo', relevant: ['sv-programmering'] },
  { locale: 'sv', q: 'matematikundervisning', kind: 'inflection', relevant: ['sv-programmering'] },
  { locale: 'sv', q: 'surfplatta', kind: 'inflection', relevant: ['sv-forskola'] },
  { locale: 'sv', q: 'forskola', kind: 'no-diacritics', relevant: ['sv-forskola'] },
  { locale: 'sv', q: 'e-tjänster för äldre', kind: 'plain', relevant: ['sv-etjanster'] },
  { locale: 'sv', q: 'e-legitimation', kind: 'plain', relevant: ['sv-etjanster'] },
  { locale: 'en', q: 'digital strategies', kind: 'inflection', relevant: ['en-strategy'] },
  { locale: 'en', q: 'strategy rural school', kind: 'inflection', relevant: ['en-strategy'] },
  { locale: 'en', q: 'conectivity', kind: 'typo', relevant: ['en-strategy'] },
  { locale: 'en', q: 'teacher coaching', kind: 'inflection', relevant: ['en-coaching'] },
  { locale: 'en', q: 'learning platform', kind: 'inflection', relevant: ['en-coaching'] },
  { locale: 'en', q: 'open data', kind: 'plain', relevant: ['en-opendata'] },
  { locale: 'en', q: 'training civil servant', kind: 'inflection', relevant: ['en-opendata'] },
  { locale: 'en', q: 'cyberbulying', kind: 'typo', relevant: ['en-safety'] },
  { locale: 'en', q: 'parent workshop', kind: 'inflection', relevant: ['en-safety'] },
  { locale: 'en', q: 'self assessment', kind: 'plain', relevant: ['en-selfie'] },
  // The field's vocabulary: a term's name in the reader's language finds the practices it describes in every language.
  { locale: 'sl', q: 'občina', kind: 'vocabulary', relevant: localGovernment },
  { locale: 'sl', q: 'mentorstvo', kind: 'cross-language', relevant: ['sl-mentorstvo', 'en-coaching'] },
  { locale: 'sl', q: 'vrtec', kind: 'cross-language', relevant: kindergartens },
  { locale: 'pl', q: 'samorząd', kind: 'vocabulary', relevant: localGovernment },
  { locale: 'pl', q: 'samoocena', kind: 'cross-language', relevant: ['en-selfie'] },
  { locale: 'pl', q: 'przedszkole', kind: 'cross-language', relevant: kindergartens },
  { locale: 'sv', q: 'kommun', kind: 'vocabulary', relevant: localGovernment },
  { locale: 'sv', q: 'mentorskap', kind: 'cross-language', relevant: ['sl-mentorstvo', 'en-coaching'] },
  { locale: 'sv', q: 'digital strategi', kind: 'cross-language', relevant: ['sl-akcijski', 'sl-strategija', 'en-strategy'] },
  { locale: 'en', q: 'municipality', kind: 'vocabulary', relevant: localGovernment },
  { locale: 'en', q: 'ISCED 2', kind: 'vocabulary', relevant: ['sl-spremljanje', 'pl-bezpieczenstwo'] },
  { locale: 'en', q: 'mentorig', kind: 'typo', relevant: ['sl-mentorstvo', 'en-coaching'] },
  { locale: 'en', q: 'kindergarten', kind: 'cross-language', relevant: kindergartens },
];
