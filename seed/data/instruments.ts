// The two instruments Praxis ships, in our own words (not the JRC's or the EU's item texts): an educator's
// self-reflection over the 22 DigCompEdu competences with six levels A1–C2, and a school's self-reflection over the
// eight SELFIE areas answered by school leaders and teachers. Seeded through the instrument publishing command.
import type { InstrumentInput } from '../../server/commands/selfAssessment/schemas.js';

type Four = { sl: string; pl: string; sv: string; en: string };

const educatorScale: Four[] = [
  { sl: 'Tega še ne počnem.', pl: 'Jeszcze tego nie robię.', sv: 'Det gör jag inte ännu.', en: 'I do not do this yet.' },
  { sl: 'Nekajkrat sem že poskusil(-a).', pl: 'Próbowałem(-am) tego kilka razy.', sv: 'Jag har provat det några gånger.', en: 'I have tried it a few times.' },
  { sl: 'Občasno, na preizkušene načine.', pl: 'Od czasu do czasu, w sprawdzony sposób.', sv: 'Ibland, på sätt jag är van vid.', en: 'Now and then, in ways I am used to.' },
  { sl: 'Redno in orodja izberem glede na okoliščine.', pl: 'Regularnie i dobieram narzędzia do sytuacji.', sv: 'Regelbundet, och jag väljer verktyg efter situationen.', en: 'Regularly, choosing tools to suit the situation.' },
  { sl: 'Sistematično; učinke preverjam in pristop izboljšujem.', pl: 'Systematycznie; sprawdzam efekty i ulepszam swoje podejście.', sv: 'Systematiskt; jag följer upp effekten och förbättrar arbetssättet.', en: 'Systematically; I check the effect and improve my approach.' },
  { sl: 'Razvijam nove pristope in kolegom pomagam, da jih prevzamejo.', pl: 'Rozwijam nowe podejścia i pomagam innym nauczycielom je przejąć.', sv: 'Jag utvecklar nya arbetssätt och hjälper kollegor att ta dem till sig.', en: 'I develop new approaches and help colleagues take them up.' },
];

const educatorLevels: InstrumentInput['levels'] = [
  { code: 'A1', labels: { sl: 'A1 Novinec', pl: 'A1 Nowicjusz', sv: 'A1 Nybörjare', en: 'A1 Newcomer' } },
  { code: 'A2', labels: { sl: 'A2 Raziskovalec', pl: 'A2 Odkrywca', sv: 'A2 Utforskare', en: 'A2 Explorer' } },
  { code: 'B1', labels: { sl: 'B1 Povezovalec', pl: 'B1 Integrator', sv: 'B1 Integrerare', en: 'B1 Integrator' } },
  { code: 'B2', labels: { sl: 'B2 Strokovnjak', pl: 'B2 Ekspert', sv: 'B2 Expert', en: 'B2 Expert' } },
  { code: 'C1', labels: { sl: 'C1 Vodja', pl: 'C1 Lider', sv: 'C1 Ledare', en: 'C1 Leader' } },
  { code: 'C2', labels: { sl: 'C2 Pionir', pl: 'C2 Pionier', sv: 'C2 Pionjär', en: 'C2 Pioneer' } },
];

