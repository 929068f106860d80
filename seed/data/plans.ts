// Demo programmes, organisations and their digital plans: school digital strategies in a Slovenian programme, local
// digitalisation plans of Polish municipalities (JST) with their advisors, and Swedish municipal and school plans,
// in every state from draft to discontinued, with goals, actions, indicators measured over time, progress reports
// and advisors' feedback. Every person, school and municipality is fictional.
import type { LocalizedText } from '../../server/models/programme.js';

export interface SeedProgramme {
  key: string;
  organiser: string;
  advisors: string[];
  name: LocalizedText;
  description: LocalizedText;
  periodStart: string;
  periodEnd: string;
  funding: string;
  template: { name: LocalizedText; goals: { title: LocalizedText; actions: string[]; indicators: { name: LocalizedText; unit: string }[] }[] };
}

export interface SeedOrganisation {
  key: string;
  founder: string;
  name: string;
  type: 'school' | 'municipality' | 'vet-school' | 'kindergarten';
  country: 'SI' | 'PL' | 'SE';
  region: string;
  identifier?: string;
  programme: string;
}

export interface SeedAction {
  description: string;
  owner: string;
  start?: string;
  due?: string;
  status: 'not-started' | 'in-progress' | 'done' | 'delayed' | 'dropped';
  reason?: string;
  budget?: number;
  fundingSource?: string;
  inspiredBy?: string[];
}

export interface SeedIndicator {
  name: LocalizedText;
  unit: string;
  baseline: [string, number];
  target: [string, number];
  values: [string, number, string][];
}

export interface SeedGoal {
  title: LocalizedText;
  actions: SeedAction[];
  indicators: SeedIndicator[];
}

export interface SeedReport {
  period: [string, string];
  overall: 'on-track' | 'at-risk' | 'off-track';
  achievements: string;
  difficulties: string;
  feedback: { advisor: string; body: string }[];
}

export interface SeedPlan {
  key: string;
  organisation: string;
  kind: 'school-strategy' | 'local-plan' | 'programme-plan';
  title: LocalizedText;
  vision: LocalizedText;
  period: [string, string];
  status: 'draft' | 'adopted' | 'in-implementation' | 'completed' | 'discontinued';
  visibility: 'organisation' | 'programme' | 'public';
  goals: SeedGoal[];
  reports: SeedReport[];
}

