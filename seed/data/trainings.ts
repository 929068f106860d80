// The demo trainings and events: e-trainings and workshops of the Slovenian school programme (ddk-si) and of the
// Polish local-government programme (cro-jst-pl), regional meetings and the programme's closing conference, whose
// agenda sessions link the write-ups of the conference collection. Dates are offsets in days from the seed run,
// so there are always sessions in the past and in the future.

export interface SeedSession {
  title: string;
  /** Days from the seed run (negative: in the past). */
  day: number;
  startHour: number;
  hours: number;
  place?: string;
  online?: boolean;
  capacity?: number;
  speakers?: { name: string; affiliation?: string }[];
  /** A seed collection whose write-ups came out of this session. */
  collection?: string;
}

export interface SeedTraining {
  key: string;
  organiser: string;
  programme: string | null;
  kind: 'training' | 'workshop' | 'regional-meeting' | 'conference';
  format: 'in-person' | 'online-live' | 'e-learning' | 'hybrid';
  title: Record<string, string>;
  description: Record<string, string>;
  hours: number;
  language: string;
  competences: string[];
  targetGroups: string[];
  provider: string;
  timeZone: string;
  sessions: SeedSession[];
  /** Share of the generated learners who completed it (past trainings only). */
  completionShare: number;
}

const si = { organiser: 'organiser-si', programme: 'ddk-si', language: 'sl', timeZone: 'Europe/Ljubljana' } as const;
const pl = { organiser: 'organiser-pl', programme: 'cro-jst-pl', language: 'pl', timeZone: 'Europe/Warsaw' } as const;
const online = (title: string, day: number, hours = 3): SeedSession => ({ title, day, startHour: 14, hours, online: true, capacity: 60 });
const room = (title: string, day: number, place: string, hours = 4, capacity = 25): SeedSession => ({ title, day, startHour: 9, hours, place, capacity });