const educatorStatements: Record<string, Four> = {
  '1.1': { sl: 'Z digitalnimi kanali obveščam učence, starše in sodelavce o šolskih zadevah.', pl: 'Korzystam z kanałów cyfrowych, by informować uczniów, rodziców i współpracowników o sprawach szkoły.', sv: 'Jag använder digitala kanaler för att hålla elever, vårdnadshavare och kollegor informerade om skolans frågor.', en: 'I use digital channels to keep pupils, parents and colleagues informed about school matters.' },
  '1.2': { sl: 'S sodelavci prek digitalnih orodij skupaj načrtujem pouk in delim gradiva.', pl: 'Planuję lekcje i dzielę się materiałami z innymi nauczycielami za pomocą narzędzi cyfrowych.', sv: 'Jag planerar lektioner och delar material med kollegor via digitala verktyg.', en: 'I plan lessons and share materials with colleagues through digital tools.' },
  '1.3': { sl: 'Kritično premislim, kako pri pouku uporabljam digitalno tehnologijo, in to ustrezno spremenim.', pl: 'Krytycznie zastanawiam się, jak wykorzystuję technologię cyfrową w nauczaniu, i zmieniam to, co trzeba.', sv: 'Jag reflekterar kritiskt över hur jag använder digital teknik i undervisningen och ändrar det som behövs.', en: 'I look back critically on how I use digital technology in teaching and change what needs changing.' },
  '1.4': { sl: 'Za svoj strokovni razvoj uporabljam spletne tečaje, webinarje ali skupnosti.', pl: 'Rozwijam się zawodowo dzięki kursom online, webinarom lub społecznościom nauczycieli.', sv: 'Jag använder webbkurser, webbinarier eller nätverk för min egen kompetensutveckling.', en: 'I use online courses, webinars or communities for my own professional development.' },
  '2.1': { sl: 'Najdem in izberem digitalne učne vire, ki ustrezajo ciljem pouka in mojim učencem.', pl: 'Wyszukuję i wybieram zasoby cyfrowe dopasowane do celów lekcji i do moich uczniów.', sv: 'Jag hittar och väljer digitala lärresurser som passar målen och mina elever.', en: 'I find and choose digital learning resources that fit my goals and my pupils.' },
  '2.2': { sl: 'Za svoj pouk ustvarjam ali prilagajam lastne digitalne vire.', pl: 'Tworzę lub dostosowuję własne zasoby cyfrowe do swoich lekcji.', sv: 'Jag skapar eller anpassar egna digitala resurser till mina lektioner.', en: 'I create or adapt digital resources of my own for my lessons.' },
  '2.3': { sl: 'Digitalne vire hranim in delim varno ter spoštujem avtorske pravice, licence in osebne podatke.', pl: 'Przechowuję i udostępniam zasoby cyfrowe bezpiecznie, z poszanowaniem praw autorskich, licencji i danych osobowych.', sv: 'Jag lagrar och delar digitala resurser säkert och respekterar upphovsrätt, licenser och personuppgifter.', en: 'I store and share digital resources safely, respecting copyright, licences and personal data.' },
  '3.1': { sl: 'Načrtujem ure, pri katerih digitalna tehnologija resnično spremeni, kako se učenci učijo.', pl: 'Planuję lekcje, na których technologia cyfrowa naprawdę zmienia sposób uczenia się uczniów.', sv: 'Jag planerar lektioner där digital teknik verkligen förändrar hur eleverna lär sig.', en: 'I plan lessons in which digital technology makes a real difference to how pupils learn.' },
  '3.2': { sl: 'Z digitalnimi orodji učence usmerjam in jim pomagam, tudi zunaj pouka.', pl: 'Za pomocą narzędzi cyfrowych wspieram i prowadzę uczniów, także poza lekcjami.', sv: 'Jag använder digitala verktyg för att vägleda och stötta eleverna, även utanför lektionstid.', en: 'I use digital tools to guide and support pupils, also outside lesson time.' },
  '3.3': { sl: 'Z digitalnimi orodji omogočam, da učenci sodelujejo in skupaj gradijo znanje.', pl: 'Dzięki narzędziom cyfrowym uczniowie współpracują i wspólnie budują wiedzę.', sv: 'Jag använder digitala verktyg så att eleverna samarbetar och bygger kunskap tillsammans.', en: 'I use digital tools so that pupils work together and build knowledge with each other.' },
  '3.4': { sl: 'Učencem pomagam, da z digitalnimi orodji načrtujejo, spremljajo in premislijo svoje učenje.', pl: 'Pomagam uczniom planować, śledzić i oceniać własną naukę za pomocą narzędzi cyfrowych.', sv: 'Jag hjälper eleverna att planera, följa och reflektera över sitt eget lärande med digitala verktyg.', en: 'I help pupils plan, track and reflect on their own learning with digital tools.' },
  '4.1': { sl: 'Z digitalnimi orodji na več načinov preverjam, kaj učenci znajo in zmorejo.', pl: 'Sprawdzam wiedzę i umiejętności uczniów na różne sposoby za pomocą narzędzi cyfrowych.', sv: 'Jag använder digitala verktyg för att på flera sätt bedöma vad eleverna kan.', en: 'I use digital tools to assess what pupils know and can do, in more than one way.' },
  '4.2': { sl: 'Zbiram in analiziram podatke o napredku učencev in se na tej podlagi odločam, kako bom poučeval(-a).', pl: 'Zbieram i analizuję dane o postępach uczniów i na tej podstawie planuję dalszą pracę.', sv: 'Jag samlar in och analyserar data om elevernas framsteg och bestämmer utifrån dem hur jag undervisar vidare.', en: 'I collect and analyse data on pupils’ progress to decide how to teach next.' },
  '4.3': { sl: 'Učencem digitalno dajem pravočasno povratno informacijo in jim pomagam, da jo upoštevajo.', pl: 'Udzielam uczniom szybkiej informacji zwrotnej w formie cyfrowej i pomagam im z niej skorzystać.', sv: 'Jag ger eleverna snabb återkoppling digitalt och hjälper dem att använda den.', en: 'I give pupils timely feedback by digital means and help them act on it.' },
  '5.1': { sl: 'Poskrbim, da lahko vsak učenec uporablja digitalna orodja in vire, ki jih zahtevam.', pl: 'Dbam o to, by każdy uczeń mógł korzystać z narzędzi i zasobów cyfrowych, których wymagam.', sv: 'Jag ser till att varje elev kan använda de digitala verktyg och resurser jag ber dem använda.', en: 'I make sure every pupil can use the digital tools and resources I ask them to use.' },
  '5.2': { sl: 'Z digitalno tehnologijo prilagajam naloge različnim potrebam, ravnem in tempu učencev.', pl: 'Dzięki technologii cyfrowej dostosowuję zadania do różnych potrzeb, poziomów i tempa uczniów.', sv: 'Jag använder digital teknik för att anpassa uppgifter till elevernas olika behov, nivåer och takt.', en: 'I use digital technology to adapt tasks to pupils’ different needs, levels and pace.' },
  '5.3': { sl: 'Z digitalno tehnologijo spodbujam, da so učenci pri učenju dejavni in radovedni.', pl: 'Wykorzystuję technologię cyfrową, by uczniowie byli aktywni i ciekawi w procesie uczenia się.', sv: 'Jag använder digital teknik för att göra eleverna aktiva och nyfikna i sitt lärande.', en: 'I use digital technology to make pupils active and curious in their learning.' },
  '6.1': { sl: 'Učence učim iskati, presojati in uporabljati informacije in vire s spleta.', pl: 'Uczę uczniów wyszukiwać, oceniać i wykorzystywać informacje oraz źródła z internetu.', sv: 'Jag lär eleverna att söka, värdera och använda information och källor från nätet.', en: 'I teach pupils to search for, judge and use information and sources found online.' },
  '6.2': { sl: 'Učencem dajem naloge, pri katerih na spletu odgovorno komunicirajo in sodelujejo.', pl: 'Daję uczniom zadania, w których odpowiedzialnie komunikują się i współpracują w sieci.', sv: 'Jag ger eleverna uppgifter där de kommunicerar och samarbetar ansvarsfullt på nätet.', en: 'I give pupils tasks in which they communicate and collaborate responsibly online.' },
  '6.3': { sl: 'Učencem dajem naloge, pri katerih ustvarjajo digitalne vsebine in se izražajo.', pl: 'Daję uczniom zadania, w których tworzą treści cyfrowe i wyrażają siebie.', sv: 'Jag ger eleverna uppgifter där de skapar digitalt innehåll och uttrycker sig.', en: 'I give pupils tasks in which they create digital content and express themselves.' },
  '6.4': { sl: 'Učence učim, kako ostanejo varni na spletu in skrbijo za svoje dobro počutje ob tehnologiji.', pl: 'Uczę uczniów, jak być bezpiecznym w sieci i dbać o swój dobrostan przy korzystaniu z technologii.', sv: 'Jag lär eleverna hur de håller sig säkra på nätet och tar hand om sitt välmående med tekniken.', en: 'I teach pupils how to stay safe online and look after their well-being with technology.' },
  '6.5': { sl: 'Učencem dajem naloge, pri katerih s tehnologijo rešujejo probleme, na primer s programiranjem.', pl: 'Daję uczniom zadania, w których rozwiązują problemy za pomocą technologii, na przykład programując.', sv: 'Jag ger eleverna uppgifter där de löser problem med teknik, till exempel genom programmering.', en: 'I give pupils tasks in which they solve problems with technology, for example by coding.' },
};

