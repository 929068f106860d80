// Who reviews a seeded practice (an organiser for its language, never its author) and the comment a reviewer
// writes when sending a practice back for changes, in the practice's own language.
import type { ContentLanguage } from './types.js';

const reviewerByLanguage: Partial<Record<ContentLanguage, string>> = {
  sl: 'organiser-si',
  hr: 'organiser-si',
  de: 'organiser-si',
  pl: 'organiser-pl',
  cs: 'organiser-pl',
  it: 'organiser-pl',
  sv: 'organiser-se',
};

/** The seed key of the reviewer for a practice in `language` by `authorKey`: never the author (two-person rule). */
export function reviewerFor(language: ContentLanguage, authorKey: string): string {
  const reviewer = reviewerByLanguage[language] ?? 'admin';
  return reviewer === authorKey ? 'admin' : reviewer;
}

const changeRequests: Partial<Record<ContentLanguage, string>> = {
  sl: `Hvala za zapis, praksa je zanimiva in dobro opisana. Preden jo objavimo, prosim dopolnite:

- pri **rezultatih** navedite, s katerim orodjem in kdaj ste zbrali podatke (npr. SELFIE, anketa, evidenca udeležbe);
- v razdelku **težave** opišite vsaj en korak, ki ni uspel, in kaj ste nato spremenili;
- pri **pogojih za prenos** navedite, koliko časa in ljudi potrebuje zavod, ki bi prakso prevzel.`,
  pl: `Dziękuję za opis – praktyka jest ciekawa i dobrze udokumentowana. Przed publikacją proszę o uzupełnienie:

- w **rezultatach** podajcie, jakim narzędziem i kiedy zebraliście dane (np. ankieta, SELFIE, lista obecności);
- w części **trudności** opiszcie przynajmniej jeden krok, który się nie udał, i co wtedy zmieniliście;
- w **warunkach przeniesienia** napiszcie, ile czasu i osób potrzebuje samorząd lub szkoła, która chciałaby ją powtórzyć.`,
  sv: `Tack för beskrivningen – praktiken är intressant och väl dokumenterad. Innan vi publicerar den, komplettera gärna:

- ange under **resultat** med vilket verktyg och när ni samlade in uppgifterna (t.ex. SELFIE, enkät, deltagarlistor);
- beskriv under **svårigheter** minst ett steg som inte fungerade och vad ni ändrade då;
- skriv under **förutsättningar för överföring** hur mycket tid och hur många personer en annan skola eller kommun behöver.`,
  en: `Thank you for the write-up – the practice is interesting and well described. Before we publish it, please add:

- under **outcomes**, which tool you used to collect the data and when (e.g. SELFIE, a survey, attendance records);
- under **difficulties**, at least one step that did not work and what you changed afterwards;
- under **transfer conditions**, how much time and how many people an institution needs to adopt it.`,
};

/** A reviewer's request for changes in `language` (English where the seed has no text in that language). */
export function changeRequestComment(language: ContentLanguage): string {
  return changeRequests[language] ?? (changeRequests.en as string);
}