export const seedTrainings: SeedTraining[] = [
  { key: 'si-e-varnost', ...si, kind: 'training', format: 'e-learning', hours: 8, competences: ['digCompEdu:6.4', 'digComp:4.1'], targetGroups: ['teachers'], provider: 'Arnes', completionShare: 0.55,
    title: { sl: 'Varna raba interneta v razredu (e-usposabljanje)', en: 'Safe internet use in the classroom (e-training)' },
    description: { sl: 'Samostojno e-usposabljanje v spletni učilnici: zasebnost, gesla, spletno nasilje in kako o tem govoriti z učenci. Zaključki se uvozijo iz spletne učilnice.' }, sessions: [] },
  { key: 'si-m365-osnove', ...si, kind: 'training', format: 'online-live', hours: 6, competences: ['digCompEdu:1.2', 'digComp:3.1'], targetGroups: ['teachers'], provider: 'Arnes', completionShare: 0.4,
    title: { sl: 'Spletne učilnice in sodelovalna orodja: osnove', en: 'Online classrooms and collaboration tools: basics' },
    description: { sl: 'Dve spletni srečanji v živo: priprava spletne učilnice, oddaja nalog in povratna informacija.' }, sessions: [online('Prvi del', -400), online('Drugi del', -393)] },
  { key: 'si-formativno', ...si, kind: 'training', format: 'in-person', hours: 8, competences: ['digCompEdu:4.1', 'digCompEdu:4.3'], targetGroups: ['teachers'], provider: 'Zavod RS za šolstvo', completionShare: 0.3,
    title: { sl: 'Digitalno podprto formativno spremljanje', en: 'Digitally supported formative assessment' },
    description: { sl: 'Delavnica s primeri kvizov, rubrik in e-listovnikov; udeleženci pripravijo načrt za svoj predmet.' }, sessions: [room('Delavnica', -300, 'Ljubljana, Poljanska 28', 8)] },
  { key: 'si-selfie', ...si, kind: 'workshop', format: 'hybrid', hours: 4, competences: ['digCompEdu:1.4'], targetGroups: ['school-leaders'], provider: 'Zavod RS za šolstvo', completionShare: 0.2,
    title: { sl: 'SELFIE v praksi: od poročila do akcijskega načrta', en: 'SELFIE in practice: from the report to an action plan' },
    description: { sl: 'Ravnatelji in koordinatorji preberejo šolsko poročilo SELFIE in izberejo tri prednostne ukrepe.' }, sessions: [room('Delavnica', -220, 'Maribor, Trg Leona Štuklja 2', 4, 40)] },
  { key: 'si-ui-pouk', ...si, kind: 'training', format: 'online-live', hours: 6, competences: ['digCompEdu:2.1', 'digCompEdu:3.1'], targetGroups: ['teachers'], provider: 'Arnes', completionShare: 0.45,
    title: { sl: 'Umetna inteligenca pri pouku: priložnosti in meje', en: 'AI in teaching: opportunities and limits' },
    description: { sl: 'Kako orodja UI podpirajo pripravo gradiv in kje so pasti: avtorske pravice, zasebnost, preverjanje znanja.' }, sessions: [online('Prvi del', -120), online('Drugi del', -113)] },
  { key: 'si-vkljucevanje', ...si, kind: 'training', format: 'in-person', hours: 6, competences: ['digCompEdu:5.1'], targetGroups: ['teachers'], provider: 'Zavod RS za šolstvo', completionShare: 0.25,
    title: { sl: 'Digitalna orodja za vključevanje in dostopnost', en: 'Digital tools for inclusion and accessibility' },
    description: { sl: 'Bralniki zaslona, podnapisi, prilagojena gradiva; udeleženci preizkusijo orodja na svojih gradivih.' }, sessions: [room('Delavnica', -60, 'Celje, Mariborska 7', 6)] },
  { key: 'si-ui-pouk-2', ...si, kind: 'training', format: 'online-live', hours: 6, competences: ['digCompEdu:2.1', 'digCompEdu:3.1'], targetGroups: ['teachers'], provider: 'Arnes', completionShare: 0,
    title: { sl: 'Umetna inteligenca pri pouku (nova izvedba)', en: 'AI in teaching (new run)' },
    description: { sl: 'Ponovna izvedba zaradi velikega zanimanja. Prijave so odprte.' }, sessions: [online('Prvi del', 21), online('Drugi del', 28)] },
  { key: 'si-regijsko-srecanje', ...si, kind: 'regional-meeting', format: 'in-person', hours: 3, competences: ['digCompEdu:1.3'], targetGroups: ['school-leaders', 'teachers'], provider: 'Zavod RS za šolstvo', completionShare: 0,
    title: { sl: 'Regijsko srečanje koordinatorjev digitalizacije: Gorenjska', en: 'Regional meeting of digitalisation coordinators: Gorenjska' },
    description: { sl: 'Izmenjava izkušenj med šolami regije in predstavitev novih gradiv.' }, sessions: [room('Srečanje', 35, 'Kranj, Slovenski trg 1', 3, 50)] },
  { key: 'si-konferenca', ...si, kind: 'conference', format: 'hybrid', hours: 7, competences: ['digCompEdu:1.3', 'digCompEdu:2.1'], targetGroups: ['teachers', 'school-leaders'], provider: 'Zavod RS za šolstvo in Arnes', completionShare: 0.35,
    title: { sl: 'Zaključna konferenca projekta Dvig digitalne kompetentnosti', en: 'Closing conference of the Raising Digital Competence project' },
    description: { sl: 'Šole, vrtci in poklicne šole predstavijo, kaj se je spremenilo, odkar so pripravile digitalno strategijo. Zapisi predstavitev so zbrani v zbirki konference.' },
    sessions: [
      { title: 'Uvodni nagovor in rezultati programa', day: -200, startHour: 9, hours: 1, place: 'Ljubljana, Cankarjev dom', capacity: 400, speakers: [{ name: 'Mojca Kralj', affiliation: 'Zavod RS za šolstvo' }] },
      { title: 'Digitalne strategije šol: primeri iz prakse', day: -200, startHour: 10, hours: 2, place: 'Ljubljana, Cankarjev dom', capacity: 400, speakers: [{ name: 'Tina Horvat', affiliation: 'OŠ Brezovica' }, { name: 'Andrej Zupan', affiliation: 'SŠ Kamnica' }], collection: 'conference-ddk-2025' },
      { title: 'Okrogla miza: kaj ni uspelo in zakaj', day: -200, startHour: 13, hours: 2, place: 'Ljubljana, Cankarjev dom', capacity: 400, speakers: [{ name: 'Petra Novak', affiliation: 'Vrtec Sonček' }] },
    ] },
  { key: 'pl-cyberbezpieczenstwo', ...pl, kind: 'training', format: 'e-learning', hours: 6, competences: ['digComp:4.1', 'digComp:4.2'], targetGroups: ['local-government-staff'], provider: 'Centrum Projektów Polska Cyfrowa', completionShare: 0.5,
    title: { pl: 'Cyberbezpieczeństwo w urzędzie gminy (e-szkolenie)', en: 'Cybersecurity in the municipal office (e-training)' },
    description: { pl: 'Kurs na platformie e-learningowej: phishing, hasła, kopie zapasowe, zgłaszanie incydentów.' }, sessions: [] },
  { key: 'pl-dostepnosc', ...pl, kind: 'training', format: 'online-live', hours: 4, competences: ['digComp:3.1'], targetGroups: ['local-government-staff'], provider: 'Centrum Projektów Polska Cyfrowa', completionShare: 0.35,
    title: { pl: 'Dostępność cyfrowa stron i dokumentów urzędu', en: 'Digital accessibility of office websites and documents' },
    description: { pl: 'WCAG w praktyce: dostępne PDF-y, teksty alternatywne, deklaracja dostępności.' }, sessions: [online('Spotkanie', -260, 4)] },
  { key: 'pl-plan-cyfryzacji', ...pl, kind: 'workshop', format: 'in-person', hours: 6, competences: ['digComp:5.3'], targetGroups: ['local-government-staff', 'school-leaders'], provider: 'Fundacja Rozwoju Systemu Edukacji', completionShare: 0.3,
    title: { pl: 'Warsztat: lokalny plan cyfryzacji oświaty', en: 'Workshop: a local plan for digital education' },
    description: { pl: 'Zespoły gmin przygotowują cele, działania i wskaźniki planu na podstawie diagnozy szkół.' }, sessions: [room('Warsztat', -150, 'Lublin, ul. Spokojna 4', 6, 30)] },
  { key: 'pl-ezamowienia', ...pl, kind: 'training', format: 'online-live', hours: 3, competences: ['digComp:1.1', 'digComp:2.1'], targetGroups: ['local-government-staff'], provider: 'Centrum Projektów Polska Cyfrowa', completionShare: 0.3,
    title: { pl: 'Zakup sprzętu dla szkół: e-zamówienia krok po kroku', en: 'Buying school equipment: e-procurement step by step' },
    description: { pl: 'Przygotowanie opisu przedmiotu zamówienia i obsługa platformy e-zamówień.' }, sessions: [online('Spotkanie', -90)] },
  { key: 'pl-spotkanie-regionalne', ...pl, kind: 'regional-meeting', format: 'in-person', hours: 4, competences: ['digComp:5.3'], targetGroups: ['local-government-staff'], provider: 'Fundacja Rozwoju Systemu Edukacji', completionShare: 0,
    title: { pl: 'Spotkanie regionalne JST: województwo lubelskie', en: 'Regional meeting of local governments: Lublin province' },
    description: { pl: 'Gminy pokazują postępy planów i wymieniają się doświadczeniami z zakupów i szkoleń.' }, sessions: [room('Spotkanie', 45, 'Lublin, ul. Spokojna 4', 4, 60)] },
  { key: 'pl-ai-urzad', ...pl, kind: 'training', format: 'hybrid', hours: 5, competences: ['digComp:1.2', 'digComp:5.2'], targetGroups: ['local-government-staff'], provider: 'Centrum Projektów Polska Cyfrowa', completionShare: 0,
    title: { pl: 'Sztuczna inteligencja w pracy urzędu', en: 'Artificial intelligence in the work of the office' },
    description: { pl: 'Bezpieczne korzystanie z narzędzi AI w urzędzie: dane, ochrona prywatności, weryfikacja wyników.' }, sessions: [room('Szkolenie', 14, 'Warszawa, ul. Królewska 27', 5, 40)] },
];