export const educatorInstrument: InstrumentInput = {
  key: 'educator-digcompedu',
  framework: 'digCompEdu',
  audience: 'individual',
  title: { sl: 'Samorefleksija učitelja: digitalne kompetence', pl: 'Autorefleksja nauczyciela: kompetencje cyfrowe', sv: 'Lärarens självreflektion: digital kompetens', en: 'Educator self-reflection: digital competence' },
  description: {
    sl: '22 trditev, po ena za vsako kompetenco DigCompEdu. Izberite odgovor, ki najbolje opiše, kako delate danes. Rezultat vidite samo vi.',
    pl: '22 stwierdzenia, po jednym dla każdej kompetencji DigCompEdu. Wybierz odpowiedź, która najlepiej opisuje Twoją obecną pracę. Wynik widzisz tylko Ty.',
    sv: '22 påståenden, ett för varje DigCompEdu-kompetens. Välj det svar som bäst beskriver hur du arbetar i dag. Bara du ser resultatet.',
    en: '22 statements, one for each DigCompEdu competence. Choose the answer that best describes how you work today. Only you see the result.',
  },
  levels: educatorLevels,
  roles: [],
  items: Object.entries(educatorStatements).map(([dimension, texts]) => ({
    id: `c${dimension}`,
    dimension,
    roles: [],
    texts,
    options: educatorScale.map((option, index) => ({ id: `l${index + 1}`, level: index + 1, texts: option })),
  })),
};

