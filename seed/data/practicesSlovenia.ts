// Demo practices from Slovenia (the "Dvig digitalne kompetentnosti" schools, kindergartens and VET
// schools, and the digital-skills programme for public servants), plus a few from Croatia,
// Austria and Finland. Schools, municipalities and people are fictional unless stated otherwise.
import type { SeedPractice } from '../types.js';

const DDK_PROGRAMME = 'Dvig digitalne kompetentnosti (Zavod RS za šolstvo in Arnes)';
const DDK_FUNDING = 'Naložbo sofinancirata Republika Slovenija in Evropska unija iz Evropskega socialnega sklada.';
const PA_PROGRAMME = 'Krepitev digitalnih znanj in spretnosti javnih uslužbencev (Upravna akademija)';
const PA_FUNDING = 'Republika Slovenija, Ministrstvo za javno upravo, in Evropska unija – NextGenerationEU (Načrt za okrevanje in odpornost)';

export const practicesSlovenia: SeedPractice[] = [
  {
    key: 'si-01',
    author: 'headteacher-si-1',
    state: 'published',
    featured: true,
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalna strategija šole in letni akcijski načrt, zgrajena na rezultatih SELFIE',
        summary:
          'Na OŠ Dravski breg smo iz rezultatov samoevalvacije SELFIE pripravili triletno digitalno strategijo šole in letni akcijski načrt s tremi prioritetami. Načrt vsako leto pregledamo na pedagoški konferenci in ga prilagodimo novim podatkom. V dveh letih se je delež učiteljev, ki spletno učilnico redno uporabljajo za povratno informacijo, povečal z 31 na 68 %.',
        challenge: `Pred vključitvijo v projekt Dvig digitalne kompetentnosti smo imeli veliko opreme in malo skupne smeri. Vsak učitelj je izbiral svoja orodja, učenci so se morali v istem tednu znajti v petih različnih okoljih, starši pa niso vedeli, kje iskati informacije. Digitalna gradiva so bila vezana na posamezne navdušence; ko je naš najdejavnejši učitelj odšel na drugo šolo, je z njim izginil tudi velik del gradiv.

Manjkal nam je dokument, ki bi povezal opremo, strokovni razvoj in pouk, in jasen odgovor na vprašanje, kaj želimo doseči pri učencih – ne le, katere naprave bomo kupili.`,
        description: `Digitalna strategija šole je kratek dokument (devet strani), ki opredeli vizijo, tri strateške cilje za obdobje 2022–2025 in kazalnike, po katerih spremljamo napredek. Vsak cilj je povezan s področjem SELFIE in s kompetencami okvira DigCompEdu, zato lahko rezultate naslednjih samoevalvacij neposredno primerjamo z izhodiščem.

Akcijski načrt je preglednica za eno šolsko leto: dejavnost, odgovorna oseba, rok, potrebna sredstva in dokaz, da je bila dejavnost izvedena. Za leto 2022/23 smo izbrali tri prioritete: enotno spletno učilnico (Arnes Učilnice) za vse predmete od 4. razreda naprej, povratno informacijo z digitalnimi orodji in varno rabo interneta pri razrednih urah.`,
        implementation: `1. Šolski projektni tim (ravnateljica, računalnikar, dve razredni in dve predmetni učiteljici) je oktobra 2021 izvedel SELFIE za vodstvo, učitelje in učence od 6. do 9. razreda.
2. Rezultate smo predstavili na pedagoški konferenci; v skupinah po strokovnih aktivih smo poiskali tri največje vrzeli.
3. Na delavnici Zavoda RS za šolstvo smo vrzeli prevedli v strateške cilje in jih uskladili z letnim delovnim načrtom šole.
4. Osnutek strategije je bil dva tedna odprt za pripombe učiteljev, sveta staršev in šolske skupnosti učencev.
5. Strategijo je potrdil svet zavoda, akcijski načrt pa je postal priloga letnega delovnega načrta.
6. Tim vsak mesec pregleda izvajanje akcijskega načrta; ob koncu leta ponovimo SELFIE ali krajšo anketo in pripravimo nov načrt.`,
        resourcesNeeded:
          'Približno 40 ur dela šolskega tima v prvem letu, od tega polovico za analizo in pisanje. Podpora svetovalke Zavoda RS za šolstvo na dveh delavnicah. Brezplačna orodja: SELFIE, Arnes Učilnice in deljeni dokumenti. Dodatne opreme nismo kupovali, ker smo najprej želeli bolje izkoristiti obstoječo.',
        outcomes: `- Delež učiteljev, ki spletno učilnico redno uporabljajo za povratno informacijo, se je po podatkih ponovljenega SELFIE povečal z 31 % (2021) na 68 % (2023).
- Učenci od 4. razreda naprej imajo vsa gradiva v enem okolju; vprašanj staršev, kje najti domačo nalogo, je bistveno manj.
- Povprečna ocena področja »Vodenje« v SELFIE se je pri učiteljih zvišala s 3,1 na 3,8 (lestvica od 1 do 5).`,
        difficulties: `Prvi osnutek strategije je imel dvanajst ciljev in ga nihče ni prebral do konca. Šele ko smo ga skrčili na tri cilje, je postal delovni dokument. Podcenili smo tudi čas: mesečni pregledi so se decembra in junija redno prestavljali, zato jih zdaj izvajamo kot točko na že obstoječih sestankih aktivov.

Rezultati SELFIE pri učencih so bili v prvem krogu manj zanesljivi, ker so nekateri razredi vprašalnik reševali doma brez razlage. Drugič smo ga reševali pri pouku, z razrednikom in kratkim uvodom o tem, kaj vprašanja pomenijo.`,
        transferConditions:
          'Praksa je prenosljiva na vsako osnovno ali srednjo šolo. Pogoj je ravnatelj, ki strategijo razume kot del letnega delovnega načrta in ne kot projektni dodatek, ter tim, ki ima v urniku vsaj eno skupno uro na mesec.',
        lessons: `- Manj ciljev pomeni več izvedenih dejavnosti.
- Vsak cilj naj ima kazalnik, ki ga lahko izmerite z istim orodjem kot izhodišče.
- Učence in starše vključite že v pripravo osnutka, ne šele v predstavitev končne strategije.`,
      },
      en: {
        provenance: 'human',
        reviewed: true,
        title: 'A school digital strategy and yearly action plan built on SELFIE results',
        summary:
          'At Dravski breg Primary School we turned the results of a SELFIE self-evaluation into a three-year school digital strategy and a yearly action plan with three priorities. The plan is reviewed every year at the staff conference and adjusted to new data. In two years the share of teachers who regularly use the online classroom for feedback rose from 31% to 68%.',
        challenge: `Before joining the Raising Digital Competence project we had plenty of equipment and little common direction. Every teacher chose their own tools, pupils had to find their way around five different environments in the same week, and parents did not know where to look for information. Digital materials depended on a few enthusiasts; when our most active teacher moved to another school, much of the material went with him.

We lacked a document connecting equipment, professional development and teaching, and a clear answer to the question of what we want pupils to achieve, not just which devices to buy.`,
        description: `The school digital strategy is a short document (nine pages) setting out a vision, three strategic goals for 2022–2025 and the indicators we use to follow progress. Each goal is linked to a SELFIE area and to DigCompEdu competences, so later self-evaluations can be compared directly with the baseline.

The action plan is a table for one school year: activity, person responsible, deadline, resources needed and evidence that the activity took place. For 2022/23 we chose three priorities: one online classroom (Arnes Učilnice) for all subjects from year 4 upwards, feedback with digital tools, and safe internet use in form-teacher lessons.`,
        implementation: `1. The school project team (headteacher, ICT teacher, two class teachers and two subject teachers) ran SELFIE for leaders, teachers and pupils in years 6–9 in October 2021.
2. We presented the results at a staff conference; subject groups identified the three biggest gaps.
3. At a National Education Institute workshop we translated the gaps into strategic goals and aligned them with the school's annual work plan.
4. The draft strategy was open for two weeks for comments from teachers, the parents' council and the pupils' council.
5. The school board adopted the strategy; the action plan became an annex to the annual work plan.
6. The team reviews progress every month; at the end of the year we repeat SELFIE or a shorter survey and draft a new plan.`,
        resourcesNeeded:
          'About 40 hours of team work in the first year, half of it for analysis and writing. Support from an adviser of the National Education Institute at two workshops. Free tools: SELFIE, Arnes Učilnice and shared documents. We bought no new equipment, because we first wanted to make better use of what we had.',
        outcomes: `- The share of teachers who regularly use the online classroom for feedback rose from 31% (2021) to 68% (2023), according to the repeated SELFIE.
- Pupils from year 4 upwards find all materials in one place; parents ask far less often where to find homework.
- Teachers' average score for the SELFIE area "Leadership" rose from 3.1 to 3.8 (scale 1–5).`,
        difficulties: `The first draft had twelve goals and nobody read it to the end. Only when we cut it down to three goals did it become a working document. We also underestimated the time: the monthly reviews kept being postponed in December and June, so they are now an item on existing subject-group meetings.

Pupil SELFIE results in the first round were less reliable because some classes filled in the questionnaire at home without explanation. The second time pupils answered in class, with their form teacher and a short introduction to what the questions mean.`,
        transferConditions:
          'The practice can be transferred to any primary or secondary school. It needs a headteacher who treats the strategy as part of the annual work plan rather than a project add-on, and a team with at least one shared hour a month in the timetable.',
        lessons: `- Fewer goals means more activities actually carried out.
- Give every goal an indicator you can measure with the same tool as the baseline.
- Involve pupils and parents in the draft, not only in the presentation of the final strategy.`,
      },
    },
    organisation: { name: 'OŠ Dravski breg, Maribor', ownerType: 'school' },
    country: 'SI',
    region: 'Podravska',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['school-leaders', 'teachers', 'pupils', 'parents'],
    practiceType: 'digital-strategy',
    lifecycleStage: 'evaluate',
    startDate: '2021-10-01',
    endDate: '2023-08-31',
    scale: { schools: 1, participants: 58 },
    digCompEdu: ['1.1', '1.3', '1.4', '4.3'],
    digComp: ['2.1', '4.2'],
    selfieAreas: ['leadership', 'continuing-professional-development', 'assessment-practices', 'infrastructure-equipment'],
    evidenceTypes: ['self-assessment-data', 'survey', 'participation-data'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Mojca Vrečko', email: 'mojca.vrecko@example.si' },
    tags: ['digitalna strategija', 'akcijski načrt', 'selfie', 'vodenje', 'spletna učilnica'],
    images: [
      { caption: 'Akcijski načrt 2022/23 na oglasni deski zbornice', colour: '#2f6f9f' },
      { caption: 'Delavnica šolskega tima ob rezultatih SELFIE', colour: '#e0a030' },
    ],
  },
  {
    key: 'si-02',
    author: 'teacher-si-1',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Dva kroga samoevalvacije SELFIE: kako smo iz številk prišli do pogovora z učenci',
        summary:
          'Samoevalvacijo z orodjem SELFIE smo izvedli v letih 2022 in 2024 ter rezultate obeh krogov primerjali po področjih. Največ smo se naučili iz razlik med odgovori učiteljev in učencev, o katerih smo se nato pogovorili v fokusnih skupinah. Opisujemo, kako izvesti SELFIE, da so podatki uporabni, in kje smo se zmotili.',
        challenge: `Prvi SELFIE na naši šoli je bil predvsem obveznost: vprašalnik smo rešili, poročilo shranili in se k njemu nismo več vrnili. Učitelji so rezultate doživeli kot oceno svojega dela, zato je bil odziv obrambni. Hkrati nismo vedeli, kako brati odgovore »ne vem« in zakaj se učenci in učitelji pri nekaterih trditvah tako zelo razlikujejo.`,
        description: `Praksa je postopek, ki ga ponovimo vsaki dve leti: priprava (izbira udeležencev, dodatna vprašanja), izvedba v razredih, branje poročila v timu in pogovor z učenci o največjih razlikah. Rezultatov ne objavljamo po posameznih učiteljih, ker jih SELFIE tako niti ne zbira, temveč le po področjih.

V drugem krogu smo SELFIE dopolnili s petimi lastnimi vprašanji o spletni učilnici in domačem delu ter učitelje povabili, naj po želji rešijo še SELFIEforTEACHERS za osebni razvojni načrt.`,
        implementation: `1. Šolski tim določi obdobje (dva tedna v novembru), udeležence in lastna vprašanja.
2. Razredniki izvedejo vprašalnik pri razredni uri; učenci 4. in 5. razreda ga rešujejo v računalniški učilnici ob pomoči učitelja.
3. Tim pripravi primerjavo krogov po področjih in izbere tri trditve z največjo razliko med učitelji in učenci.
4. V fokusnih skupinah (po šest učencev iz 7. do 9. razreda) se pogovorimo, kaj so učenci s svojimi odgovori mislili.
5. Ugotovitve predstavimo zboru in jih prenesemo v akcijski načrt digitalne strategije.`,
        resourcesNeeded:
          'Orodje SELFIE je brezplačno. Za pripravo, branje poročila in fokusne skupine je tim porabil približno 25 ur. Potrebna je računalniška učilnica za mlajše učence in en koordinator, ki ima dostop do nastavitev šole v SELFIE.',
        outcomes: `- Udeležba učencev se je povečala s 182 (2022) na 310 (2024), udeležba učiteljev z 41 na 54.
- Delež odgovorov »ne vem« pri učiteljih se je na področju »Prakse vrednotenja« zmanjšal z 29 % na 12 %.
- Fokusne skupine so pokazale, da učenci trditev o »sodelovanju z digitalnimi orodji« razumejo kot skupinsko delo na spletu doma, česar skoraj ni; zato smo v akcijski načrt dodali skupinske naloge v spletni učilnici pri pouku.`,
        difficulties: `Vodstvo je v prvem krogu vprašalnik izpolnilo samo ravnatelj, zato je bila primerjava vodstvo–učitelji brez pomena. V drugem krogu sta ga izpolnila še pomočnica ravnatelja in svetovalna delavka.

Učenci 4. razreda so imeli težave z razumevanjem trditev; nekaj jih je odgovarjalo naključno. Pri mlajših bi zdaj vprašalnik raje skrajšali ali ga brali skupaj. Primerjava krogov ni povsem čista, ker se je med letoma spremenilo nekaj trditev v samem orodju.`,
        transferConditions:
          'Primerno za vsako osnovno ali srednjo šolo, ki že uporablja SELFIE ali ga želi. Pogoj je, da vodstvo rezultate jasno predstavi kot sliko šole in ne kot oceno posameznikov.',
        lessons: `- Poročilo SELFIE je začetek pogovora, ne njegov konec.
- Največ povedo razlike med skupinami, ne povprečja.
- Lastna vprašanja naj bodo kratka in vezana na prioritete akcijskega načrta.`,
      },
    },
    organisation: { name: 'OŠ Sončna pot, Celje', ownerType: 'school' },
    country: 'SI',
    region: 'Savinjska',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'school-leaders', 'pupils'],
    practiceType: 'self-assessment',
    lifecycleStage: 'evaluate',
    startDate: '2022-11-01',
    scale: { schools: 1, participants: 364 },
    digCompEdu: ['1.3', '4.2'],
    digComp: ['2.4', '1.3'],
    selfieAreas: ['leadership', 'assessment-practices', 'student-digital-competence', 'pedagogy-implementation'],
    evidenceTypes: ['self-assessment-data', 'case-study', 'testimonials'],
    evidenceLevel: 'good',
    licence: 'cc-by-sa-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Tina Korošec', email: 'tina.korosec@example.si' },
    tags: ['selfie', 'samoevalvacija', 'fokusne skupine', 'učenci'],
    images: [{ caption: 'Primerjava dveh krogov SELFIE po področjih', colour: '#4a8c5c' }],
  },
  {
    key: 'si-03',
    author: 'teacher-si-2',
    state: 'published',
    featured: false,
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Učeča se skupnost učiteljev za formativno spremljanje z digitalnimi orodji na gimnaziji',
        summary:
          'Dvanajst učiteljev različnih predmetov se je dve leti vsak mesec srečevalo v učeči se skupnosti in skupaj načrtovalo ure s formativnim spremljanjem ob podpori digitalnih orodij. Vsak član je vsaj dvakrat hospitiral pri kolegu in napisal kratek primer rabe. Nastalo je 27 primerov, ki jih zdaj uporablja ves učiteljski zbor.',
        challenge: `Po pouku na daljavo je večina učiteljev poznala veliko orodij, a jih je uporabljala predvsem za posredovanje gradiv in preverjanje znanja. Dijaki so dobivali točke, ne povratne informacije. Enkratna izobraževanja niso spremenila pouka, ker jim ni sledilo nič: nihče ni preizkušal, opazoval in izboljševal skupaj s kolegi.`,
        description: `Učeča se skupnost je prostovoljna skupina učiteljev, ki se srečuje enkrat mesečno po 90 minut. Vsako srečanje ima enako strukturo: kratek vnos (nov pristop ali orodje), načrtovanje ure v parih, poročanje o hospitacijah in dogovor o naslednjem koraku.

Osredotočili smo se na tri elemente formativnega spremljanja: namene učenja in kriterije uspešnosti, povratno informacijo ter samovrednotenje dijakov. Digitalna orodja (Arnes Učilnice, deljeni dokumenti s komentarji, kratki kvizi s takojšnjo povratno informacijo) so bila sredstvo, ne cilj.`,
        implementation: `1. Septembra 2022 sta vodji skupnosti na zboru predstavili idejo in povabili prostovoljce; prijavilo se je dvanajst učiteljev.
2. Na prvem srečanju smo se dogovorili o pravilih: hospitacija ni ocenjevanje, kar se pove v skupini, ostane v skupini.
3. Vsak mesec je par načrtoval uro z digitalno podprto povratno informacijo in jo izvedel; kolega je opazoval po kratkem protokolu.
4. Po uri je izvajalec v enem tednu zapisal primer rabe na eno stran: cilj, potek, orodje, kaj je delovalo, kaj ne.
5. Primere smo zbirali v skupni spletni učilnici in jih ob koncu leta predstavili celotnemu zboru.
6. V drugem letu so se skupini pridružili štirje novi učitelji; izkušeni člani so postali njihovi pari.`,
        resourcesNeeded:
          'Deset srečanj na leto po 90 minut, ki jih je vodstvo priznalo kot strokovno izpopolnjevanje. Urnik, ki omogoča hospitacije (zamenjave ali proste ure). Brezplačna orodja v okolju Arnes. Vodji skupnosti sta se udeležili usposabljanja za moderatorje učečih se skupnosti pri Zavodu RS za šolstvo.',
        outcomes: `- Nastalo je 27 primerov rabe iz devetih predmetov.
- V anketi ob koncu drugega leta je 14 od 16 članov navedlo, da dijakom redno daje pisno povratno informacijo v spletni učilnici (pred tem 4).
- Dijaki v razredih članov so v anketi pogosteje kot drugi navajali, da vedo, kaj morajo izboljšati (71 % proti 48 %).`,
        difficulties: `Najtežje je bilo usklajevanje hospitacij: v drugem polletju je zaradi maturitetnih obveznosti odpadla skoraj polovica. Skupnost je bila prostovoljna, zato so se ji pridružili predvsem že motivirani učitelji; razkoraka do preostalega zbora s tem nismo zmanjšali.

Prvi primeri rabe so bili predolgi in so opisovali orodje namesto učenja. Predlogo smo skrajšali na eno stran in dodali vprašanje »Kaj so dijaki naredili drugače?«.`,
        transferConditions:
          'Prenosljivo na vsako srednjo ali osnovno šolo z vsaj šestimi zainteresiranimi učitelji. Ključna je podpora vodstva pri urniku in priznanje časa kot strokovnega razvoja.',
        lessons: `- Najprej pedagoški cilj, nato orodje.
- Kratek protokol opazovanja naredi hospitacijo varnejšo.
- Primeri rabe morajo biti kratki, sicer jih nihče ne bere.`,
      },
      en: {
        provenance: 'machine',
        reviewed: false,
        title: 'A learning community of teachers for formative assessment with digital tools at a gymnasium',
        summary:
          'Twelve teachers of different subjects met every month for two years in a learning community and planned lessons with formative assessment supported by digital tools together. Each member observed a colleague at least twice and wrote a short example of use. 27 examples were created, which are now used by the whole teaching staff.',
        challenge: `After distance learning, most teachers knew many tools, but used them mainly for delivering materials and testing knowledge. Students received points, not feedback. One-off trainings did not change teaching because nothing followed them: no one tried, observed and improved together with colleagues.`,
        description: `The learning community is a voluntary group of teachers that meets once a month for 90 minutes. Every meeting has the same structure: a short input (a new approach or tool), lesson planning in pairs, reporting on observations and agreement on the next step.

We focused on three elements of formative assessment: learning intentions and success criteria, feedback, and student self-assessment. Digital tools (Arnes Učilnice, shared documents with comments, short quizzes with instant feedback) were a means, not a goal.`,
        implementation: `1. In September 2022, the two community leaders presented the idea at the staff meeting and invited volunteers; twelve teachers signed up.
2. At the first meeting we agreed on rules: observation is not evaluation, what is said in the group stays in the group.
3. Every month a pair planned a lesson with digitally supported feedback and taught it; a colleague observed using a short protocol.
4. Within one week after the lesson, the teacher wrote a one-page example of use: goal, course, tool, what worked, what did not.
5. We collected the examples in a shared online classroom and presented them to the whole staff at the end of the year.
6. In the second year, four new teachers joined the group; experienced members became their pairs.`,
        resourcesNeeded:
          'Ten meetings per year of 90 minutes, recognised by the management as professional development. A timetable that allows observations (substitutions or free periods). Free tools in the Arnes environment. The two leaders attended training for moderators of learning communities at the National Education Institute.',
        outcomes: `- 27 examples of use from nine subjects were created.
- In the survey at the end of the second year, 14 of 16 members stated that they regularly give students written feedback in the online classroom (previously 4).
- Students in members' classes stated more often than others that they know what they need to improve (71% vs 48%).`,
        difficulties: `The hardest part was coordinating observations: in the second semester almost half were cancelled because of matura obligations. The community was voluntary, so mainly already motivated teachers joined; we did not reduce the gap to the rest of the staff.

The first examples of use were too long and described the tool instead of learning. We shortened the template to one page and added the question "What did students do differently?".`,
        transferConditions:
          'Transferable to any secondary or primary school with at least six interested teachers. The support of the management for the timetable and the recognition of time as professional development are key.',
        lessons: `- Pedagogical goal first, then the tool.
- A short observation protocol makes observation safer.
- Examples of use must be short, otherwise nobody reads them.`,
      },
    },
    organisation: { name: 'Gimnazija Rožnik, Ljubljana', ownerType: 'school' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'school',
    educationLevels: ['isced-3'],
    targetGroups: ['teachers'],
    practiceType: 'learning-community',
    lifecycleStage: 'diffuse',
    startDate: '2022-09-01',
    endDate: '2024-06-24',
    scale: { schools: 1, participants: 16 },
    digCompEdu: ['1.2', '1.3', '4.1', '4.3', '3.4'],
    digComp: ['2.4', '3.1'],
    selfieAreas: ['collaboration-networking', 'continuing-professional-development', 'assessment-practices'],
    evidenceTypes: ['survey', 'observation', 'case-study'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Nina Zupančič', email: 'nina.zupancic@example.si' },
    tags: ['učeča se skupnost', 'formativno spremljanje', 'povratna informacija', 'hospitacije', 'gimnazija'],
    images: [{ caption: 'Srečanje učeče se skupnosti v knjižnici gimnazije', colour: '#7a4f9a' }],
  },
  {
    key: 'si-04',
    author: 'teacher-si-3',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalno preverjanje znanja v aktivih: skupne banke vprašanj in povratna informacija v spletni učilnici',
        summary:
          'Učitelji matematike, slovenščine in naravoslovja so na šestih internih delavnicah zgradili skupne banke vprašanj v Arnes Učilnicah in jih uporabljajo za sprotno preverjanje znanja. Ocenjevanje ostaja v razredu, digitalni kvizi pa služijo povratni informaciji pred ocenjevanjem. V enem letu je nastalo več kot 900 vprašanj z razlagami pravilnih odgovorov.',
        challenge: `Učitelji so vsak zase pripravljali kvize, pogosto za isti razred in isto snov. Kvizi so preverjali predvsem priklic dejstev, učenci pa so po oddaji videli le število točk. Pri kvizih za domače delo je bilo veliko prepisovanja, zato so jih nekateri učitelji opustili. Hkrati nismo imeli skupnega dogovora, kdaj je digitalni test preverjanje in kdaj ocenjevanje, kar je med starši sprožalo vprašanja.`,
        description: `Vsak aktiv ima v Arnes Učilnicah skupni tečaj, v katerem vodi banko vprašanj po temah in taksonomskih ravneh. Vsako vprašanje ima povratno informacijo za pravilen in za najpogostejše napačne odgovore, tako da učenec izve, kje je naredil napako.

Na ravni šole smo zapisali dogovor o digitalnem preverjanju: spletni kvizi so namenjeni preverjanju in vaji, ocenjevanje poteka v šoli pod nadzorom učitelja in v skladu s pravili šolskega reda ocenjevanja. Dogovor smo predstavili staršem na roditeljskih sestankih.`,
        implementation: `1. Na prvi delavnici smo pregledali obstoječe kvize in se dogovorili o obliki vprašanj (oznaka teme, ravni in avtorja).
2. Na drugi in tretji delavnici je vsak aktiv prenesel dobra vprašanja v skupno banko in jih uredil po kategorijah.
3. Na četrti delavnici smo vadili pisanje povratne informacije za napačne odgovore; vsak učitelj je dopolnil 20 vprašanj.
4. Na peti delavnici smo nastavili kvize z naključnim izborom vprašanj iz kategorij in več poskusi.
5. Na šesti delavnici smo analizirali rezultate kvizov in se dogovorili, kako jih uporabiti pri načrtovanju ur.
6. Vsak aktiv na koncu ocenjevalnega obdobja pregleda vprašanja z najnižjo uspešnostjo in jih popravi ali izloči.`,
        resourcesNeeded:
          'Šest delavnic po dve šolski uri, ki jih je vodil učitelj računalništva. Dostop do računalniške učilnice ali tablic za razrede, kjer vsi učenci nimajo svoje naprave. Približno 15 ur dela na učitelja v prvem letu za pripravo vprašanj.',
        outcomes: `- V skupnih bankah treh aktivov je 940 vprašanj, od tega 610 s povratno informacijo za napačne odgovore.
- Učitelji v anketi poročajo, da priprava kviza zdaj traja 10 minut namesto ene ure.
- Pri matematiki v 8. razredu se je delež negativnih ocen pri pisnem ocenjevanju po uvedbi kvizov za vajo zmanjšal s 14 % na 9 %; gre za eno leto in en razred, zato rezultat razumemo previdno.`,
        difficulties: `Na začetku smo v banko prenesli vse obstoječe kvize in nastala je zmeda z dvojniki in napakami. Bolje bi bilo začeti z manj vprašanji in strožjim pregledom. Pisanje povratnih informacij je zamudno; nekaj učiteljev je po četrti delavnici odnehalo.

Pri kvizih za domače delo prepisovanja nismo odpravili, zmanjšal pa se je pritisk, ker kvizi niso več ocenjeni. Računalniška učilnica je bila v času ocenjevalnih obdobij stalno zasedena, zato smo dokupili komplet 24 tablic.`,
        transferConditions:
          'Primerno za osnovne in srednje šole, ki uporabljajo Moodle (Arnes Učilnice ali drugo namestitev). Pogoj je vsaj en učitelj, ki dobro pozna nastavitve kvizov, in dogovor aktiva o skupnem delu.',
        lessons: `- Jasno ločite preverjanje od ocenjevanja in to povejte staršem.
- Povratna informacija za napačne odgovore je vredna več kot novo vprašanje.
- Banka vprašanj potrebuje skrbnika, sicer hitro propade.`,
      },
    },
    organisation: { name: 'OŠ Brinje, Kamnik', ownerType: 'school' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'school',
    educationLevels: ['isced-2'],
    targetGroups: ['teachers', 'pupils', 'parents'],
    practiceType: 'training',
    lifecycleStage: 'implement',
    startDate: '2022-09-15',
    endDate: '2023-06-15',
    scale: { schools: 1, participants: 19, trainings: 6 },
    digCompEdu: ['4.1', '4.2', '4.3', '2.2', '1.2'],
    digComp: ['3.1', '2.4'],
    selfieAreas: ['assessment-practices', 'pedagogy-supports-resources', 'collaboration-networking'],
    evidenceTypes: ['learning-outcomes', 'survey', 'participation-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Andrej Golob', email: 'andrej.golob@example.si' },
    tags: ['preverjanje znanja', 'banka vprašanj', 'povratna informacija', 'arnes učilnice', 'moodle'],
  },
  {
    key: 'si-05',
    author: 'teacher-si-1',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Dostopna digitalna gradiva za učence s posebnimi potrebami: šolski priročnik v desetih korakih',
        summary:
          'Specialna pedagoginja in dva učitelja sta pripravila kratek šolski priročnik za izdelavo dostopnih digitalnih gradiv in ga preizkusila pri 23 učencih z odločbo o usmeritvi. Priročnik opisuje strukturo dokumentov, pisave, nadomestna besedila za slike, zvočna navodila in rabo sintetizatorja govora. Gradiva so koristila tudi učencem brez odločbe.',
        challenge: `Na šoli je 23 učencev z odločbo o usmeritvi, največ z disleksijo in primanjkljaji na posameznih področjih učenja. Učitelji so gradiva v spletni učilnici objavljali kot skenirane fotokopije ali fotografije table. Takih gradiv bralnik zaslona ne prebere, povečava jih naredi neberljive, učenci z disleksijo pa so se izgubljali v gostem besedilu. Prilagoditve iz individualiziranih programov so ostajale na papirju.`,
        description: `Priročnik »Dostopna gradiva v desetih korakih« ima dvanajst strani in en primer pred in po prilagoditvi za vsak korak. Med koraki so: uporaba slogov naslovov namesto ročnega oblikovanja, pisava brez serifov in vsaj 12 pt, poravnava levo, kratki odstavki, nadomestno besedilo za slike, besedilo namesto slik besedila, posneta navodila za domače delo in preverjanje dokumenta z vgrajenim preverjalnikom dostopnosti.

Učence z odločbo smo naučili uporabljati sintetizator govora in potopni bralnik v okolju Microsoft 365, ki ga šole dobijo prek Arnesa. Učenec si lahko besedilo da prebrati, spremeni razmik med črkami ali barvo ozadja.`,
        implementation: `1. Specialna pedagoginja je z učitelji pregledala 40 gradiv iz spletne učilnice in zapisala najpogostejše ovire.
2. Iz ugotovitev je nastal osnutek priročnika; preizkusili so ga trije učitelji pri svojih predmetih.
3. Na pedagoški konferenci je sledila 90-minutna delavnica, na kateri je vsak učitelj prilagodil eno svoje gradivo.
4. Specialna pedagoginja je z učenci z odločbo v urah dodatne strokovne pomoči vadila rabo bralnika in prilagoditev prikaza.
5. Po treh mesecih smo znova pregledali gradiva in se pogovorili z učenci in starši.`,
        resourcesNeeded:
          'Približno 30 ur dela specialne pedagoginje in dveh učiteljev za priročnik. Ena delavnica za zbor. Slušalke za učence, ki uporabljajo sintetizator govora v razredu (kupili smo 15 parov). Programska oprema, ki jo šole že imajo.',
        outcomes: `- Delež gradiv v spletni učilnici, ki jih bralnik zaslona prebere, se je povečal s približno 35 % na 80 %.
- 17 od 23 učencev z odločbo samostojno uporablja bralnik ali prilagoditev prikaza.
- V pogovorih so učenci in starši največkrat izpostavili posneta navodila za domače delo; koristila so tudi učencem, ki slovenščine še ne obvladajo dobro.`,
        difficulties: `Učitelji matematike in fizike so imeli največ težav, ker zapis formul v dostopni obliki zahteva več znanja, kot smo predvideli; tega področja priročnik še ne pokriva dobro. Nekateri učenci bralnika v razredu niso želeli uporabljati, ker so se počutili izpostavljene. Pomagalo je, ko smo ga pokazali vsemu razredu kot orodje za vse.

Prvi pregled gradiv je nekaj učiteljev doživelo kot kritiko. Pri ponovitvi bi začeli z delavnico in lastnim gradivom, ne s pregledom.`,
        transferConditions:
          'Prenosljivo na vsako šolo. Potrebna je strokovna delavka z znanjem o posebnih potrebah in vsaj en učitelj, ki obvlada oblikovanje dokumentov. Priročnik je objavljen pod licenco CC BY-SA.',
        lessons: `- Dostopnost koristi vsem učencem, ne le tistim z odločbo.
- Kratek priročnik s primeri pred in po deluje bolje kot dolga navodila.
- Orodja za pomoč pokažite vsemu razredu, da ne stigmatizirajo.`,
      },
    },
    organisation: { name: 'OŠ Log, Škofja Loka', ownerType: 'school' },
    country: 'SI',
    region: 'Gorenjska',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'pupils', 'parents'],
    practiceType: 'handbook',
    lifecycleStage: 'implement',
    startDate: '2023-01-09',
    scale: { schools: 1, participants: 23 },
    digCompEdu: ['5.1', '5.2', '2.2'],
    digComp: ['3.1', '5.2'],
    selfieAreas: ['pedagogy-supports-resources', 'pedagogy-implementation', 'student-digital-competence'],
    evidenceTypes: ['observation', 'testimonials', 'case-study'],
    evidenceLevel: 'promising',
    licence: 'cc-by-sa-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Petra Šubic', email: 'petra.subic@example.si' },
    tags: ['dostopnost', 'vključevanje', 'posebne potrebe', 'disleksija', 'priročnik'],
    images: [{ caption: 'Isto gradivo pred prilagoditvijo in po njej', colour: '#c0504d' }],
  },
  {
    key: 'si-06',
    author: 'headteacher-si-1',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalne urice za starše: učenci devetega razreda učijo starše varne rabe interneta',
        summary:
          'V šolskem letu 2022/23 smo izvedli šest večernih delavnic za starše o e-redovalnici, spletni učilnici, starševskem nadzoru, spletnem nasilju in prevarah. Del delavnic so vodili učenci 9. razreda ob podpori učiteljev. Udeležilo se jih je 146 staršev, ena delavnica je potekala v večnamenskem centru romskega naselja.',
        challenge: `Med poukom na daljavo smo videli, kako različno so starši digitalno opremljeni in vešči. Nekateri niso znali odpreti spletne učilnice, drugi niso vedeli, kaj otroci počnejo na telefonu. Na roditeljskih sestankih je bilo za to premalo časa, klasična predavanja za starše pa so bila slabo obiskana. Posebej težko smo dosegli romske starše, ki na šolske dogodke redko pridejo.`,
        description: `»Digitalne urice« so 60-minutne praktične delavnice v računalniški učilnici, vsaka o eni temi. Starši delajo na šolskih računalnikih ali na svojem telefonu. Učenci 9. razreda v okviru izbirnega predmeta pripravijo in vodijo del delavnice (npr. kako nastaviti zasebnost v priljubljenih aplikacijah), učitelj pa poskrbi za strokovno pravilnost in vprašanja.

Teme: dostop do e-redovalnice in spletne učilnice; starševski nadzor in čas pred zaslonom; spletno nasilje in kaj storiti; prevare, lažna sporočila in varno spletno bančništvo; umetna inteligenca in domače naloge; digitalni odtis in objavljanje fotografij otrok.`,
        implementation: `1. S kratko anketo prek e-redovalnice smo vprašali starše, katere teme jih zanimajo in kateri termin jim ustreza.
2. Učenci izbirnega predmeta so v dvojicah pripravili kratke predstavitve in vaje; učitelj jih je pregledal.
3. Delavnice so potekale enkrat mesečno ob 17.30; vabila smo pošiljali prek e-redovalnice, SMS in po otrocih.
4. Za romske starše smo z romsko pomočnico delavnico o e-redovalnici in spletni učilnici izvedli v večnamenskem centru naselja, na njihovih telefonih.
5. Po vsaki delavnici so starši dobili enostranski povzetek s koraki; objavljen je tudi na spletni strani šole.`,
        resourcesNeeded:
          'Računalniška učilnica v popoldanskem času, dva učitelja na delavnico, romska pomočnica za delavnico v naselju. Približno 20 ur priprave za učitelja v celem letu. Stroškov za material skoraj ni bilo; za delavnico v naselju smo si izposodili dve prenosni dostopni točki.',
        outcomes: `- Šest delavnic, skupaj 146 udeležb staršev (od 40 na delavnici o umetni inteligenci do 12 na delavnici o bančništvu).
- Na delavnici v naselju je bilo 14 staršev; 11 jih je po delavnici prvič vstopilo v e-redovalnico.
- V anketi po delavnicah je 89 % staršev odgovorilo, da so se naučili nekaj, kar bodo uporabili doma.
- Učenci, ki so vodili delavnice, so poročali o večji samozavesti pri nastopanju.`,
        difficulties: `Delavnica o prevarah in bančništvu je bila najslabše obiskana, čeprav je bila po mnenju udeležencev najbolj koristna. Naslov je bil očitno preveč splošen; naslednjič jo bomo poimenovali bolj konkretno. Prva vabila smo pošiljali samo prek e-redovalnice in s tem izključili prav tiste starše, ki jih ne uporabljajo.

Učenci so se včasih zapletli v podrobnosti aplikacij, ki jih starši ne poznajo. Pomagalo je, ko smo za vsako delavnico določili tri korake, ki jih morajo starši na koncu znati narediti.`,
        transferConditions:
          'Primerno za osnovne šole; v srednji šoli lahko delavnice vodijo dijaki sami. Potreben je izbirni predmet ali interesna dejavnost, v kateri učenci pripravijo vsebine, in učitelj, ki prevzame koordinacijo. Za dosego ranljivih skupin so ključni posredniki, ki jim starši zaupajo.',
        lessons: `- Pojdite tja, kjer so starši, in uporabite njihove naprave.
- Vsaka delavnica naj ima tri konkretne korake, ki jih starši odnesejo domov.
- Učenci so odlični izvajalci, če imajo jasen okvir.`,
      },
      en: {
        provenance: 'human',
        reviewed: true,
        title: 'Digital hours for parents: year 9 pupils teach parents to use the internet safely',
        summary:
          'In the 2022/23 school year we ran six evening workshops for parents on the e-gradebook, the online classroom, parental controls, cyberbullying and online fraud. Parts of the workshops were led by year 9 pupils with support from teachers. 146 parents attended, and one workshop took place in the community centre of a Roma settlement.',
        challenge: `During distance learning we saw how unevenly parents were equipped and skilled. Some could not open the online classroom, others did not know what their children were doing on their phones. Parents' evenings left too little time for this, and traditional lectures for parents were poorly attended. Roma parents, who rarely come to school events, were especially hard to reach.`,
        description: `"Digital hours" are 60-minute hands-on workshops in the computer room, each on a single topic. Parents work on school computers or on their own phones. Year 9 pupils prepare and lead part of each workshop as part of an elective subject (for example, how to set privacy in popular apps), while a teacher makes sure the content is correct and answers questions.

Topics: access to the e-gradebook and online classroom; parental controls and screen time; cyberbullying and what to do; fraud, phishing and safe online banking; artificial intelligence and homework; digital footprint and posting photos of children.`,
        implementation: `1. A short survey through the e-gradebook asked parents which topics interest them and which time suits them.
2. Pupils in the elective subject prepared short presentations and exercises in pairs; a teacher reviewed them.
3. Workshops took place once a month at 17:30; invitations went out through the e-gradebook, by text message and via the children.
4. For Roma parents, together with the Roma teaching assistant, we held the workshop on the e-gradebook and online classroom in the settlement's community centre, on the parents' own phones.
5. After each workshop parents received a one-page summary of the steps; it is also published on the school website.`,
        resourcesNeeded:
          'The computer room in the afternoon, two teachers per workshop, the Roma teaching assistant for the workshop in the settlement. About 20 hours of preparation per teacher over the year. Material costs were close to zero; for the workshop in the settlement we borrowed two mobile hotspots.',
        outcomes: `- Six workshops with 146 parent attendances in total (from 40 at the workshop on artificial intelligence to 12 at the one on banking).
- 14 parents attended the workshop in the settlement; 11 of them logged into the e-gradebook for the first time.
- In the post-workshop survey 89% of parents said they had learnt something they would use at home.
- Pupils who led workshops reported more confidence in speaking in front of adults.`,
        difficulties: `The workshop on fraud and banking had the lowest attendance, although participants rated it the most useful. The title was clearly too general; next time it will have a more concrete name. The first invitations went out only through the e-gradebook, which excluded precisely the parents who do not use it.

Pupils sometimes got lost in details of apps the parents did not know. It helped to set, for each workshop, three steps parents must be able to do by the end.`,
        transferConditions:
          'Suitable for primary schools; in secondary schools students can run the workshops themselves. It needs an elective subject or club in which pupils prepare content, and a teacher who coordinates. Reaching vulnerable groups depends on intermediaries that parents trust.',
        lessons: `- Go where the parents are and use their devices.
- Every workshop should have three concrete steps parents take home.
- Pupils are excellent trainers when they have a clear framework.`,
      },
    },
    organisation: { name: 'OŠ Ragov log, Novo mesto', ownerType: 'school' },
    country: 'SI',
    region: 'Jugovzhodna Slovenija',
    sector: 'school',
    educationLevels: ['isced-2', 'adult-learning'],
    targetGroups: ['parents', 'pupils', 'teachers'],
    practiceType: 'training',
    lifecycleStage: 'evaluate',
    startDate: '2022-10-01',
    endDate: '2023-05-31',
    scale: { schools: 1, participants: 146, trainings: 6 },
    digCompEdu: ['1.1', '6.4', '6.1'],
    digComp: ['4.2', '2.6', '1.2', '4.3'],
    selfieAreas: ['collaboration-networking', 'student-digital-competence'],
    evidenceTypes: ['participation-data', 'survey', 'testimonials'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Barbara Kastelic', email: 'barbara.kastelic@example.si' },
    tags: ['starši', 'varna raba interneta', 'delavnice', 'vključevanje', 'e-redovalnica'],
    images: [
      { caption: 'Učenca 9. razreda vodita delavnico o nastavitvah zasebnosti', colour: '#3b7dd8' },
      { caption: 'Delavnica v večnamenskem centru naselja', colour: '#d8843b' },
    ],
  },
  {
    key: 'si-07',
    author: 'teacher-si-1',
    state: 'submitted',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalni tandemi: kolegialno mentorstvo učiteljev po samooceni SELFIEforTEACHERS',
        summary:
          'Šest učiteljev, ki smo jih usposobili za kolegialne mentorje, je v dveh letih vodilo 31 šesttedenskih »digitalnih tandemov« s kolegi. Vsak tandem izhaja iz enega cilja, ki ga učitelj izbere po samooceni v SELFIEforTEACHERS, in se konča s preizkusom pri pouku. Organizator informacijskih dejavnosti tako ni več edina točka pomoči na šoli.',
        challenge: `Organizator informacijskih dejavnosti je bil na naši gimnaziji edina oseba, ki so jo učitelji klicali ob vsaki težavi z opremo ali orodjem. Ob 58 učiteljih to ni bilo vzdržno, hkrati pa je bila pomoč večinoma tehnična: kako kaj nastaviti, ne kako z orodjem izboljšati pouk. Učitelji z nižjo samooceno digitalnih kompetenc se usposabljanj niso udeleževali, ker so se na njih počutili izpostavljene.`,
        description: `Tandem sestavljata mentor in učitelj, ki se prostovoljno prijavi. Učitelj najprej izpolni SELFIEforTEACHERS in izbere en cilj, npr. »dijakom želim dajati povratno informacijo na osnutke seminarskih nalog v spletni učilnici«. V šestih tednih se mentor in učitelj srečata trikrat po 45 minut, vmes pa si izmenjujeta sporočila. Zadnji korak je ura, pri kateri učitelj novost preizkusi, mentor pa je po dogovoru navzoč ali pa se o uri pogovorita po njej.

Mentorji so učitelji različnih predmetov, ne le računalništva. Med seboj se srečujejo enkrat na mesec, ko si izmenjajo izkušnje in rešujejo težje primere.`,
        implementation: `1. Ravnatelj je k sodelovanju povabil šest učiteljev, ki so jih kolegi že sami spraševali za pomoč.
2. Mentorji so opravili dve delavnici o kolegialnem mentorstvu in postavljanju ciljev (skupaj 8 ur).
3. Učitelji so se v tandeme prijavljali prek obrazca; mentor in učitelj sta praviloma iz različnih aktivov.
4. Vsak tandem je zapisal cilj, dogovor o srečanjih in na koncu kratko refleksijo.
5. Organizator informacijskih dejavnosti je vodil pregled tandemov in mentorjem pomagal pri tehničnih vprašanjih.
6. Ob koncu vsakega šolskega leta smo refleksije zbrali in predstavili na konferenci učiteljskega zbora.`,
        resourcesNeeded:
          'Mentorjem smo v okviru letnega delovnega načrta priznali 20 ur na leto. Delavnice za mentorje je vodila zunanja izvajalka. Orodje SELFIEforTEACHERS je brezplačno. Potreben je koordinator, ki ima pregled nad prijavami.',
        outcomes: `- 31 zaključenih tandemov v dveh letih; sodelovalo je 27 različnih učiteljev (47 % zbora).
- 23 učiteljev je novost po koncu tandema uporabljalo še vsaj dva meseca (preverjeno s kratkim vprašalnikom).
- Število klicev organizatorju informacijskih dejavnosti zaradi uporabniških vprašanj se je po njegovi evidenci zmanjšalo za približno tretjino.`,
        difficulties: `Nekaj tandemov se je ustavilo po prvem srečanju, ker cilj ni bil dovolj konkreten (»bolje uporabljati tehnologijo«). Zdaj mentor cilj s kolegom preoblikuje že na prvem srečanju. Dva mentorja sta po enem letu odnehala zaradi preobremenjenosti; ur, ki smo jim jih priznali, je bilo premalo za vse prijave.

Pričakovali smo, da se bodo prijavili predvsem učitelji z nizko samooceno, a so prevladovali srednje samozavestni. Tistih, ki se tehnologiji izogibajo, tudi s tandemi nismo dosegli.`,
        transferConditions:
          'Prenosljivo na srednje in večje osnovne šole. Potrebni so vsaj štirje mentorji, priznan čas zanje in vodstvo, ki tandeme predstavi kot podporo, ne kot nadzor.',
        lessons: `- En konkreten cilj na tandem.
- Mentor iz drugega aktiva zmanjša strah pred presojo.
- Mentorje je treba razbremeniti, sicer jih izgubite.`,
      },
    },
    organisation: { name: 'Gimnazija Semedela, Koper', ownerType: 'school' },
    country: 'SI',
    region: 'Obalno-kraška',
    sector: 'school',
    educationLevels: ['isced-3'],
    targetGroups: ['teachers', 'ict-coordinators', 'school-leaders'],
    practiceType: 'mentoring',
    lifecycleStage: 'implement',
    startDate: '2023-09-01',
    scale: { schools: 1, participants: 33 },
    digCompEdu: ['1.2', '1.3', '1.4', '4.3'],
    digComp: ['2.4', '5.4'],
    selfieAreas: ['continuing-professional-development', 'collaboration-networking'],
    evidenceTypes: ['participation-data', 'self-assessment-data', 'testimonials'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Luka Furlan', email: 'luka.furlan@example.si' },
    tags: ['mentorstvo', 'selfieforteachers', 'kolegialna podpora', 'gimnazija'],
  },
  {
    key: 'si-08',
    author: 'teacher-si-2',
    state: 'draft',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Medpredmetni načrt razvoja digitalnih kompetenc učencev od 1. do 9. razreda',
        summary:
          'Pripravljamo medpredmetni načrt, ki za vsak razred določi, pri katerih predmetih in dejavnostih učenci razvijajo posamezne digitalne kompetence po okviru DigComp 2.2. Načrt povezuje varno rabo interneta, ustvarjanje digitalnih vsebin in reševanje problemov. Opis je osnutek; rezultate prvega leta bomo dodali junija 2025.',
        challenge: `Digitalne kompetence učencev so na naši šoli razvijali predvsem pri neobveznem izbirnem predmetu računalništvo in pri izbirnih predmetih v zadnjem triletju, ki jih obiskuje le del učencev. Drugi učitelji so predpostavljali, da za to skrbi »računalnikar«. Pri SELFIE so učenci področje digitalnih kompetenc učencev ocenili najnižje, zlasti trditve o preverjanju zanesljivosti informacij in o avtorskih pravicah.`,
        description: `Načrt je preglednica: vrstice so kompetence DigComp 2.2 (na začetku izbranih osem), stolpci razredi. V vsaki celici je ena dejavnost pri določenem predmetu, npr. v 5. razredu pri naravoslovju in tehniki učenci poiščejo in primerjajo tri vire o istem pojavu, v 7. razredu pri slovenščini napišejo objavo za šolsko spletno stran in navedejo vire slik.

Vsak učitelj v letni pripravi označi, katere dejavnosti iz načrta izvede. Ob koncu leta bomo preverili, koliko celic je bilo res izvedenih in kako so učenci dejavnosti ocenili.`,
        implementation: `1. Delovna skupina (po en učitelj iz vsakega aktiva) je izbrala osem kompetenc z največjo vrzeljo po SELFIE.
2. Aktivi so predlagali dejavnosti, ki jih že izvajajo ali bi jih lahko z manjšo spremembo.
3. Delovna skupina je predloge uredila v preglednico in odstranila podvajanja.
4. V šolskem letu 2024/25 načrt preizkušamo v vseh razredih.
5. Junija 2025 bomo pregledali izvedbo in načrt dopolnili (ta korak še ni izveden).`,
        resourcesNeeded:
          'Delovna skupina devetih učiteljev, štiri srečanja po dve uri. Za izvedbo dejavnosti ni potrebna posebna oprema, razen računalniške učilnice ali tablic pri nekaterih dejavnostih.',
        outcomes: `- Načrt ima 72 dejavnosti v 14 predmetih; pokrite so vse izbrane kompetence v vseh razredih.
- Rezultati izvedbe še niso na voljo; dopolnili jih bomo po koncu šolskega leta.`,
        difficulties: `Prvi predlogi aktivov so bili zelo neenakomerni: pri nekaterih predmetih po deset dejavnosti, pri drugih nobena. Učitelji športa in glasbene umetnosti so sprva menili, da jih načrt ne zadeva. Dogovorili smo se za eno dejavnost na predmet in leto, kar se je zdelo izvedljivo.

Bojimo se, da bo načrt ostal preglednica, ki jo vsak izpolni, a je ne uporablja. Zato razmišljamo o kratkem vprašalniku za učence ob koncu leta.`,
        transferConditions:
          'Primerno za osnovne šole. Načrt je vezan na naš predmetnik in izbirne predmete, zato ga je treba prilagoditi, a struktura preglednice je prenosljiva.',
        lessons: `- Manj kompetenc na začetku, ki jih res pokrijemo.
- Vsak predmet lahko prispeva, če dejavnost izhaja iz njegovih ciljev.`,
      },
    },
    organisation: { name: 'OŠ Ob Muri, Murska Sobota', ownerType: 'school' },
    country: 'SI',
    region: 'Pomurska',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'pupils'],
    practiceType: 'digital-strategy',
    lifecycleStage: 'develop',
    startDate: '2024-03-01',
    scale: { schools: 1, participants: 9 },
    digCompEdu: ['6.1', '6.3', '6.4', '6.5', '1.2'],
    digComp: ['1.2', '3.1', '3.3', '4.2', '2.3', '5.3'],
    selfieAreas: ['student-digital-competence', 'pedagogy-implementation'],
    evidenceTypes: ['self-assessment-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Simona Horvat', email: 'simona.horvat@example.si' },
    tags: ['digitalne kompetence učencev', 'digcomp', 'medpredmetno povezovanje', 'kurikulum'],
  },
  {
    key: 'si-09',
    author: 'teacher-si-2',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Premišljena raba digitalne tehnologije v vrtcu: strategija vrtca in dokumentiranje učenja otrok',
        summary:
          'Vrtec z dvema enotama je pripravil digitalno strategijo, ki jasno določi, kdaj, zakaj in kako v oddelkih uporabljamo digitalno tehnologijo. Otroci od četrtega leta z vzgojiteljico fotografirajo in komentirajo svoje projekte, talni roboti in digitalni mikroskop pa podpirajo raziskovanje. Pravila za zaslone, fotografiranje in obveščanje staršev so del strategije.',
        challenge: `Vzgojiteljice so imele zelo različna stališča do tehnologije: nekatere so tablice v oddelku zavračale, druge so jih uporabljale za predvajanje posnetkov, ko so otroci postali nemirni. Starši so spraševali, zakaj otroci v vrtcu »gledajo zaslone«. Fotografije otrok so se znašle v zasebnih telefonih in skupinah v klepetalnicah, brez jasnih pravil. SELFIE za predšolsko raven ni namenjen, zato izhodiščne slike nismo imeli.`,
        description: `Strategija izhaja iz Kurikuluma za vrtce in postavi tri načela: tehnologija je orodje za raziskovanje in ustvarjanje, ne za pasivno gledanje; otrok je aktiven uporabnik in sodeluje pri dokumentiranju; fotografije otrok ostanejo na opremi vrtca.

V praksi to pomeni: otroci v starosti od 4 do 6 let s tablico fotografirajo faze svojega projekta (npr. gradnjo mostu iz kock) in vzgojiteljici povedo, kaj so naredili; ta zapis postane del portfolia. Talne robote uporabljamo za igre orientacije in zaporedij, digitalni mikroskop pa pri raziskovanju narave. Zaslonov za predvajanje posnetkov v oddelkih za otroke do tretjega leta ne uporabljamo.`,
        implementation: `1. Namesto SELFIE smo izvedli prilagojen vprašalnik za 34 strokovnih delavk ter kratko anketo za starše.
2. Strokovni aktiv je na treh srečanjih oblikoval načela in pravila; osnutek smo predstavili svetu staršev.
3. Kupili smo šest tablic (po eno na dva oddelka), štiri talne robote in dva digitalna mikroskopa.
4. Vzgojiteljice so se udeležile dveh delavnic o dokumentiranju z otroki; vsak oddelek je preizkusil en projekt.
5. Fotografije se shranjujejo le v zaprti mapi vrtca; staršem izbor posredujemo ob pogovornih urah in v tiskanem portfoliu.
6. Po letu dni smo vprašalnik ponovili in strategijo dopolnili.`,
        resourcesNeeded:
          'Približno 3.200 EUR za opremo, dve delavnici za strokovne delavke, tri srečanja aktiva. Pomoč pooblaščene osebe za varstvo osebnih podatkov pri pravilih fotografiranja in shranjevanja.',
        outcomes: `- Vseh 12 oddelkov za otroke od 4 do 6 let je izvedlo vsaj en dokumentiran projekt, pri katerem so otroci sami fotografirali.
- Delež strokovnih delavk, ki se pri rabi tehnologije za dokumentiranje počutijo samozavestno, se je po ponovljenem vprašalniku povečal s 35 % na 71 %.
- V anketi za starše je 82 % odgovorilo, da razumejo, kako in zakaj vrtec uporablja digitalno tehnologijo (pred tem 40 %).`,
        difficulties: `Prvo leto je bilo tablic premalo: oddelki so jih čakali, zato so se fotografije spet znašle na zasebnih telefonih. Šele ko smo določili urnik izposoje in dve tablici kupili dodatno, se je to končalo.

Nekaj vzgojiteljic je portfolio doživelo kot dodatno administracijo. Pomagalo je, ko smo namesto popolnega portfolia za vsakega otroka dogovorili dva dokumentirana projekta na leto. Talni roboti so bili za nekatere mlajše otroke prezahtevni; uporabljamo jih od petega leta.`,
        transferConditions:
          'Prenosljivo na vrtce vseh velikosti. Potrebni so dogovor v strokovnem aktivu, jasna pravila o osebnih podatkih in vsaj ena naprava na dva oddelka. Strategija ne zahteva drage opreme.',
        lessons: `- Najprej pravila in načela, nato oprema.
- Otroci so lahko soavtorji dokumentacije svojega učenja.
- Staršem pojasnite namen, preden vprašajo.`,
      },
      en: {
        provenance: 'human',
        reviewed: true,
        title: 'Thoughtful use of digital technology in a kindergarten: a digital strategy and documenting children’s learning',
        summary:
          'A kindergarten with two units drafted a digital strategy that sets out when, why and how digital technology is used in its groups. Children from the age of four photograph and comment on their own projects with the teacher, while floor robots and a digital microscope support exploration. Rules on screens, photographing and informing parents are part of the strategy.',
        challenge: `Preschool teachers held very different views on technology: some refused tablets in the classroom, others used them to play videos when children became restless. Parents asked why children were "watching screens" at kindergarten. Photos of children ended up on private phones and in chat groups without clear rules. SELFIE is not designed for early childhood education, so we had no baseline.`,
        description: `The strategy builds on the national Curriculum for Kindergartens and sets three principles: technology is a tool for exploring and creating, not for passive watching; the child is an active user and takes part in documenting; photos of children stay on kindergarten equipment.

In practice, children aged 4–6 photograph the stages of their project with a tablet (for example, building a bridge of blocks) and tell the teacher what they did; this record becomes part of their portfolio. Floor robots are used for orientation and sequencing games, the digital microscope for exploring nature. Screens for watching videos are not used in groups for children under three.`,
        implementation: `1. Instead of SELFIE we ran an adapted questionnaire for 34 educators and a short survey for parents.
2. The staff group shaped the principles and rules in three meetings; the draft was presented to the parents' council.
3. We bought six tablets (one per two groups), four floor robots and two digital microscopes.
4. Teachers attended two workshops on documenting together with children; each group tried one project.
5. Photos are stored only in a closed kindergarten folder; parents see a selection at consultations and in a printed portfolio.
6. After a year we repeated the questionnaire and updated the strategy.`,
        resourcesNeeded:
          'About EUR 3,200 for equipment, two workshops for staff, three meetings of the staff group. Help from the data protection officer with the rules on photographing and storage.',
        outcomes: `- All 12 groups of children aged 4–6 carried out at least one documented project in which children took the photos themselves.
- The share of educators who feel confident using technology for documentation rose from 35% to 71% in the repeated questionnaire.
- In the parent survey 82% said they understand how and why the kindergarten uses digital technology (previously 40%).`,
        difficulties: `In the first year there were too few tablets: groups had to wait, so photos went back onto private phones. This only stopped when we set a booking schedule and bought two more tablets.

Some teachers experienced the portfolio as extra paperwork. It helped to agree on two documented projects a year instead of a complete portfolio for every child. Floor robots were too demanding for some younger children; we now use them from age five.`,
        transferConditions:
          'Transferable to kindergartens of any size. It needs agreement within the staff group, clear rules on personal data and at least one device per two groups. The strategy does not require expensive equipment.',
        lessons: `- Rules and principles first, equipment second.
- Children can co-author the documentation of their own learning.
- Explain the purpose to parents before they ask.`,
      },
    },
    organisation: { name: 'Vrtec Regratov cvet, Ptuj', ownerType: 'kindergarten' },
    country: 'SI',
    region: 'Podravska',
    sector: 'kindergarten',
    educationLevels: ['isced-0'],
    targetGroups: ['teachers', 'parents', 'school-leaders'],
    practiceType: 'digital-strategy',
    lifecycleStage: 'evaluate',
    startDate: '2022-01-10',
    endDate: '2023-08-31',
    scale: { schools: 1, participants: 34 },
    digCompEdu: ['1.1', '2.3', '3.1', '5.3', '6.3'],
    digComp: ['3.1', '4.2', '4.3'],
    selfieAreas: ['leadership', 'infrastructure-equipment', 'pedagogy-implementation'],
    evidenceTypes: ['survey', 'self-assessment-data', 'observation'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Urška Petek', email: 'urska.petek@example.si' },
    tags: ['vrtec', 'predšolska vzgoja', 'dokumentiranje', 'talni roboti', 'digitalna strategija'],
    images: [{ caption: 'Otroci fotografirajo svoj most iz kock', colour: '#f2b134' }],
  },
  {
    key: 'si-10',
    author: 'teacher-si-3',
    state: 'in-review',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Učeča se skupnost vzgojiteljic o varni digitalni komunikaciji s starši',
        summary:
          'Devet vzgojiteljic in pomočnic vzgojiteljic iz treh enot vrtca se je eno leto srečevalo v učeči se skupnosti o tem, kako s starši komunicirati digitalno, varno in v skladu s pravili varstva osebnih podatkov. Namesto zasebnih klepetalnic zdaj vsi oddelki uporabljajo isto zaprto okolje. Nastal je kratek dogovor o komunikaciji, ki ga je sprejel ves kolektiv.',
        challenge: `V vrtcu je skoraj vsak oddelek imel svojo skupino v zasebni aplikaciji za klepet. Vzgojiteljice so bile dosegljive tudi zvečer in ob koncu tedna, v skupine so se pošiljale fotografije otrok, včasih tudi podatki o zdravju. Ko je starš fotografijo iz skupine objavil na družbenem omrežju, je nastal spor, ki ga nismo znali razrešiti, ker pravil ni bilo.`,
        description: `Skupnost se je srečala osemkrat. Na vsakem srečanju smo obravnavali en primer iz prakse (npr. »starš prosi za fotografije z izleta«), ga povezali s pravili varstva osebnih podatkov in poiskali rešitev, ki jo je mogoče izvesti v oddelku. Pri dveh srečanjih je sodelovala pooblaščena oseba za varstvo osebnih podatkov.

Rezultat je dogovor o digitalni komunikaciji na dveh straneh: katero okolje uporabljamo, kdaj odgovarjamo, katere vsebine pošiljamo in katerih ne, kako obveščamo o fotografijah in kako ravnamo ob težavah.`,
        implementation: `1. Vodja skupnosti je z anketo zbrala izkušnje vseh strokovnih delavk o komunikaciji s starši.
2. Na srečanjih smo obravnavali osem primerov in za vsakega zapisali priporočilo.
3. Vodstvo je izbralo eno zaprto okolje za obveščanje, ki ga vrtec upravlja sam.
4. Dogovor je pregledala pooblaščena oseba in ga potrdil strokovni aktiv.
5. Starše smo z dogovorom seznanili na roditeljskih sestankih; zasebne skupine smo v dveh mesecih ukinili.`,
        resourcesNeeded:
          'Osem srečanj po 90 minut, ki jih je vodstvo priznalo kot strokovno izpopolnjevanje. Strošek licence za zaprto okolje obveščanja. Čas pooblaščene osebe za dve srečanji in pregled dogovora.',
        outcomes: `- Vseh 16 oddelkov uporablja isto okolje; zasebnih skupin s starši ni več.
- V anketi po pol leta je 13 od 16 vzgojiteljic odgovorilo, da so zvečer in ob koncu tedna manj obremenjene s sporočili.
- Število pritožb staršev v zvezi s fotografijami se je zmanjšalo z 11 na 2 v šolskem letu.`,
        difficulties: `Del staršev je bil nad ukinitvijo skupin v klepetalnici nezadovoljen, ker so bili vajeni takojšnjih odgovorov in vsakodnevnih fotografij. Novo okolje je na začetku pošiljalo preveč obvestil in nekateri starši so jih izklopili. Morali smo nastaviti en povzetek na dan.

V skupnost so se vključile predvsem vzgojiteljice iz ene enote; v drugih dveh je dogovor deloval slabše, dokler ga nismo predstavili na srečanjih v vsaki enoti posebej.`,
        transferConditions:
          'Prenosljivo na vrtce in prvo triletje osnovne šole. Potrebni so odločitev vodstva za enotno okolje in sodelovanje pooblaščene osebe za varstvo osebnih podatkov.',
        lessons: `- Izhajajte iz resničnih primerov iz oddelkov.
- Pravila naj ščitijo tudi strokovne delavke, ne le otrok.
- Spremembo pojasnite staršem vnaprej in ponudite nadomestilo.`,
      },
    },
    organisation: { name: 'Vrtec Kresnička, Nova Gorica', ownerType: 'kindergarten' },
    country: 'SI',
    region: 'Goriška',
    sector: 'kindergarten',
    educationLevels: ['isced-0'],
    targetGroups: ['teachers', 'parents'],
    practiceType: 'learning-community',
    lifecycleStage: 'implement',
    startDate: '2023-09-15',
    endDate: '2024-06-14',
    scale: { schools: 1, participants: 9 },
    digCompEdu: ['1.1', '1.2', '2.3'],
    digComp: ['2.1', '2.5', '4.2'],
    selfieAreas: ['collaboration-networking', 'leadership'],
    evidenceTypes: ['survey', 'participation-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Maja Kovačič', email: 'maja.kovacic@example.si' },
    tags: ['vrtec', 'komunikacija s starši', 'varstvo osebnih podatkov', 'učeča se skupnost'],
  },
];