export const seedProgrammes: SeedProgramme[] = [
  {
    key: 'ddk-si', organiser: 'organiser-si', advisors: ['moderator-si'],
    name: { sl: 'Dvig digitalne kompetentnosti', en: 'Raising digital competence' },
    description: { sl: 'Program za 220 šol: vsaka šola pripravi digitalno strategijo in izvede usposabljanja ter dejavnosti, ki iz nje izhajajo.', en: 'A programme for 220 schools: each school writes a digital strategy and carries out the trainings and actions that follow from it.' },
    periodStart: '2024-09-01', periodEnd: '2027-08-31', funding: 'Načrt za okrevanje in odpornost',
    template: {
      name: { sl: 'Digitalna strategija šole (predloga programa)', en: 'School digital strategy (programme template)' },
      goals: [
        { title: { sl: 'Digitalno kompetentni učitelji', en: 'Digitally competent teachers' }, actions: ['Izvedba SELFIE in analiza rezultatov', 'Usposabljanje učiteljev po DigCompEdu'], indicators: [{ name: { sl: 'Delež učiteljev z vsaj 16 urami usposabljanja', en: 'Share of teachers with at least 16 hours of training' }, unit: '%' }] },
        { title: { sl: 'Varna in odgovorna raba tehnologije', en: 'Safe and responsible use of technology' }, actions: ['Ure o spletni varnosti v vseh razredih'], indicators: [{ name: { sl: 'Oddelki z izvedenimi urami spletne varnosti', en: 'Classes that held online-safety lessons' }, unit: '%' }] },
      ],
    },
  },
  {
    key: 'cro-jst-pl', organiser: 'organiser-pl', advisors: ['moderator-pl', 'official-pl-3'],
    name: { pl: 'Cyfrowy rozwój oświaty w JST', en: 'Digital development of education in local governments' },
    description: { pl: 'Pięćdziesiąt jednostek samorządu terytorialnego pisze lokalne plany cyfryzacji oświaty i realizuje je z pomocą doradców programu.', en: 'Fifty local governments write local plans for the digitalisation of education and carry them out with the programme’s advisors.' },
    periodStart: '2024-01-01', periodEnd: '2027-12-31', funding: 'Fundusze Europejskie dla Rozwoju Społecznego',
    template: {
      name: { pl: 'Lokalny plan cyfryzacji oświaty (wzór programu)', en: 'Local plan for digital education (programme template)' },
      goals: [
        { title: { pl: 'Infrastruktura i sprzęt w szkołach', en: 'Infrastructure and equipment in schools' }, actions: ['Audyt sprzętu i sieci we wszystkich szkołach gminy'], indicators: [{ name: { pl: 'Szkoły z łączem co najmniej 300 Mb/s', en: 'Schools with at least 300 Mb/s' }, unit: 'szkoły' }] },
        { title: { pl: 'Kompetencje cyfrowe kadry', en: 'Digital competence of staff' }, actions: ['Szkolenia dla nauczycieli i pracowników administracji'], indicators: [{ name: { pl: 'Odsetek przeszkolonych nauczycieli', en: 'Share of teachers trained' }, unit: '%' }] },
      ],
    },
  },
  {
    key: 'dig-se', organiser: 'organiser-se', advisors: ['moderator-se'],
    name: { sv: 'Digitaliseringslyftet i skolan', en: 'The school digitalisation lift' },
    description: { sv: 'Kommuner och skolor följer upp sina digitaliseringsplaner mot den nationella handlingsplanen och styrdokumenten.', en: 'Municipalities and schools follow up their digitalisation plans against the national action plan and the steering documents.' },
    periodStart: '2025-01-01', periodEnd: '2027-12-31', funding: 'Statsbidrag',
    template: {
      name: { sv: 'Digitaliseringsplan (programmets mall)', en: 'Digitalisation plan (programme template)' },
      goals: [{ title: { sv: 'Likvärdig tillgång', en: 'Equal access' }, actions: ['Inventering av elevdatorer'], indicators: [{ name: { sv: 'Elever med egen dator', en: 'Pupils with their own computer' }, unit: '%' }] }],
    },
  },
];

export const seedOrganisations: SeedOrganisation[] = [
  { key: 'os-brezovica', founder: 'headteacher-si-1', name: 'Osnovna šola Brezovica pri Vrhu', type: 'school', country: 'SI', region: 'Osrednjeslovenska', programme: 'ddk-si' },
  { key: 'os-lipnik', founder: 'teacher-si-1', name: 'Osnovna šola Lipnik', type: 'school', country: 'SI', region: 'Savinjska', programme: 'ddk-si' },
  { key: 'ss-kamnica', founder: 'teacher-si-2', name: 'Srednja strokovna šola Kamnica', type: 'vet-school', country: 'SI', region: 'Podravska', programme: 'ddk-si' },
  { key: 'vrtec-sonce', founder: 'teacher-si-3', name: 'Vrtec Sonček Gorje', type: 'kindergarten', country: 'SI', region: 'Gorenjska', programme: 'ddk-si' },
  { key: 'gmina-modrzewiec', founder: 'official-pl-1', name: 'Gmina Modrzewiec', type: 'municipality', country: 'PL', region: 'lubelskie', identifier: '0614052', programme: 'cro-jst-pl' },
  { key: 'gmina-lipowy-dwor', founder: 'official-pl-2', name: 'Gmina Lipowy Dwór', type: 'municipality', country: 'PL', region: 'warmińsko-mazurskie', identifier: '2807032', programme: 'cro-jst-pl' },
  { key: 'gmina-brzozowa', founder: 'official-pl-1', name: 'Gmina Brzozowa Wola', type: 'municipality', country: 'PL', region: 'podkarpackie', identifier: '1816062', programme: 'cro-jst-pl' },
  { key: 'miasto-jaworzno-dolne', founder: 'official-pl-2', name: 'Miasto Jaworki Dolne', type: 'municipality', country: 'PL', region: 'śląskie', identifier: '2476011', programme: 'cro-jst-pl' },
  { key: 'sp-modrzewiec', founder: 'teacher-pl-1', name: 'Szkoła Podstawowa nr 2 im. Marii Konopnickiej w Modrzewcu', type: 'school', country: 'PL', region: 'lubelskie', programme: 'cro-jst-pl' },
  { key: 'lovsjo-kommun', founder: 'teacher-se-1', name: 'Lövsjö kommun', type: 'municipality', country: 'SE', region: 'Jämtlands län', identifier: '212000-0001', programme: 'dig-se' },
  { key: 'bjorkskolan', founder: 'teacher-se-2', name: 'Björkskolan i Ekdala', type: 'school', country: 'SE', region: 'Västra Götalands län', programme: 'dig-se' },
  { key: 'granby-kommun', founder: 'teacher-se-1', name: 'Granby kommun', type: 'municipality', country: 'SE', region: 'Dalarnas län', identifier: '212000-0002', programme: 'dig-se' },
];