const schoolScale: Four[] = [
  { sl: 'Sploh ne drži', pl: 'Zupełnie się nie zgadzam', sv: 'Stämmer inte alls', en: 'Not true at all' },
  { sl: 'Malo drži', pl: 'Raczej się nie zgadzam', sv: 'Stämmer lite', en: 'Slightly true' },
  { sl: 'Deloma drži', pl: 'Częściowo się zgadzam', sv: 'Stämmer delvis', en: 'Partly true' },
  { sl: 'Večinoma drži', pl: 'Raczej się zgadzam', sv: 'Stämmer till stor del', en: 'Mostly true' },
  { sl: 'Povsem drži', pl: 'Całkowicie się zgadzam', sv: 'Stämmer helt', en: 'Fully true' },
];

const schoolLevels: InstrumentInput['levels'] = [
  { code: '1', labels: { sl: '1 Še ne začeto', pl: '1 Jeszcze nierozpoczęte', sv: '1 Inte påbörjat', en: '1 Not yet begun' } },
  { code: '2', labels: { sl: '2 Začetki', pl: '2 Początki', sv: '2 Inledande', en: '2 Beginning' } },
  { code: '3', labels: { sl: '3 V razvoju', pl: '3 W rozwoju', sv: '3 Under utveckling', en: '3 Developing' } },
  { code: '4', labels: { sl: '4 Utrjeno', pl: '4 Ugruntowane', sv: '4 Etablerat', en: '4 Established' } },
  { code: '5', labels: { sl: '5 Vpeto v delo šole', pl: '5 Zakorzenione w pracy szkoły', sv: '5 Förankrat i skolans arbete', en: '5 Embedded in the school’s work' } },
];