/** Organisations (seed keys of the plans data) the generated learners belong to, when that seed has run. */
export const learnerOrganisations: Record<string, string[]> = {
  sl: ['os-brezovica', 'os-lipnik', 'ss-kamnica', 'vrtec-sonce'],
  pl: ['gmina-modrzewiec', 'gmina-lipowy-dwor', 'gmina-brzozowa', 'miasto-jaworzno-dolne', 'sp-modrzewiec'],
};

/** Demo accounts who completed a past training of their country and hold its certificate. */
export const demoCompletions: Array<{ user: string; training: string; rating: number; comment: string }> = [
  { user: 'teacher-si-1', training: 'si-formativno', rating: 5, comment: 'Zelo uporabni primeri rubrik, takoj sem jih preizkusila.' },
  { user: 'teacher-si-1', training: 'si-e-varnost', rating: 4, comment: 'Dobro gradivo, malo preveč besedila.' },
  { user: 'teacher-si-2', training: 'si-ui-pouk', rating: 4, comment: '' },
  { user: 'headteacher-si-1', training: 'si-selfie', rating: 5, comment: 'Končno vem, kako poročilo prevesti v ukrepe.' },
  { user: 'teacher-pl-1', training: 'pl-cyberbezpieczenstwo', rating: 4, comment: 'Przydatne przykłady phishingu.' },
];