/** What an organisation's own people wrote, listed on its page; an author who did not found it is invited as plan editor first. */
export interface SeedOrganisationContent {
  organisation: string;
  author: string;
  practices?: string[];
  resources?: string[];
}

export const seedOrganisationContent: SeedOrganisationContent[] = [
  { organisation: 'gmina-modrzewiec', author: 'official-pl-1', practices: ['pl-05'] },
  { organisation: 'gmina-lipowy-dwor', author: 'official-pl-2', practices: ['pl-07'], resources: ['res-13'] },
  { organisation: 'sp-modrzewiec', author: 'teacher-pl-1', practices: ['pl-08'] },
  { organisation: 'os-brezovica', author: 'headteacher-si-1', resources: ['res-07'] },
  { organisation: 'lovsjo-kommun', author: 'official-se-1', practices: ['se-07'] },
];

const slTeachersGoal = (values: [string, number, string][], actions: SeedAction[]): SeedGoal => ({
  title: { sl: 'Digitalno kompetentni učitelji' },
  actions,
  indicators: [{ name: { sl: 'Delež učiteljev z vsaj 16 urami usposabljanja' }, unit: '%', baseline: ['2024-09-01', 15], target: ['2027-06-30', 90], values }],
});

const plTeachersGoal = (values: [string, number, string][], actions: SeedAction[]): SeedGoal => ({
  title: { pl: 'Kompetencje cyfrowe kadry' },
  actions,
  indicators: [{ name: { pl: 'Odsetek przeszkolonych nauczycieli' }, unit: '%', baseline: ['2024-01-15', 10], target: ['2027-06-30', 80], values }],
});

const plNetworkGoal = (schools: number, values: [string, number, string][], actions: SeedAction[]): SeedGoal => ({
  title: { pl: 'Infrastruktura i sprzęt w szkołach' },
  actions,
  indicators: [{ name: { pl: 'Szkoły z łączem co najmniej 300 Mb/s' }, unit: 'szkoły', baseline: ['2024-01-15', 0], target: ['2026-12-31', schools], values }],
});