type Asked = 'leader' | 'teacher';
const schoolStatements: { id: string; dimension: string; roles: Asked[]; texts: Four }[] = [
  { id: 'lead-strategy', dimension: 'leadership', roles: ['leader'], texts: { sl: 'Naša šola ima digitalno strategijo, ki so jo soustvarili zaposleni in jo vsako leto pregledamo.', pl: 'Nasza szkoła ma strategię cyfrową, którą współtworzyli pracownicy i którą co roku przeglądamy.', sv: 'Vår skola har en digital strategi som personalen har varit med och tagit fram och som vi ser över varje år.', en: 'Our school has a digital strategy that staff helped to write and that we review every year.' } },
  { id: 'lead-expectations', dimension: 'leadership', roles: ['teacher'], texts: { sl: 'Vem, kaj šolski načrt za digitalno poučevanje in učenje pričakuje od mene.', pl: 'Wiem, czego szkolny plan cyfrowego nauczania i uczenia się oczekuje ode mnie.', sv: 'Jag vet vad skolans plan för digitalt lärande förväntar sig av mig.', en: 'I know what our school’s plan for digital teaching and learning expects of me.' } },
  { id: 'collab-talk', dimension: 'collaboration-networking', roles: ['leader', 'teacher'], texts: { sl: 'Kot kolektiv se redno pogovarjamo, kaj pri poučevanju s tehnologijo deluje in kaj ne.', pl: 'Jako grono pedagogiczne regularnie rozmawiamy o tym, co działa, a co nie, w nauczaniu z technologią.', sv: 'Vi pratar regelbundet i kollegiet om vad som fungerar och inte när vi undervisar med teknik.', en: 'As a staff we regularly talk about what works and what does not when teaching with technology.' } },
  { id: 'collab-partners', dimension: 'collaboration-networking', roles: ['leader'], texts: { sl: 'Naša šola pri razvoju uporabe tehnologije sodeluje z drugimi šolami, podjetji ali organizacijami.', pl: 'Nasza szkoła współpracuje z innymi szkołami, firmami lub organizacjami przy rozwijaniu wykorzystania technologii.', sv: 'Vår skola samarbetar med andra skolor, företag eller organisationer för att utveckla sin användning av teknik.', en: 'Our school works with other schools, companies or organisations to develop its use of technology.' } },
  { id: 'infra-reliable', dimension: 'infrastructure-equipment', roles: ['leader', 'teacher'], texts: { sl: 'Naprave in internetna povezava na šoli zanesljivo delujejo, ko jih pouk potrebuje.', pl: 'Urządzenia i łącze internetowe w szkole działają niezawodnie, gdy są potrzebne na lekcji.', sv: 'Enheter och internetuppkoppling på skolan fungerar pålitligt när lektionerna behöver dem.', en: 'Devices and the internet connection at school work reliably when lessons need them.' } },
  { id: 'infra-support', dimension: 'infrastructure-equipment', roles: ['teacher'], texts: { sl: 'Ko kaj ne deluje, hitro dobim tehnično pomoč.', pl: 'Gdy coś nie działa, szybko otrzymuję pomoc techniczną.', sv: 'När något inte fungerar får jag snabbt teknisk hjälp.', en: 'When something does not work, I get technical help quickly.' } },
  { id: 'cpd-needs', dimension: 'continuing-professional-development', roles: ['leader'], texts: { sl: 'Šola zaposlene vpraša, kaj se morajo naučiti, in temu primerno ponudi izobraževanja o digitalnem poučevanju.', pl: 'Szkoła pyta pracowników, czego potrzebują się nauczyć, i odpowiednio oferuje szkolenia z nauczania cyfrowego.', sv: 'Skolan frågar personalen vad de behöver lära sig och erbjuder fortbildning i digital undervisning utifrån det.', en: 'Our school asks staff what they need to learn and offers training in digital teaching accordingly.' } },
  { id: 'cpd-took-part', dimension: 'continuing-professional-development', roles: ['teacher'], texts: { sl: 'V zadnjem letu sem se udeležil(-a) izobraževanja ali kolegialnega učenja o poučevanju s tehnologijo.', pl: 'W ostatnim roku wziąłem(-ęłam) udział w szkoleniu lub wzajemnym uczeniu się na temat nauczania z technologią.', sv: 'Det senaste året har jag deltagit i fortbildning eller kollegialt lärande om undervisning med teknik.', en: 'In the past year I took part in training or peer learning on teaching with technology.' } },
  { id: 'resources-share', dimension: 'pedagogy-supports-resources', roles: ['leader', 'teacher'], texts: { sl: 'Učitelji prek šolskih platform zlahka najdejo in delijo digitalne učne vire.', pl: 'Nauczyciele łatwo znajdują i udostępniają zasoby cyfrowe na szkolnych platformach.', sv: 'Lärarna hittar och delar lätt digitala lärresurser via skolans plattformar.', en: 'Teachers easily find and share digital learning resources through the school’s platforms.' } },
  { id: 'impl-projects', dimension: 'pedagogy-implementation', roles: ['teacher'], texts: { sl: 'Z digitalno tehnologijo omogočam, da učenci delajo projekte in napredujejo v svojem tempu.', pl: 'Dzięki technologii cyfrowej uczniowie realizują projekty i pracują we własnym tempie.', sv: 'Jag använder digital teknik så att eleverna kan arbeta med projekt och i egen takt.', en: 'I use digital technology to let pupils work on projects and at their own pace.' } },
  { id: 'impl-encourage', dimension: 'pedagogy-implementation', roles: ['leader'], texts: { sl: 'Šola spodbuja učitelje, da preizkušajo nove načine poučevanja s tehnologijo.', pl: 'Szkoła zachęca nauczycieli do wypróbowywania nowych sposobów nauczania z technologią.', sv: 'Skolan uppmuntrar lärarna att pröva nya sätt att undervisa med teknik.', en: 'Our school encourages teachers to try new ways of teaching with technology.' } },
  { id: 'assess-feedback', dimension: 'assessment-practices', roles: ['teacher'], texts: { sl: 'Z digitalnimi orodji dajem učencem povratno informacijo in jim omogočam samo- in vrstniško vrednotenje.', pl: 'Za pomocą narzędzi cyfrowych udzielam uczniom informacji zwrotnej i umożliwiam samoocenę oraz ocenę koleżeńską.', sv: 'Jag använder digitala verktyg för att ge eleverna återkoppling och låta dem bedöma sig själva och varandra.', en: 'I use digital tools to give pupils feedback and to let them assess themselves and each other.' } },
  { id: 'assess-agreed', dimension: 'assessment-practices', roles: ['leader'], texts: { sl: 'Na šoli smo se dogovorili, kako digitalna orodja uporabljamo za vrednotenje in povratno informacijo.', pl: 'W szkole uzgodniliśmy, jak korzystamy z narzędzi cyfrowych przy ocenianiu i informacji zwrotnej.', sv: 'Vi har kommit överens på skolan om hur digitala verktyg används för bedömning och återkoppling.', en: 'Our school has agreed how digital tools are used for assessment and feedback.' } },
  { id: 'pupils-safe', dimension: 'student-digital-competence', roles: ['teacher'], texts: { sl: 'Učenci na naši šoli se učijo tehnologijo uporabljati varno, odgovorno in ustvarjalno.', pl: 'Uczniowie naszej szkoły uczą się korzystać z technologii bezpiecznie, odpowiedzialnie i twórczo.', sv: 'Eleverna på vår skola lär sig att använda teknik säkert, ansvarsfullt och kreativt.', en: 'Pupils at our school learn to use technology safely, responsibly and creatively.' } },
  { id: 'pupils-across', dimension: 'student-digital-competence', roles: ['leader', 'teacher'], texts: { sl: 'Šola preverja, ali učenci digitalne spretnosti razvijajo pri vseh predmetih.', pl: 'Szkoła sprawdza, czy uczniowie rozwijają umiejętności cyfrowe na wszystkich przedmiotach.', sv: 'Skolan följer upp att eleverna utvecklar digitala färdigheter i alla ämnen.', en: 'Our school checks that pupils develop digital skills across all subjects.' } },
];

export const schoolInstrument: InstrumentInput = {
  key: 'school-selfie',
  framework: 'selfieAreas',
  audience: 'school',
  title: { sl: 'Samorefleksija šole: digitalna praksa', pl: 'Autorefleksja szkoły: praktyka cyfrowa', sv: 'Skolans självreflektion: digital praktik', en: 'School self-reflection: digital practice' },
  description: {
    sl: 'Vodstvo in učitelji ocenijo, koliko posamezne trditve držijo za njihovo šolo, po osmih področjih SELFIE. Šola vidi le skupni rezultat, nikoli odgovorov posameznika.',
    pl: 'Dyrekcja i nauczyciele oceniają, na ile stwierdzenia są prawdziwe dla ich szkoły, w ośmiu obszarach SELFIE. Szkoła widzi tylko wynik zbiorczy, nigdy odpowiedzi pojedynczej osoby.',
    sv: 'Skolledning och lärare bedömer hur väl påståendena stämmer för deras skola, inom SELFIE:s åtta områden. Skolan ser bara det samlade resultatet, aldrig en enskild persons svar.',
    en: 'School leaders and teachers rate how true each statement is for their school, across the eight SELFIE areas. The school sees only the combined result, never one person’s answers.',
  },
  levels: schoolLevels,
  roles: ['leader', 'teacher'],
  items: schoolStatements.map((statement) => ({ ...statement, options: schoolScale.map((option, index) => ({ id: `a${index + 1}`, level: index + 1, texts: option })) })),
};

export const shippedInstruments: readonly InstrumentInput[] = [educatorInstrument, schoolInstrument];