export const seedPlans: SeedPlan[] = [
  {
    key: 'brezovica-strategy', organisation: 'os-brezovica', kind: 'school-strategy', status: 'in-implementation', visibility: 'public',
    title: { sl: 'Digitalna strategija OŠ Brezovica pri Vrhu 2024–2027', en: 'Digital strategy of Brezovica pri Vrhu primary school 2024–2027' },
    vision: { sl: 'Učenci in učitelji digitalno tehnologijo uporabljajo premišljeno, varno in ustvarjalno, kadar izboljša učenje.\n\nŠola vsako leto preveri napredek s SELFIE in prilagodi načrt.' },
    period: ['2024-09-01', '2027-08-31'],
    goals: [
      slTeachersGoal([['2025-01-31', 34, 'Evidenca usposabljanj'], ['2025-06-30', 52, 'Evidenca usposabljanj'], ['2026-01-31', 68, 'Evidenca usposabljanj']], [
        { description: 'Izvedba SELFIE in analiza rezultatov v učiteljskem zboru', owner: 'Ravnateljica', start: '2024-10-01', due: '2024-11-30', status: 'done', inspiredBy: ['si-01'] },
        { description: 'Usposabljanje učiteljev po DigCompEdu (3 moduli po 8 ur)', owner: 'Digitalni koordinator', start: '2024-11-01', due: '2026-06-30', status: 'in-progress', budget: 4200, fundingSource: 'NOO' },
        { description: 'Hospitacije v paru: učitelj učitelju', owner: 'Aktivi', start: '2025-03-01', due: '2025-06-15', status: 'delayed', reason: 'Zaradi bolniških odsotnosti prestavljeno v naslednje šolsko leto.' },
      ]),
      {
        title: { sl: 'Varna in odgovorna raba tehnologije' },
        actions: [
          { description: 'Ure o spletni varnosti v vseh razredih (Safe.si)', owner: 'Razredniki', start: '2024-10-01', due: '2025-05-31', status: 'done', inspiredBy: ['si-02'] },
          { description: 'Roditeljski sestanek o rabi zaslonov', owner: 'Svetovalna služba', due: '2025-03-31', status: 'done' },
        ],
        indicators: [{ name: { sl: 'Oddelki z izvedenimi urami spletne varnosti' }, unit: '%', baseline: ['2024-09-01', 20], target: ['2025-06-30', 100], values: [['2025-01-31', 60, 'Poročila razrednikov'], ['2025-06-30', 100, 'Poročila razrednikov']] }],
      },
    ],
    reports: [
      { period: ['2024-09-01', '2025-01-31'], overall: 'on-track', achievements: 'SELFIE je izpolnilo **92 %** učiteljev; prvi modul usposabljanja je končan.', difficulties: 'Premalo prenosnikov za hkratno delo dveh oddelkov.', feedback: [{ advisor: 'moderator-si', body: 'Odlično izhodišče. Za prenosnike preverite skupno izposojo z OŠ Lipnik.' }] },
      { period: ['2025-02-01', '2025-06-30'], overall: 'at-risk', achievements: 'Vsi oddelki so imeli ure spletne varnosti.', difficulties: 'Hospitacije v paru so zastale zaradi odsotnosti.', feedback: [{ advisor: 'moderator-si', body: 'Predlagam krajše hospitacije (20 minut) in jih vpnite v urnik aktivov.' }] },
    ],
  },
  {
    key: 'lipnik-strategy', organisation: 'os-lipnik', kind: 'school-strategy', status: 'adopted', visibility: 'programme',
    title: { sl: 'Digitalna strategija OŠ Lipnik' },
    vision: { sl: 'Vsak učenec ob koncu devetletke zna izdelati digitalni izdelek in o njem kritično razmisliti.' },
    period: ['2025-01-01', '2027-08-31'],
    goals: [slTeachersGoal([['2025-06-30', 25, 'Evidenca usposabljanj']], [
      { description: 'Izvedba SELFIE in analiza rezultatov', owner: 'Pomočnik ravnatelja', due: '2025-03-31', status: 'done' },
      { description: 'Usposabljanje učiteljev po DigCompEdu', owner: 'Digitalna koordinatorica', start: '2025-04-01', due: '2026-12-31', status: 'in-progress' },
    ])],
    reports: [],
  },
  {
    key: 'kamnica-strategy', organisation: 'ss-kamnica', kind: 'school-strategy', status: 'completed', visibility: 'public',
    title: { sl: 'Digitalni načrt Srednje strokovne šole Kamnica 2024–2025' },
    vision: { sl: 'Dijaki praktični pouk dokumentirajo z digitalnimi portfelji, ki jih pokažejo delodajalcem.' },
    period: ['2024-09-01', '2025-08-31'],
    goals: [{
      title: { sl: 'Digitalni portfelji pri praktičnem pouku' },
      actions: [
        { description: 'Uvedba e-portfelja v vseh programih', owner: 'Vodja praktičnega pouka', start: '2024-09-15', due: '2025-05-31', status: 'done', inspiredBy: ['si-03'] },
        { description: 'Usposabljanje mentorjev v podjetjih', owner: 'Organizator PUD', due: '2025-04-30', status: 'done' },
      ],
      indicators: [{ name: { sl: 'Dijaki z urejenim e-portfeljem' }, unit: '%', baseline: ['2024-09-01', 5], target: ['2025-06-30', 80], values: [['2025-01-31', 45, 'Spletna učilnica'], ['2025-06-30', 86, 'Spletna učilnica']] }],
    }],
    reports: [{ period: ['2024-09-01', '2025-06-30'], overall: 'on-track', achievements: 'Cilj je presežen: **86 %** dijakov ima e-portfelj.', difficulties: 'Nekateri mentorji v podjetjih portfelja ne odpirajo.', feedback: [{ advisor: 'moderator-si', body: 'Čestitke. Prosimo, zapišite to kot prakso, da jo lahko prevzamejo druge šole.' }] }],
  },
  {
    key: 'vrtec-draft', organisation: 'vrtec-sonce', kind: 'school-strategy', status: 'draft', visibility: 'organisation',
    title: { sl: 'Digitalna strategija Vrtca Sonček (osnutek)' },
    vision: { sl: 'Premišljena raba tehnologije v komunikaciji s starši in pri dokumentiranju otrokovega razvoja.' },
    period: ['2025-09-01', '2028-08-31'],
    goals: [{ title: { sl: 'Digitalna komunikacija s starši' }, actions: [{ description: 'Izbira varnega orodja za obveščanje staršev', owner: 'Ravnateljica', due: '2026-01-31', status: 'not-started' }], indicators: [] }],
    reports: [],
  },
  {
    key: 'modrzewiec-plan', organisation: 'gmina-modrzewiec', kind: 'local-plan', status: 'in-implementation', visibility: 'public',
    title: { pl: 'Lokalny plan cyfryzacji oświaty Gminy Modrzewiec 2024–2027', en: 'Local plan for digital education of Modrzewiec municipality 2024–2027' },
    vision: { pl: 'Siedem szkół gminy ma niezawodną sieć, jednolicie zarządzany sprzęt i nauczycieli, którzy korzystają z technologii z namysłem.' },
    period: ['2024-01-01', '2027-12-31'],
    goals: [
      plNetworkGoal(7, [['2024-09-30', 3, 'Audyt sieci'], ['2025-03-31', 5, 'Audyt sieci'], ['2025-09-30', 6, 'Protokoły odbioru']], [
        { description: 'Audyt sprzętu i sieci we wszystkich szkołach gminy', owner: 'Referat oświaty', start: '2024-02-01', due: '2024-05-31', status: 'done', inspiredBy: ['pl-01'] },
        { description: 'Wspólna konsola zarządzania urządzeniami w siedmiu szkołach', owner: 'Informatyk gminny', start: '2024-09-01', due: '2025-06-30', status: 'done', budget: 38000, fundingSource: 'FERS', inspiredBy: ['pl-05'] },
        { description: 'Modernizacja sieci w SP Zalesie', owner: 'Referat inwestycji', start: '2025-01-01', due: '2025-08-31', status: 'delayed', reason: 'Przetarg powtórzony: brak ofert w pierwszym postępowaniu.', budget: 120000, fundingSource: 'KPO' },
      ]),
      plTeachersGoal([['2024-12-31', 28, 'SIO'], ['2025-06-30', 47, 'SIO'], ['2025-12-31', 61, 'SIO']], [
        { description: 'Szkolenia dla nauczycieli i pracowników administracji', owner: 'CUW Modrzewiec', start: '2024-03-01', due: '2026-12-31', status: 'in-progress', inspiredBy: ['pl-03'] },
        { description: 'Cyberbezpieczeństwo dla sekretariatów szkół', owner: 'Inspektor ochrony danych', due: '2025-04-30', status: 'done', inspiredBy: ['pl-06'] },
      ]),
    ],
    reports: [
      { period: ['2024-01-01', '2024-12-31'], overall: 'on-track', achievements: 'Audyt zakończony; konsola zarządzania działa w **4** szkołach.', difficulties: 'Brak informatyka na pełny etat do lutego.', feedback: [{ advisor: 'moderator-pl', body: 'Dobry postęp. Proszę dopisać do planu harmonogram wymiany sprzętu.' }] },
      { period: ['2025-01-01', '2025-06-30'], overall: 'at-risk', achievements: 'Konsola działa we wszystkich szkołach.', difficulties: 'Przetarg na sieć w SP Zalesie trzeba było powtórzyć.', feedback: [{ advisor: 'official-pl-3', body: 'Warto rozważyć podział zamówienia na części, żeby zwiększyć liczbę ofert.' }, { advisor: 'moderator-pl', body: 'Proszę o informację po otwarciu ofert w drugim przetargu.' }] },
    ],
  },
  {
    key: 'lipowy-dwor-plan', organisation: 'gmina-lipowy-dwor', kind: 'local-plan', status: 'in-implementation', visibility: 'programme',
    title: { pl: 'Plan cyfryzacji oświaty Gminy Lipowy Dwór' },
    vision: { pl: 'Jeden e-dziennik, wspólne zasady i wsparcie dla pięciu szkół i dwóch przedszkoli.' },
    period: ['2024-03-01', '2026-12-31'],
    goals: [
      plNetworkGoal(5, [['2024-12-31', 2, 'Protokoły odbioru'], ['2025-06-30', 2, 'Protokoły odbioru']], [
        { description: 'Jeden e-dziennik dla szkół i przedszkoli gminy', owner: 'Referat oświaty', start: '2024-03-01', due: '2024-09-01', status: 'done', inspiredBy: ['pl-07'] },
        { description: 'Światłowód do szkół w Borkach i Olszynie', owner: 'Wójt', start: '2024-06-01', due: '2025-03-31', status: 'in-progress', budget: 260000, fundingSource: 'KPO' },
      ]),
      plTeachersGoal([['2024-12-31', 18, 'Ankieta'], ['2025-06-30', 22, 'Ankieta']], [
        { description: 'Szkolenia dla nauczycieli w każdej szkole', owner: 'Doradca metodyczny', start: '2024-09-01', due: '2025-06-30', status: 'in-progress' },
      ]),
    ],
    reports: [{ period: ['2024-03-01', '2025-06-30'], overall: 'off-track', achievements: 'E-dziennik działa we wszystkich placówkach.', difficulties: 'Światłowód opóźniony; szkolenia objęły mniej nauczycieli, niż planowano.', feedback: [{ advisor: 'moderator-pl', body: 'Proponuję spotkanie z doradcą programu i przegląd harmonogramu szkoleń.' }] }],
  },
  {
    key: 'brzozowa-plan', organisation: 'gmina-brzozowa', kind: 'local-plan', status: 'adopted', visibility: 'public',
    title: { pl: 'Lokalny plan cyfryzacji oświaty Gminy Brzozowa Wola 2025–2027' },
    vision: { pl: 'Każdy uczeń w gminie ma równy dostęp do sprzętu i dobrze przygotowanego nauczyciela.' },
    period: ['2025-01-01', '2027-12-31'],
    goals: [plTeachersGoal([], [
      { description: 'Diagnoza potrzeb szkoleniowych (SELFIE we wszystkich szkołach)', owner: 'Referat oświaty', due: '2025-06-30', status: 'in-progress', inspiredBy: ['pl-08'] },
    ])],
    reports: [],
  },
  {
    key: 'jaworki-plan', organisation: 'miasto-jaworzno-dolne', kind: 'local-plan', status: 'discontinued', visibility: 'programme',
    title: { pl: 'Plan cyfryzacji oświaty Miasta Jaworki Dolne 2024–2026' },
    vision: { pl: 'Plan zastąpiony nową strategią rozwoju miasta.' },
    period: ['2024-01-01', '2026-12-31'],
    goals: [plNetworkGoal(9, [['2024-12-31', 4, 'Audyt']], [
      { description: 'Wymiana sieci w szkołach podstawowych', owner: 'Wydział edukacji', due: '2025-06-30', status: 'dropped', reason: 'Zadanie przeniesione do miejskiej strategii rozwoju 2025–2030.' },
    ])],
    reports: [{ period: ['2024-01-01', '2024-12-31'], overall: 'off-track', achievements: 'Audyt sieci w dziewięciu szkołach.', difficulties: 'Rada Miasta przyjęła nową strategię; plan zostaje zamknięty.', feedback: [{ advisor: 'moderator-pl', body: 'Dziękujemy. Proszę przenieść wskaźniki do nowej strategii, żeby nie stracić danych bazowych.' }] }],
  },
  {
    key: 'lovsjo-plan', organisation: 'lovsjo-kommun', kind: 'local-plan', status: 'in-implementation', visibility: 'public',
    title: { sv: 'Digitaliseringsplan för Lövsjö kommuns skolor 2025–2027', en: 'Digitalisation plan for the schools of Lövsjö municipality 2025–2027' },
    vision: { sv: 'Alla elever får en likvärdig digital kompetens, och digitala verktyg används där de gör nytta för lärandet.' },
    period: ['2025-01-01', '2027-12-31'],
    goals: [{
      title: { sv: 'Likvärdig tillgång' },
      actions: [
        { description: 'Inventering av elevdatorer och utlåningspool', owner: 'IT-enheten', start: '2025-01-15', due: '2025-04-30', status: 'done', inspiredBy: ['se-03'] },
        { description: 'Gemensam progression för digital kompetens F–9', owner: 'Skolchefen', start: '2025-02-01', due: '2025-12-31', status: 'in-progress', inspiredBy: ['se-07'] },
      ],
      indicators: [{ name: { sv: 'Elever med egen dator' }, unit: '%', baseline: ['2025-01-15', 64], target: ['2026-08-31', 100], values: [['2025-06-30', 78, 'Inventering'], ['2025-12-31', 91, 'Inventering']] }],
    }],
    reports: [{ period: ['2025-01-01', '2025-06-30'], overall: 'on-track', achievements: 'Utlåningspoolen finns på alla fem skolor.', difficulties: 'Svårt att hitta tid för lärarnas gemensamma planering.', feedback: [{ advisor: 'moderator-se', body: 'Bra! Knyt progressionen till kursplanernas skrivningar om digital kompetens.' }] }],
  },
  {
    key: 'bjorkskolan-plan', organisation: 'bjorkskolan', kind: 'school-strategy', status: 'in-implementation', visibility: 'public',
    title: { sv: 'Björkskolans plan för digital skolutveckling' },
    vision: { sv: 'Medveten balans: tryckta böcker, handskrift och digitala verktyg där de gör mest nytta.' },
    period: ['2025-08-01', '2027-06-30'],
    goals: [{
      title: { sv: 'Medveten balans i lågstadiet' },
      actions: [
        { description: 'Kollegial fortbildning om läsning på papper och skärm', owner: 'Förstelärare', start: '2025-09-01', due: '2026-05-31', status: 'in-progress', inspiredBy: ['se-08'] },
        { description: 'Ny policy för skärmtid i åk 1–3', owner: 'Rektor', due: '2025-12-15', status: 'done' },
      ],
      indicators: [{ name: { sv: 'Lärare som deltagit i fortbildningen' }, unit: 'lärare', baseline: ['2025-08-01', 0], target: ['2026-05-31', 24], values: [['2025-12-31', 15, 'Närvarolistor']] }],
    }],
    reports: [{ period: ['2025-08-01', '2025-12-31'], overall: 'on-track', achievements: 'Policyn för skärmtid är beslutad och kommunicerad till vårdnadshavare.', difficulties: '', feedback: [] }],
  },
];
