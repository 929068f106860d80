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
        difficulties: `V prvem krogu je vprašalnik za vodstvo izpolnil samo ravnatelj, zato je bila primerjava vodstvo–učitelji brez pomena. V drugem krogu sta ga izpolnila še pomočnica ravnatelja in svetovalna delavka.

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
          'Specialna pedagoginja in dva učitelja so pripravili kratek šolski priročnik za izdelavo dostopnih digitalnih gradiv in ga preizkusili pri 23 učencih z odločbo o usmeritvi. Priročnik opisuje strukturo dokumentov, pisave, nadomestna besedila za slike, zvočna navodila in rabo sintetizatorja govora. Gradiva so koristila tudi učencem brez odločbe.',
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
- Pravila naj ščitijo tudi strokovne delavke, ne le otroke.
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
  {
    key: 'si-11',
    author: 'teacher-si-3',
    state: 'published',
    featured: true,
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalni dnevnik praktičnega usposabljanja z delom: dijaki, mentorji v podjetjih in šola v enem okolju',
        summary:
          'Dijaki programov mehatronik operater in tehnik mehatronike med praktičnim usposabljanjem z delom vodijo digitalni dnevnik v spletni učilnici: fotografije, kratke posnetke in refleksijo o opravljenem delu. Mentorji v podjetjih dnevnik komentirajo prek preprostega obrazca, organizator praktičnega usposabljanja pa ima pregled nad vsemi dijaki. Sodeluje 46 podjetij in 140 dijakov.',
        challenge: `Papirnati dnevnik praktičnega usposabljanja z delom je bil za dijake formalnost: izpolnili so ga zadnji dan, pogosto po spominu. Mentorji v podjetjih so ga podpisali brez branja, učitelji strokovnih modulov pa so ga videli šele ob koncu, ko ni bilo več mogoče ničesar popraviti. Šola ni vedela, kaj dijaki v podjetjih res počnejo, podjetja pa niso vedela, kaj dijaki že znajo iz šole.`,
        description: `Vsak dijak ima v Arnes Učilnicah tečaj »Moje praktično usposabljanje« z enim tedenskim vnosom: kaj sem delal, na katerem stroju ali opremi, fotografija ali posnetek do 60 sekund (če podjetje dovoli), kaj mi je šlo dobro in česa še ne znam. Vnosi so povezani s cilji iz katalogov znanja, ki jih učitelj označi.

Mentor v podjetju ne potrebuje računa: vsak teden prejme povezavo do kratkega obrazca s tremi vprašanji in polje za komentar. Organizator praktičnega usposabljanja vidi pregled vnosov in opozorila, če dijak dva tedna ni oddal vnosa. Pred začetkom dijaki opravijo kratko usposabljanje o tem, česa v podjetju ne smejo fotografirati (poslovne skrivnosti, drugi zaposleni, varnost pri delu).`,
        implementation: `1. Z desetimi podjetji, s katerimi šola sodeluje najdlje, smo se dogovorili o pravilih fotografiranja in obliki obrazca za mentorje.
2. Učitelji strokovnih modulov so pripravili predlogo tedenskega vnosa in seznam ciljev za označevanje.
3. Pilot je v šolskem letu 2022/23 potekal v enem oddelku (28 dijakov, 10 podjetij).
4. Po pilotu smo obrazec za mentorje skrajšali s sedmih na tri vprašanja in dodali možnost glasovnega komentarja.
5. V letu 2023/24 smo dnevnik razširili na vse oddelke mehatronike (140 dijakov, 46 podjetij).
6. Ob koncu usposabljanja dijak iz dnevnika izbere tri vnose za zagovor pred učitelji in mentorjem.`,
        resourcesNeeded:
          'Arnes Učilnice in obrazec za mentorje (brezplačno). Približno 40 ur dela za pripravo predlog in usposabljanje dijakov. Organizator praktičnega usposabljanja ima v letnem delovnem načrtu dodatne štiri ure tedensko za spremljanje v času praktičnega usposabljanja. Dijaki uporabljajo lastne telefone; za 11 dijakov brez ustrezne naprave smo zagotovili šolske.',
        outcomes: `- V letu 2023/24 je bilo oddanih 87 % pričakovanih tedenskih vnosov (pri papirnatem dnevniku vnosov med usposabljanjem sploh nismo spremljali).
- Mentorji so oddali komentar pri 64 % vnosov; 9 podjetij skoraj nikoli.
- Na zagovoru so učitelji pri dijakih opazili bolj konkretne opise dela in boljšo rabo strokovnih izrazov.
- Podatke iz dnevnikov smo uporabili pri prenovi odprtega kurikula: dodali smo vsebine o krmiljenju robotskih celic, ki jih podjetja vse pogosteje uporabljajo.`,
        difficulties: `Nekatera podjetja fotografiranja v proizvodnji sploh ne dovolijo; za njihove dijake smo dodali možnost skice ali opisa. Mentorji v večjih podjetjih imajo po pet in več dijakov in so obrazce doživljali kot breme; tam bi morali pripraviti en skupni obrazec za vse dijake.

Dijaki so v prvih tednih pisali zelo kratke vnose (»delal sem na stroju«). Pomagali so primeri dobrih vnosov in povratna informacija učitelja v prvih dveh tednih. Ena slabost ostaja: dijaki, ki imajo doma slab internet, vnose oddajajo z zamudo.`,
        transferConditions:
          'Prenosljivo na vse poklicne in strokovne programe s praktičnim usposabljanjem z delom. Pogoji so dogovor z delodajalci o fotografiranju, organizator praktičnega usposabljanja s časom za spremljanje in predloga vnosa, vezana na katalog znanja.',
        lessons: `- Mentorju v podjetju vzemite čim manj časa: tri vprašanja, brez prijave.
- Pravila o fotografiranju dogovorite s podjetji pred začetkom.
- Dnevnik je vreden toliko, kolikor ga učitelji med usposabljanjem res berejo.`,
      },
    },
    organisation: { name: 'Šolski center Podgorje – Srednja poklicna in strokovna šola, Slovenj Gradec', ownerType: 'vet-school' },
    country: 'SI',
    region: 'Koroška',
    sector: 'vet',
    educationLevels: ['isced-3'],
    targetGroups: ['pupils', 'teachers', 'trainers'],
    practiceType: 'tool',
    lifecycleStage: 'diffuse',
    startDate: '2022-09-01',
    scale: { schools: 1, participants: 140 },
    digCompEdu: ['3.2', '3.4', '4.1', '4.3', '6.4'],
    digComp: ['3.1', '2.4', '4.2', '1.3'],
    selfieAreas: ['collaboration-networking', 'assessment-practices', 'student-digital-competence'],
    evidenceTypes: ['participation-data', 'observation', 'case-study'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Gregor Pušnik', email: 'gregor.pusnik@example.si' },
    tags: ['praktično usposabljanje z delom', 'e-listovnik', 'delodajalci', 'mehatronika', 'poklicno izobraževanje'],
    images: [
      { caption: 'Tedenski vnos dijaka v digitalnem dnevniku', colour: '#1f7a8c' },
      { caption: 'Zagovor praktičnega usposabljanja pred mentorjem', colour: '#bf6b21' },
    ],
  },
  {
    key: 'si-12',
    author: 'teacher-si-3',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'SELFIE za učenje z delom: skupna samoevalvacija šole in podjetij v ekonomskem in trgovskem izobraževanju',
        summary:
          'Šola je skupaj z 18 podjetji izvedla samoevalvacijo z orodjem SELFIE za učenje z delom, v kateri so sodelovali vodstvo, učitelji, dijaki in mentorji v podjetjih. Rezultati so pokazali, da dijaki v podjetjih digitalna orodja uporabljajo drugače, kot jih učimo v šoli. Iz tega je nastal skupni akcijski načrt s tremi ukrepi.',
        challenge: `Dijaki programov trgovec in ekonomski tehnik del izobraževanja opravijo v trgovinah in podjetjih, kjer delajo z blagajniškimi sistemi, spletnimi trgovinami in programi za zaloge. V šoli smo jih učili predvsem urejanja besedil in preglednic. Nismo imeli podatkov, kako digitalno opremljena in pripravljena so podjetja, podjetja pa niso poznala naše digitalne strategije.`,
        description: `SELFIE za učenje z delom je različica orodja SELFIE, v kateri poleg šole sodelujejo tudi podjetja: vodstvo, mentorji v podjetju, učitelji in dijaki odgovarjajo na vprašanja o digitalni rabi v šoli in na delovnem mestu. Poročilo pokaže, kje se pogledi šole in podjetij razlikujejo.

Po izvedbi smo organizirali srečanje predstavnikov šole in podjetij, na katerem smo skupaj prebrali poročilo in izbrali tri ukrepe za naslednji dve leti.`,
        implementation: `1. Organizatorka praktičnega usposabljanja je k sodelovanju povabila 25 podjetij; pristalo jih je 18.
2. Za vsako podjetje smo pripravili navodila na eni strani in kratek telefonski klic z mentorjem.
3. Vprašalnik so izpolnili vodstvo šole, 31 učiteljev, 204 dijaki in 22 mentorjev v podjetjih.
4. Šolski tim je pripravil povzetek poročila s petimi največjimi razlikami med šolo in podjetji.
5. Na skupnem srečanju (12 podjetij) smo izbrali tri ukrepe: vaje na učnem blagajniškem sistemu, skupni modul o spletni prodaji in dan odprtih vrat podjetij za učitelje.
6. Ukrepe smo vključili v akcijski načrt digitalne strategije šole in v odprti kurikul.`,
        resourcesNeeded:
          'Orodje SELFIE je brezplačno. Največ časa je zahtevala komunikacija s podjetji (približno 30 ur organizatorke). Za vaje na učnem blagajniškem sistemu smo s pomočjo enega od podjetij pridobili licenco za izobraževalne namene.',
        outcomes: `- 88 % sodelujočih dijakov in 22 mentorjev je izpolnilo vprašalnik.
- Največja razlika: mentorji so digitalne spretnosti dijakov ob prihodu v podjetje ocenili bistveno nižje kot dijaki sami, zlasti pri delu s programi za zaloge.
- V dveh letih smo izvedli vse tri ukrepe; dan odprtih vrat podjetij se je udeležilo 19 učiteljev.
- Šest podjetij je sodelovalo pri pripravi modula o spletni prodaji.`,
        difficulties: `Mentorji v manjših trgovinah so imeli težave z dostopom do vprašalnika, ker nimajo službenega računalnika; reševali so ga na telefonih, kar je trajalo dlje. Nekaj podjetij se je prijavilo, a vprašalnika ni izpolnil nihče. Pri ponovitvi bi reševanje organizirali ob obisku učitelja v podjetju.

Rezultate je bilo težko primerjati, ker so nekateri mentorji odgovarjali o vseh dijakih, ki so jih kdaj imeli, ne le o letošnjih. Tega v navodilih nismo pojasnili dovolj jasno.`,
        transferConditions:
          'Primerno za poklicne in strokovne šole z razvejanim sodelovanjem s podjetji. Potreben je organizator praktičnega usposabljanja, ki podjetja osebno pozna, in vodstvo, ki je pripravljeno rezultate odprto deliti s podjetji.',
        lessons: `- Podjetja sodelujejo, če vidijo, kaj dobijo v zameno.
- Navodila za mentorje naj bodo kratka in naj jasno povedo, o katerih dijakih odgovarjajo.
- Skupno branje poročila je pomembnejše od samega poročila.`,
      },
    },
    organisation: { name: 'Srednja ekonomska in trgovska šola Kras, Sežana', ownerType: 'vet-school' },
    country: 'SI',
    region: 'Obalno-kraška',
    sector: 'vet',
    educationLevels: ['isced-3'],
    targetGroups: ['teachers', 'school-leaders', 'pupils', 'trainers'],
    practiceType: 'self-assessment',
    lifecycleStage: 'implement',
    startDate: '2023-02-01',
    endDate: '2025-01-31',
    scale: { schools: 1, participants: 258 },
    digCompEdu: ['1.2', '1.3', '4.2'],
    digComp: ['3.2', '5.2', '2.4'],
    selfieAreas: ['collaboration-networking', 'infrastructure-equipment', 'student-digital-competence', 'leadership'],
    evidenceTypes: ['self-assessment-data', 'participation-data'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: DDK_PROGRAMME,
    funding: DDK_FUNDING,
    contact: { name: 'Katja Mislej', email: 'katja.mislej@example.si' },
    tags: ['selfie', 'učenje z delom', 'delodajalci', 'samoevalvacija', 'trgovina'],
  },
  {
    key: 'si-13',
    author: 'official-si-1',
    state: 'published',
    featured: true,
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Brezplačna usposabljanja za digitalne veščine javnih uslužbencev: katalog, izvedba in merjenje učinka',
        summary:
          'Program Krepitev digitalnih znanj in spretnosti javnih uslužbencev na Upravni akademiji ponuja več kot 80 različnih usposabljanj brez kotizacije, od osnov digitalne pismenosti do analize podatkov in kibernetske varnosti. Do danes je bilo evidentiranih več kot 40.000 udeležb. Opisujemo, kako je katalog zgrajen, kako ga izvajamo na daljavo in v učilnici ter kako merimo učinek.',
        challenge: `Javni uslužbenci delajo z vse več digitalnimi storitvami in orodji, a so njihove digitalne veščine zelo neenakomerne: ob uslužbencih, ki samostojno analizirajo podatke, so tudi taki, ki imajo težave z deljenimi dokumenti ali varnim ravnanjem z e-pošto. Usposabljanja so bila prej razpršena po organih, plačljiva in pogosto enkratna. Organi z manjšim proračunom jih zaposlenim niso mogli omogočiti.`,
        description: `Program financira Načrt za okrevanje in odpornost, zato so usposabljanja za javne uslužbence brezplačna. Katalog je razdeljen na vsebinske sklope, na primer digitalna pismenost in delo v pisarniških orodjih, sodelovanje na daljavo, delo s podatki in njihova vizualizacija, informacijska in kibernetska varnost, elektronsko poslovanje v upravi ter uporaba umetne inteligence. Večina vsebin ima osnovno in nadaljevalno raven.

Večina usposabljanj poteka kot interaktivna usposabljanja na daljavo v manjših skupinah, del pa v računalniških učilnicah. Vsako usposabljanje ima praktične naloge na primerih iz dela v upravi, ne na splošnih vajah.`,
        implementation: `1. Potrebe smo ugotavljali z analizo prijav na dosedanja usposabljanja in s posveti s kadrovskimi službami organov.
2. Katalog smo zgradili po vsebinskih sklopih in ravneh ter ga objavili na spletni strani Upravne akademije.
3. Izvajalce smo izbrali z javnim naročilom; vsak izvajalec je pripravil primere, vezane na delo v javni upravi.
4. Prijave potekajo prek spletnega sistema, za popularna usposabljanja vodimo čakalno vrsto in dodajamo termine.
5. Po vsakem usposabljanju udeleženci ocenijo zadovoljstvo; približno devet mesecev po začetku programa smo izvedli še merjenje učinka na področju digitalne pismenosti.
6. Katalog vsako leto dopolnimo z novimi vsebinami in ukinemo tiste z majhnim zanimanjem.`,
        resourcesNeeded:
          'Sredstva Načrta za okrevanje in odpornost za izvajalce in organizacijo; ekipa Upravne akademije za katalog, prijave in spremljanje; spletni sistem za prijave in evidenco udeležb; platforma za videokonference in računalniške učilnice za usposabljanja v živo.',
        outcomes: `- V prvem letu (2023) je bilo izvedenih 133 terminov usposabljanj s 5.092 udeležbami, s čimer je bil presežen vmesni mejnik 5.000 udeležb.
- Povprečna ocena zadovoljstva udeležencev je bila 4,6 (od 5).
- Pri merjenju učinka za digitalno pismenost je 93 % udeležencev navedlo, da se je njihovo znanje uporabe orodja ali veščine povečalo.
- Skupno število udeležb je preseglo 40.000, v katalogu je več kot 80 različnih usposabljanj.`,
        difficulties: `Brezplačnost ima tudi slabo stran: delež prijavljenih, ki se usposabljanja ne udeležijo, je bil višji kot pri plačljivih usposabljanjih. Uvedli smo opomnike in možnost preprostega odjavljanja, tako da mesto dobi naslednji v čakalni vrsti.

Merjenje učinka temelji predvsem na samooceni udeležencev, ki ni isto kot dejansko znanje. Prenos v delo je močno odvisen od nadrejenih: kjer vodja ni omogočil uporabe novega orodja, se je znanje hitro izgubilo. Najbolj iskana usposabljanja (npr. delo s preglednicami) so imela dolge čakalne vrste, manj znane vsebine pa so ostale polprazne.`,
        transferConditions:
          'Model je prenosljiv na druge države in na lokalno raven, če obstaja osrednja ustanova za usposabljanje v javnem sektorju in stabilno financiranje za nekaj let. Ključni so katalog, povezan z resničnimi nalogami v upravi, preprost sistem prijav in sodelovanje kadrovskih služb.',
        lessons: `- Primeri iz vsakdanjega dela v upravi so pomembnejši od popolnosti vsebine.
- Brezplačna usposabljanja potrebujejo dober sistem odjav in čakalnih vrst.
- Merite učinek, ne le zadovoljstva, in vključite vodje.`,
      },
      en: {
        provenance: 'human',
        reviewed: true,
        title: 'Free digital-skills trainings for public servants: the catalogue, delivery and impact measurement',
        summary:
          'The programme Strengthening the Digital Knowledge and Skills of Public Servants at the Administration Academy offers more than 80 different trainings free of charge, from basic digital literacy to data analysis and cybersecurity. More than 40,000 participations have been recorded so far. We describe how the catalogue is built, how it is delivered online and in classrooms, and how impact is measured.',
        challenge: `Public servants work with more and more digital services and tools, but their digital skills are very uneven: next to staff who analyse data on their own there are others who struggle with shared documents or handling e-mail safely. Trainings used to be scattered across bodies, paid for and often one-off. Bodies with small budgets could not offer them to their staff.`,
        description: `The programme is funded by the Recovery and Resilience Plan, so the trainings are free for public servants. The catalogue is organised in thematic strands, for example digital literacy and office tools, remote collaboration, working with and visualising data, information and cyber security, electronic business in public administration, and the use of artificial intelligence. Most topics have a basic and an advanced level.

Most trainings are interactive live online sessions in small groups, some take place in computer rooms. Every training has practical tasks based on cases from public administration rather than generic exercises.`,
        implementation: `1. Needs were identified from registrations for earlier trainings and consultations with the HR departments of public bodies.
2. The catalogue was built by strand and level and published on the Administration Academy website.
3. Trainers were selected through public procurement; each provider prepared examples tied to work in public administration.
4. Registration runs through an online system; popular trainings have a waiting list and extra dates are added.
5. After each training participants rate their satisfaction; about nine months after the start we also measured the impact of the digital literacy trainings.
6. The catalogue is updated every year with new topics, while topics with little interest are dropped.`,
        resourcesNeeded:
          'Recovery and Resilience Plan funds for trainers and organisation; an Administration Academy team for the catalogue, registrations and monitoring; an online system for registrations and participation records; a videoconferencing platform and computer rooms for in-person sessions.',
        outcomes: `- In the first year (2023), 133 training sessions with 5,092 participations were held, exceeding the interim milestone of 5,000 participations.
- Average participant satisfaction was 4.6 out of 5.
- In the impact measurement for digital literacy, 93% of participants reported that their knowledge of the tool or skill had increased.
- Total participations have exceeded 40,000, and the catalogue contains more than 80 different trainings.`,
        difficulties: `Being free has a downside: the share of registered people who do not turn up was higher than for paid trainings. We introduced reminders and easy cancellation, so that the place goes to the next person on the waiting list.

Impact measurement relies mostly on participants' self-assessment, which is not the same as actual skill. Transfer to work depends heavily on line managers: where a manager did not allow the new tool to be used, the knowledge quickly faded. The most sought-after trainings (for example spreadsheets) had long waiting lists, while less familiar topics stayed half empty.`,
        transferConditions:
          'The model can be transferred to other countries and to the local level where there is a central public-sector training institution and stable funding for several years. The key elements are a catalogue tied to real administrative tasks, a simple registration system and cooperation with HR departments.',
        lessons: `- Examples from everyday administrative work matter more than complete coverage.
- Free trainings need a good system for cancellations and waiting lists.
- Measure impact, not just satisfaction, and involve line managers.`,
      },
    },
    organisation: { name: 'Ministrstvo za javno upravo – Upravna akademija', ownerType: 'ministry-agency' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'central-administration',
    educationLevels: ['adult-learning'],
    targetGroups: ['civil-servants', 'local-government-staff'],
    practiceType: 'training',
    lifecycleStage: 'diffuse',
    startDate: '2023-03-01',
    scale: { participants: 40000, trainings: 80 },
    digCompEdu: [],
    digComp: ['1.3', '2.4', '3.2', '4.1', '4.2', '5.2'],
    selfieAreas: [],
    evidenceTypes: ['participation-data', 'survey', 'self-assessment-data'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: PA_PROGRAMME,
    funding: PA_FUNDING,
    contact: { name: 'Tanja Rozman', email: 'tanja.rozman@example.si' },
    tags: ['javni uslužbenci', 'digitalne veščine', 'usposabljanja', 'merjenje učinka', 'javna uprava'],
    images: [{ caption: 'Interaktivno usposabljanje na daljavo za javne uslužbence', colour: '#205493' }],
  },
  {
    key: 'si-14',
    author: 'official-si-2',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Kratka e-usposabljanja za varno delo z dokumenti in e-pošto v državni upravi',
        summary:
          'Za 620 zaposlenih smo pripravili pet kratkih e-usposabljanj po 15 minut o lažnih sporočilih, elektronskem podpisu, deljenju dokumentov, varnih geslih in ravnanju z osebnimi podatki. Vsak modul se konča s preverjanjem znanja, ki ga je treba opraviti za potrdilo. Ob tem smo dvakrat izvedli simulacijo lažnega sporočila in primerjali rezultate.',
        challenge: `Po dveh incidentih, ko so zaposleni na lažno sporočilo odgovorili s svojimi podatki za prijavo, je vodstvo želelo hitro usposobiti vse zaposlene. Klasična predavanja za 620 ljudi na štirih lokacijah bi trajala mesece, zaposleni pa so se pritoževali, da usposabljanja trajajo predolgo in da jih odtrgajo od dela s strankami.`,
        description: `Pet modulov je izdelanih v orodju za e-gradiva in objavljenih v spletni učilnici (Moodle) v formatu SCORM. Vsak modul traja največ 15 minut: kratek uvod s primerom iz našega dela, tri do štiri interaktivne naloge (npr. »poišči pet znakov, da je to sporočilo lažno«) in preverjanje z desetimi vprašanji. Za potrdilo je treba doseči 80 %, poskusov je neomejeno.

Moduli so dostopni tudi na telefonu. Vodje oddelkov vidijo, kdo v njihovem oddelku je module že opravil, ne vidijo pa rezultatov posameznikov.`,
        implementation: `1. Z informacijsko službo smo izbrali pet tem, povezanih z dejanskimi incidenti in vprašanji zaposlenih.
2. Za vsako temo je strokovnjak napisal scenarij, ki ga je pregledal zaposleni brez tehničnega znanja.
3. Dva uslužbenca kadrovske službe sta module izdelala v orodju za e-gradiva; za vsak modul sta potrebovala okoli 25 ur.
4. Pred objavo smo izvedli prvo simulacijo lažnega sporočila (brez opozorila), da smo dobili izhodišče.
5. Module smo objavili v treh valovih; vodje so zaposlenim za vsak modul namenili čas med delovnim časom.
6. Tri mesece po zadnjem modulu smo izvedli drugo simulacijo in rezultate predstavili vsem zaposlenim.`,
        resourcesNeeded:
          'Licenca za orodje za izdelavo e-gradiv, obstoječa spletna učilnica, približno 125 ur dela dveh uslužbencev kadrovske službe in 20 ur strokovnjakov iz informacijske službe. Za simulacijo lažnih sporočil smo uporabili odprtokodno orodje, ki ga je namestila informacijska služba.',
        outcomes: `- V štirih mesecih je vseh pet modulov opravilo 571 od 620 zaposlenih (92 %).
- Pri prvi simulaciji je na povezavo kliknilo 23 % prejemnikov, pri drugi 9 %. Delež tistih, ki so sporočilo prijavili informacijski službi, se je povečal s 4 % na 31 %.
- Povprečna ocena modulov je bila 4,4 (od 5); najpogostejši komentar je bil, da so kratki in konkretni.`,
        difficulties: `Prva simulacija brez opozorila je pri delu zaposlenih sprožila jezo, ker so se počutili izigrane. Pri drugi smo vnaprej povedali, da bodo simulacije potekale, ne pa kdaj, in rezultate objavili le skupno. To je bilo sprejeto bistveno bolje.

Modul o elektronskem podpisu je bil prezahteven za zaposlene, ki podpisa pri delu ne uporabljajo, in je imel največ ponavljanj preverjanja. Razdelili smo ga na dva dela. Zaposleni na terenu brez službenega računalnika so module reševali na telefonu, kjer nekatere interaktivne naloge niso delovale.`,
        transferConditions:
          'Prenosljivo na vsak organ ali občino, ki ima spletno učilnico in nekoga, ki zna izdelati e-gradiva. Simulacije lažnih sporočil zahtevajo dogovor z vodstvom in jasno komunikacijo z zaposlenimi.',
        lessons: `- Kratki moduli, vezani na resnične incidente, dosežejo skoraj vse zaposlene.
- Simulacija brez predhodne komunikacije uniči zaupanje.
- Preizkusite module na telefonih, preden jih objavite.`,
      },
    },
    organisation: { name: 'Direkcija za javne registre', ownerType: 'ministry-agency' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'central-administration',
    educationLevels: ['adult-learning'],
    targetGroups: ['civil-servants'],
    practiceType: 'e-training',
    lifecycleStage: 'evaluate',
    startDate: '2023-10-02',
    endDate: '2024-04-30',
    scale: { participants: 620, trainings: 5 },
    digCompEdu: [],
    digComp: ['4.1', '4.2', '2.2', '1.3'],
    selfieAreas: [],
    evidenceTypes: ['participation-data', 'learning-outcomes', 'survey'],
    evidenceLevel: 'good',
    licence: 'cc-by-sa-4.0',
    programme: 'Notranji program usposabljanj direkcije, ki dopolnjuje program Krepitev digitalnih znanj in spretnosti javnih uslužbencev',
    funding: 'Lastna sredstva direkcije',
    contact: { name: 'Matej Kralj', email: 'matej.kralj@example.si' },
    tags: ['e-usposabljanje', 'kibernetska varnost', 'lažna sporočila', 'javni uslužbenci', 'elektronski podpis'],
  },
  {
    key: 'si-15',
    author: 'official-si-1',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalni ambasadorji v ministrstvih: mentorska mreža za uvajanje novih orodij',
        summary:
          'V petih ministrstvih smo usposobili 38 digitalnih ambasadorjev, ki sodelavcem pomagajo pri prehodu na nova orodja za sodelovanje in delo z dokumenti. Ambasadorji imajo za to priznane štiri ure na mesec, tedensko uro vprašanj in skupno skupnost za izmenjavo. V enem letu so podprli približno 2.100 zaposlenih.',
        challenge: `Ob uvajanju novega okolja za sodelovanje in deljenje dokumentov so se informacijske službe utapljale v uporabniških vprašanjih, ki niso bila tehnične okvare, temveč vprašanja o tem, kako nekaj narediti. Usposabljanja so bila organizirana centralno, a zaposleni so novo znanje potrebovali šele tedne pozneje, ko so dobili konkretno nalogo. Takrat ni bilo nikogar blizu, ki bi ga lahko vprašali.`,
        description: `Digitalni ambasador je uslužbenec, ki ostane na svojem delovnem mestu (npr. v pravni ali finančni službi), a ima uradno vlogo prve pomoči sodelavcem pri digitalnih orodjih. Na približno 50 zaposlenih je en ambasador. Ambasadorji niso informatiki in ne rešujejo okvar: pokažejo, kako orodje uporabiti pri konkretni nalogi, in težje primere posredujejo informacijski službi.

Vsak ambasador je opravil tri dni usposabljanja (orodja, kako učiti odrasle, kako postaviti mejo med pomočjo in delom namesto drugih). Ambasadorji enega ministrstva imajo tedensko »uro vprašanj« na daljavo, vsi skupaj pa se enkrat na mesec srečajo v spletni skupnosti, kjer si delijo navodila in pogosta vprašanja.`,
        implementation: `1. Generalni sekretarji petih ministrstev so pristali na pilot in potrdili, da se ambasadorjem prizna čas.
2. Vodje notranjih organizacijskih enot so predlagali kandidate; ambasadorji so se prijavili prostovoljno.
3. Usposabljanje (3 dni) je izvedel center skupaj z informacijskimi službami ministrstev.
4. Ambasadorji so v svojih enotah predstavili svojo vlogo in začeli z urami vprašanj.
5. Mesečna srečanja mreže so vodili moderatorji centra; pogosta vprašanja smo zbirali v skupni bazi navodil.
6. Po enem letu smo z anketo med zaposlenimi in ambasadorji ter s podatki informacijskih služb ocenili pilot.`,
        resourcesNeeded:
          'Štiri ure na mesec za vsakega ambasadorja (skupaj približno 1.800 ur na leto), tri dni usposabljanja, moderator mreže s četrtino delovnega časa, spletna skupnost in baza navodil v obstoječem okolju za sodelovanje.',
        outcomes: `- 38 aktivnih ambasadorjev po enem letu (od 44 usposobljenih).
- Ambasadorji so evidentirali približno 2.600 pomoči sodelavcem; dosegli so okoli 2.100 zaposlenih.
- Informacijske službe so zabeležile 27 % manj uporabniških zahtevkov glede novega okolja kot v primerljivem obdobju pred pilotom.
- V anketi je 74 % zaposlenih, ki so se obrnili na ambasadorja, odgovorilo, da so težavo rešili brez nadaljnje pomoči.`,
        difficulties: `Priznane štiri ure na mesec so v več enotah ostale le na papirju: nadrejeni so od ambasadorjev pričakovali polno delo in še pomoč sodelavcem. Šest ambasadorjev je zato odstopilo. Kjer je vodja vlogo ambasadorja jasno predstavil in jo upošteval pri razporejanju dela, je pilot deloval bistveno bolje.

Nekateri ambasadorji so postali neuradna informacijska podpora za vse, tudi za okvare tiskalnikov. Potrebovali smo jasno pisno razmejitev, kaj ambasador dela in kaj ne. Ministrstva z veliko zunanjimi enotami so ambasadorje imela le na sedežu, zato zaposleni na terenu pomoči skoraj niso dobili.`,
        transferConditions:
          'Prenosljivo na ministrstva, upravne enote, občine in večje javne zavode. Pogoj je zaveza vodstva, da ambasadorjem prizna čas, in informacijska služba, ki je pripravljena sodelovati in ne vidi mreže kot konkurence.',
        lessons: `- Brez priznanega časa mreža razpade v pol leta.
- Ambasador naj bo iz vrst uporabnikov, ne iz informatike.
- Razmejitev vloge zapišite, preden začnete.`,
      },
    },
    organisation: { name: 'Vladni center za digitalna znanja', ownerType: 'ministry-agency' },
    country: 'SI',
    region: 'Osrednjeslovenska',
    sector: 'central-administration',
    educationLevels: ['adult-learning'],
    targetGroups: ['civil-servants', 'trainers'],
    practiceType: 'mentoring',
    lifecycleStage: 'evaluate',
    startDate: '2023-05-01',
    endDate: '2024-06-30',
    scale: { participants: 2100, trainings: 3 },
    digCompEdu: [],
    digComp: ['2.2', '2.4', '3.2', '5.1', '5.4'],
    selfieAreas: [],
    evidenceTypes: ['participation-data', 'survey', 'testimonials'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: PA_PROGRAMME,
    funding: PA_FUNDING,
    contact: { name: 'Jure Novak', email: 'jure.novak@example.si' },
    tags: ['digitalni ambasadorji', 'mentorstvo', 'ministrstva', 'uvajanje orodij', 'javni uslužbenci'],
    images: [{ caption: 'Mesečno srečanje mreže digitalnih ambasadorjev', colour: '#5b8c3a' }],
  },
  {
    key: 'si-16',
    author: 'official-si-2',
    state: 'draft',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Samoocena digitalnih kompetenc uslužbencev upravne enote kot podlaga za letni razgovor',
        summary:
          'Vsi zaposleni v upravni enoti so izpolnili samooceno digitalnih kompetenc s 28 trditvami, pripravljeno po okviru DigComp 2.2. Rezultate posameznik prinese na letni razgovor in z vodjo izbere do dve usposabljanji iz kataloga Upravne akademije. Opis je še v pripravi; dodati moramo rezultate drugega kroga.',
        challenge: `Zaposleni v upravni enoti so se na usposabljanja prijavljali po lastni presoji ali po naključju, ko so izvedeli za prost termin. Vodje niso vedeli, kje so vrzeli njihovih sodelavcev, zato je pri letnem razgovoru digitalni razvoj ostajal splošna točka brez vsebine. Hkrati se je povečalo število postopkov, ki potekajo elektronsko, in stranke so od referentov pričakovale pomoč pri e-storitvah.`,
        description: `Samoocena ima 28 trditev na petih področjih okvira DigComp 2.2, prilagojenih delu v upravni enoti (npr. »Stranki znam pojasniti, kako oddati vlogo prek portala eUprava«). Pri vsaki trditvi zaposleni izbere eno od štirih ravni, ki so opisane s konkretnim primerom. Reševanje traja približno 15 minut.

Posameznik dobi kratko poročilo s tremi najmočnejšimi in tremi najšibkejšimi področji ter predlogi usposabljanj. Kadrovska služba vidi le zbirne rezultate po oddelkih, in to le, če je v oddelku vsaj pet odgovorov.`,
        implementation: `1. Delovna skupina (kadrovnica, dva referenta, informatik) je izbrala kompetence in napisala trditve.
2. Vprašalnik smo preizkusili pri desetih zaposlenih in popravili nejasne trditve.
3. Vsi zaposleni so ga izpolnili v dveh tednih pred letnimi razgovori.
4. Na letnem razgovoru sta zaposleni in vodja izbrala do dve usposabljanji.
5. Drugi krog samoocene bomo izvedli leto pozneje in primerjali rezultate (še ni izvedeno).`,
        resourcesNeeded:
          'Spletni obrazec, ki omogoča samodejno poročilo, približno 40 ur dela delovne skupine, kratko navodilo za vodje, kako rezultate uporabiti na letnem razgovoru.',
        outcomes: `- Samooceno je izpolnilo 79 od 86 zaposlenih.
- Najnižje so se zaposleni ocenili pri varovanju naprav in podatkov ter pri delu s preglednicami.
- Na letnih razgovorih je bilo dogovorjenih 112 usposabljanj; koliko jih je bilo izvedenih, še zbiramo.`,
        difficulties: `Del zaposlenih je bil prepričan, da bodo rezultati vplivali na oceno delovne uspešnosti, zato so se ocenili previsoko. Kljub pojasnilom o zaupnosti tega nezaupanja nismo povsem odpravili. Nekateri vodje na letnem razgovoru poročila sploh niso pogledali.

Samoocena ne meri dejanskega znanja; pri ponovitvi razmišljamo o nekaj praktičnih nalogah, a se bojimo, da bi to še povečalo strah.`,
        transferConditions:
          'Primerno za upravne enote, občine in manjše organe. Pogoj so zaupanje zaposlenih, jasna ločitev od ocenjevanja delovne uspešnosti in dostop do kataloga usposabljanj.',
        lessons: `- Trditve naj opisujejo resnične naloge na delovnem mestu.
- Zaupnost je treba pokazati, ne le obljubiti.`,
      },
    },
    organisation: { name: 'Upravna enota Savinjski dol', ownerType: 'ministry-agency' },
    country: 'SI',
    region: 'Savinjska',
    sector: 'central-administration',
    educationLevels: ['adult-learning'],
    targetGroups: ['civil-servants'],
    practiceType: 'self-assessment',
    lifecycleStage: 'implement',
    startDate: '2024-01-15',
    scale: { participants: 79 },
    digCompEdu: [],
    digComp: ['1.1', '2.1', '3.1', '4.1', '4.2', '5.4'],
    selfieAreas: [],
    evidenceTypes: ['self-assessment-data', 'participation-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: PA_PROGRAMME,
    funding: 'Lastna sredstva upravne enote; usposabljanja iz programa Upravne akademije',
    contact: { name: 'Alenka Ribič', email: 'alenka.ribic@example.si' },
    tags: ['samoocena', 'digcomp', 'letni razgovor', 'upravna enota'],
  },
  {
    key: 'si-17',
    author: 'official-si-2',
    state: 'published',
    originalLanguage: 'sl',
    texts: {
      sl: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitalna svetovalnica na občini: pomoč občanom pri e-storitvah in usposabljanje občinskih uslužbencev',
        summary:
          'Občina je v sprejemni pisarni in v krajevni knjižnici odprla digitalno svetovalnico, kjer občani dvakrat na teden dobijo pomoč pri e-storitvah: pri prijavi s SI-PASS in smsPASS, pri vlogah prek portala eUprava, v eDavkih in pri občinskih e-vlogah. V dveh letih je svetovalnica opravila več kot 1.300 svetovanj. Ob tem so se usposobili tudi občinski uslužbenci.',
        challenge: `Občina ima približno 7.000 prebivalcev, med njimi veliko starejših, ki živijo v razpršenih zaselkih. Ko je občina večino vlog (za subvencije, prekope, najem dvorane) prenesla na splet, so ljudje še vedno prihajali s papirnatimi obrazci ali klicali, ker se niso znali prijaviti. Uslužbenci v sprejemni pisarni so pomagali po svojih najboljših močeh, a niso poznali vseh državnih e-storitev in za to niso imeli časa.`,
        description: `Digitalna svetovalnica deluje ob torkih popoldne v sprejemni pisarni občine in ob četrtkih dopoldne v krajevni knjižnici. Svetovalca sta občinska uslužbenka in knjižničar, ki sta opravila usposabljanje o državnih e-storitvah. Občan prinese svoj telefon ali računalnik; svetovalec ne izpolni vloge namesto njega, temveč ga vodi korak za korakom, da jo naslednjič odda sam.

Najpogostejše teme so nastavitev smsPASS in prijava prek SI-PASS, pregled odločb v eDavkih, vloge na portalu eUprava, naročanje prek zdravstvenega portala zVEM in občinske e-vloge. Za vsako temo je pripravljen natisnjen list s koraki in posnetki zaslona.`,
        implementation: `1. Občina je z anketo v občinskem glasilu ugotovila, pri katerih e-storitvah imajo občani največ težav.
2. Uslužbenka in knjižničar sta opravila usposabljanje o državnih e-storitvah in varni rabi interneta.
3. Pripravila sta 14 listov s koraki za najpogostejše postopke.
4. Svetovalnica je začela delovati marca 2023; termini so objavljeni v glasilu, na oglasnih deskah krajevnih skupnosti in na spletni strani.
5. Za oddaljene zaselke sta svetovalca enkrat na mesec prišla v gasilski dom ali na sedež krajevne skupnosti.
6. Vsi uslužbenci občinske uprave so opravili dvourno delavnico o tem, kako stranko napotiti na e-storitev in kdaj v svetovalnico.`,
        resourcesNeeded:
          'Šest ur tedensko dela dveh svetovalcev, prenosni računalnik in mobilna dostopna točka za obiske po zaselkih, tisk listov s koraki. Prostor v občini in knjižnici že obstaja. Letni strošek brez plač je bil približno 1.500 EUR.',
        outcomes: `- Od marca 2023 do februarja 2025 je svetovalnica opravila 1.340 svetovanj, od tega 62 % z občani, starejšimi od 65 let.
- 58 % prejetih vlog za občinske subvencije je bilo v letu 2024 oddanih elektronsko (v letu 2022 19 %).
- Klicev v sprejemno pisarno z vprašanji o prijavi v e-storitve je po oceni uslužbencev za polovico manj.`,
        difficulties: `Veliko obiskovalcev je prihajalo večkrat z isto težavo, ker doma niso vadili in so pozabili korake ali geslo. Zato zdaj na koncu svetovanja občan korak ponovi sam, mi pa mu na list zapišemo, kje je obstal.

Pri nekaterih e-storitvah je svetovalec naletel na meje: ko stranka nima mobilnega telefona ali ima telefon, ki ga uporablja več družinskih članov. Ko je bil knjižničar dalj časa na bolniški odsotnosti, je svetovalnica v knjižnici tri mesece mirovala, ker nismo imeli namestnika.`,
        transferConditions:
          'Prenosljivo na majhne in srednje velike občine. Potrebna sta vsaj dva svetovalca, da svetovalnica ne miruje ob odsotnosti, in partner, ki ga ljudje že obiskujejo (knjižnica, dom starejših, društvo upokojencev).',
        lessons: `- Naučite občana, da postopek opravi sam; ne izpolnjujte namesto njega.
- Listi s koraki so najbolj uporabljeno gradivo.
- Pojdite tudi v zaselke, ne čakajte, da pridejo ljudje.`,
      },
      en: {
        provenance: 'machine',
        reviewed: false,
        title: 'Digital advisory service at the municipality: helping residents with e-services and training municipal staff',
        summary:
          'The municipality opened a digital advisory service in the reception office and in the local library, where residents get help with e-services twice a week: logging in with SI-PASS and smsPASS, applications through the eUprava portal, eDavki and municipal e-applications. In two years, the service carried out more than 1,300 consultations. Municipal employees were also trained at the same time.',
        challenge: `The municipality has about 7,000 inhabitants, many of them elderly, living in scattered hamlets. When the municipality moved most applications (for subsidies, road openings, renting the hall) online, people still came with paper forms or called because they did not know how to log in. Employees in the reception office helped to the best of their abilities, but did not know all state e-services and did not have time for it.`,
        description: `The digital advisory service operates on Tuesday afternoons in the reception office of the municipality and on Thursday mornings in the local library. The advisers are a municipal employee and a librarian who completed training on state e-services. The resident brings their phone or computer; the adviser does not fill in the application for them, but guides them step by step so that they submit it themselves next time.

The most common topics are setting up smsPASS and logging in via SI-PASS, reviewing decisions in eDavki, applications on the eUprava portal, booking through the zVEM health portal and municipal e-applications. For each topic there is a printed sheet with steps and screenshots.`,
        implementation: `1. The municipality used a survey in the municipal newsletter to find out which e-services residents have the most difficulty with.
2. The employee and the librarian completed training on state e-services and safe internet use.
3. They prepared 14 sheets with steps for the most common procedures.
4. The service started in March 2023; dates are published in the newsletter, on the notice boards of local communities and on the website.
5. For remote hamlets, the advisers came to the fire station or the local community office once a month.
6. All employees of the municipal administration attended a two-hour workshop on how to refer a client to an e-service and when to the advisory service.`,
        resourcesNeeded:
          'Six hours per week of work by two advisers, a laptop and a mobile hotspot for visits to hamlets, printing of step sheets. Premises in the municipality and library already exist. The annual cost without salaries was about EUR 1,500.',
        outcomes: `- From March 2023 to February 2025, the service carried out 1,340 consultations, 62% of them with residents over 65.
- 58% of applications received for municipal subsidies were submitted electronically in 2024 (19% in 2022).
- Calls to the reception office with questions about logging into e-services are, according to employees, halved.`,
        difficulties: `Many visitors came several times with the same problem because they did not practice at home and forgot the steps or password. That is why at the end of the consultation the resident now repeats the step himself, and we write on the sheet where he stopped.

With some e-services, the adviser reached limits: when the client does not have a mobile phone or has a phone used by several family members. When the librarian was on long-term sick leave, the service in the library was idle for three months because we had no substitute.`,
        transferConditions:
          'Transferable to small and medium-sized municipalities. At least two advisers are needed so that the service does not stop during absences, and a partner that people already visit (library, retirement home, pensioners\' association).',
        lessons: `- Teach the resident to complete the procedure himself; do not fill in instead of him.
- Step sheets are the most used material.
- Go to the hamlets too, do not wait for people to come.`,
      },
    },
    organisation: { name: 'Občina Lipovec', ownerType: 'municipality' },
    country: 'SI',
    region: 'Zasavska',
    sector: 'local-government',
    educationLevels: ['adult-learning'],
    targetGroups: ['general-public', 'local-government-staff', 'librarians'],
    practiceType: 'advisory',
    lifecycleStage: 'diffuse',
    startDate: '2023-03-07',
    scale: { municipalities: 1, participants: 1340 },
    digCompEdu: [],
    digComp: ['2.3', '4.2', '1.1', '5.1'],
    selfieAreas: [],
    evidenceTypes: ['participation-data', 'case-study', 'testimonials'],
    evidenceLevel: 'promising',
    licence: 'cc-by-4.0',
    programme: 'Občinski program digitalne vključenosti',
    funding: 'Proračun občine; knjižnica prispeva prostor in čas knjižničarja',
    contact: { name: 'Darja Zupan', email: 'darja.zupan@example.si' },
    tags: ['e-storitve', 'digitalna vključenost', 'občina', 'starejši', 'svetovanje'],
    images: [{ caption: 'Svetovanje v krajevni knjižnici ob četrtkih', colour: '#8c5a3a' }],
  },
  {
    key: 'hr-01',
    author: 'teacher-hr-1',
    state: 'published',
    originalLanguage: 'hr',
    texts: {
      hr: {
        provenance: 'original',
        reviewed: true,
        title: 'Od samovrednovanja digitalne zrelosti do školskog akcijskog plana u osnovnoj školi',
        summary:
          'Školski tim procijenio je digitalnu zrelost škole prema okviru za digitalnu zrelost škola i alatom SELFIE te izradio dvogodišnji akcijski plan s četiri cilja. Najveći pomak postignut je u davanju povratne informacije učenicima predmetne nastave u sustavu Loomen. Opisujemo i ono što nije uspjelo: razredna nastava ostala je po strani.',
        challenge: `Škola je u programu e-Škole dobila opremu: tablete za učenike, prijenosna računala za učitelje i bežičnu mrežu u svim učionicama. Nakon prve godine oprema se koristila vrlo neravnomjerno, a dio tableta nije izlazio iz ormara. Nismo imali zajednički plan ni podatke o tome što učitelji i učenici zapravo rade s tehnologijom.`,
        description: `Samovrednovanje smo proveli u dva koraka. Tim od pet članova (ravnateljica, dvije učiteljice, nastavnik informatike i knjižničarka) najprije je procijenio školu prema okviru za digitalnu zrelost, a zatim smo SELFIE proveli s učiteljima i učenicima od 5. do 8. razreda. Rezultate smo usporedili i izdvojili područja u kojima se procjena tima i procjena učitelja najviše razlikuju.

Akcijski plan ima četiri cilja za dvije godine, svaki s nositeljem, rokom i pokazateljem. Plan je dio godišnjeg plana i programa rada škole, a o njegovoj provedbi raspravlja se na sjednicama učiteljskog vijeća dva puta godišnje.`,
        implementation: `1. U rujnu 2022. tim je proučio okvir za digitalnu zrelost i samostalno procijenio školu.
2. U listopadu smo proveli SELFIE (47 učitelja, 286 učenika).
3. Na sjednici učiteljskog vijeća predstavili smo rezultate, a učitelji su u skupinama odabrali prioritete.
4. Tim je napisao akcijski plan; školski odbor i vijeće roditelja dali su svoje mišljenje.
5. Svaki mjesec jedan učitelj na stručnom aktivu pokaže primjer iz svoje nastave.
6. Nakon dvije godine ponovili smo SELFIE i revidirali plan.`,
        resourcesNeeded:
          'Oprema iz programa e-Škole već je postojala. Tim je u prvoj godini uložio oko 50 sati rada. SELFIE i Loomen besplatni su za škole. Za dvije radionice za učitelje pozvali smo predavače iz susjednih škola.',
        outcomes: `- Udio učitelja predmetne nastave koji redovito daju povratnu informaciju u Loomenu porastao je s 22 % na 61 %.
- Tableti se u prosjeku koriste 9 sati tjedno po razrednom odjelu (prije 3 sata).
- Prosječna ocjena područja »Vođenje« u SELFIE-u porasla je s 2,9 na 3,6.`,
        difficulties: `Učiteljice razredne nastave smatrale su da akcijski plan nije pisan za njih jer su ciljevi bili vezani uz Loomen, koji u prvim razredima ima malo smisla. Trebali smo imati poseban cilj za razrednu nastavu. Drugi problem bila je bežična mreža, koja se u dvjema učionicama na katu prekidala kad su se spojili svi učenici; to je riješeno tek nakon godinu dana.

Upitnik SELFIE bio je učenicima 5. razreda prezahtjevan i dio njih odgovarao je nasumično. Sljedeći put upitnik ćemo s njima rješavati na satu razrednika, uz objašnjenje.`,
        transferConditions:
          'Prenosivo na osnovne i srednje škole koje već imaju osnovnu opremu. Potrebni su tim s podrškom ravnatelja i vrijeme na sjednicama učiteljskog vijeća.',
        lessons: `- Oprema bez plana ostaje u ormaru.
- Ciljevi moraju obuhvatiti sve razine, i razrednu nastavu.
- Razlike u procjenama otvaraju najkorisnije razgovore.`,
      },
      en: {
        provenance: 'human',
        reviewed: true,
        title: 'From a digital maturity self-evaluation to a school action plan in a primary school',
        summary:
          'The school team assessed the school against the Digital Maturity Framework for Schools and with SELFIE, and drew up a two-year action plan with four goals. The biggest change was in feedback to pupils in subject teaching through the Loomen system. We also describe what did not work: the lower primary grades were left out.',
        challenge: `Through the e-Schools programme the school received equipment: tablets for pupils, laptops for teachers and wireless network in every classroom. After the first year the equipment was used very unevenly, and some tablets never left the cupboard. We had no common plan and no data on what teachers and pupils actually did with technology.`,
        description: `We carried out the self-evaluation in two steps. A team of five (the headteacher, two teachers, the ICT teacher and the librarian) first assessed the school against the Digital Maturity Framework, and then we ran SELFIE with teachers and pupils in years 5–8. We compared the results and singled out the areas where the team's view and the teachers' view differed most.

The action plan has four goals for two years, each with an owner, a deadline and an indicator. The plan is part of the school's annual work programme and its implementation is discussed at staff council meetings twice a year.`,
        implementation: `1. In September 2022 the team studied the Digital Maturity Framework and assessed the school on its own.
2. In October we ran SELFIE (47 teachers, 286 pupils).
3. At a staff council meeting we presented the results and teachers chose priorities in groups.
4. The team wrote the action plan; the school board and the parents' council gave their opinion.
5. Every month one teacher shows an example from their teaching at a subject group meeting.
6. After two years we repeated SELFIE and revised the plan.`,
        resourcesNeeded:
          'The equipment from the e-Schools programme was already there. The team invested about 50 hours of work in the first year. SELFIE and Loomen are free for schools. For two teacher workshops we invited trainers from neighbouring schools.',
        outcomes: `- The share of subject teachers who regularly give feedback in Loomen rose from 22% to 61%.
- Tablets are used on average 9 hours a week per class (previously 3).
- The average SELFIE score for "Leadership" rose from 2.9 to 3.6.`,
        difficulties: `Teachers of the lower grades felt the action plan was not written for them, because the goals were tied to Loomen, which makes little sense in the first grades. We should have had a separate goal for them. Another problem was the wireless network, which dropped in two upstairs classrooms whenever all pupils connected; this was only fixed a year later.

The SELFIE questionnaire was too demanding for year 5 pupils and some answered at random. Next time we will go through it with them in a form-teacher lesson, with explanations.`,
        transferConditions:
          'Transferable to primary and secondary schools that already have basic equipment. It needs a team backed by the headteacher and time at staff council meetings.',
        lessons: `- Equipment without a plan stays in the cupboard.
- Goals must cover all levels, including the lower grades.
- Differences between assessments start the most useful conversations.`,
      },
    },
    organisation: { name: 'Osnovna škola Dravski Kut, Varaždin', ownerType: 'school' },
    country: 'HR',
    region: 'Varaždinska županija',
    sector: 'school',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'school-leaders', 'pupils'],
    practiceType: 'self-assessment',
    lifecycleStage: 'evaluate',
    startDate: '2022-09-01',
    endDate: '2024-06-21',
    scale: { schools: 1, participants: 333 },
    digCompEdu: ['1.3', '4.3', '2.1'],
    digComp: ['2.4', '3.1'],
    selfieAreas: ['leadership', 'infrastructure-equipment', 'assessment-practices', 'continuing-professional-development'],
    evidenceTypes: ['self-assessment-data', 'participation-data'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: 'e-Škole (CARNET) i školski akcijski plan',
    funding: 'Oprema iz programa e-Škole (europski strukturni i investicijski fondovi); ostalo iz proračuna škole',
    contact: { name: 'Ivana Horvat', email: 'ivana.horvat@example.org' },
    tags: ['digitalna zrelost', 'selfie', 'akcijski plan', 'loomen', 'osnovna škola'],
  },
  {
    key: 'hr-02',
    author: 'teacher-hr-1',
    state: 'published',
    originalLanguage: 'hr',
    texts: {
      hr: {
        provenance: 'original',
        reviewed: true,
        title: 'Školske smjernice za korištenje umjetne inteligencije u nastavi i vrednovanju',
        summary:
          'Radna skupina nastavnika, učenika i roditelja izradila je smjernice s tri razine dopuštenog korištenja umjetne inteligencije, koje nastavnik označi za svaki zadatak. Umjesto alata za otkrivanje teksta koji je napisala umjetna inteligencija uveli smo kratke usmene obrane seminarskih radova. Nakon godinu dana 78 % učenika zna koja pravila vrijede za koji zadatak.',
        challenge: `U školskoj godini 2022./2023. nastavnici su se s alatima umjetne inteligencije susreli bez ikakvih pravila. Jedni su ih zabranili, drugi su ih tražili u zadacima, a učenici nisu znali što smiju. Jedan nastavnik koristio je mrežni alat za otkrivanje teksta umjetne inteligencije koji je pogrešno označio rad učenice, što je završilo sukobom s roditeljima. Takvih sporova bilo je četrnaest.`,
        description: `Smjernice imaju četiri stranice i tri razine za zadatke: razina A – bez umjetne inteligencije (rad se piše u školi ili se usmeno brani), razina B – umjetna inteligencija dopuštena uz navođenje (učenik priloži upute koje je zadao i objasni što je promijenio), razina C – slobodno korištenje, a vrednuje se proces i obrazloženje. Nastavnik razinu navede uz svaki zadatak u Loomenu.

Smjernice zabranjuju unos osobnih podataka učenika u javne alate i odbacuju alate za otkrivanje jer nisu pouzdani. Dodan je popis primjera dobrih zadataka za svaku razinu iz različitih predmeta.`,
        implementation: `1. Ravnatelj je u rujnu 2023. osnovao radnu skupinu: pet nastavnika, dva predstavnika Vijeća učenika i jedan predstavnik Vijeća roditelja.
2. Skupina je anketirala nastavnike i učenike o tome kako već koriste umjetnu inteligenciju.
3. Na tri sastanka skupina je izradila nacrt smjernica; nacrt je bio dva tjedna otvoren za komentare.
4. Nastavničko vijeće prihvatilo je smjernice u prosincu 2023.
5. Održane su dvije radionice za nastavnike o oblikovanju zadataka za svaku razinu i o usmenoj obrani.
6. Na kraju školske godine ponovili smo anketu i dopunili smjernice.`,
        resourcesNeeded:
          'Oko 30 sati rada radne skupine, dvije radionice za nastavnike (po tri sata), vrijeme na sjednicama nastavničkog vijeća. Nisu potrebni nikakvi plaćeni alati.',
        outcomes: `- U anketi na kraju godine 78 % od 412 učenika znalo je koja razina vrijedi za zadatak koji su upravo predavali.
- Broj sporova oko korištenja umjetne inteligencije smanjio se s četrnaest na dva.
- Nastavnici 11 od 14 predmeta objavili su barem jedan zadatak razine B ili C.`,
        difficulties: `Nastavnici smjernice ne primjenjuju jednako: dio njih sve zadatke označava razinom A jer tako ne moraju mijenjati način rada. Učenici su se žalili da su u nekim predmetima pravila stroža nego u drugima. Usmene obrane oduzimaju mnogo vremena u razredima s 30 učenika; u drugoj godini skratili smo ih na pet minuta.

Pokazalo se i da su učenici na razini A ponekad ipak koristili umjetnu inteligenciju kod kuće za pripremu, što smo na kraju prihvatili kao dio učenja.`,
        transferConditions:
          'Prenosivo na srednje škole i više razrede osnovne škole. Važno je uključiti učenike u izradu smjernica i unaprijed se dogovoriti da se alati za otkrivanje ne koriste.',
        lessons: `- Jasna pravila po zadatku bolja su od opće zabrane.
- Učenici su najbolji kritičari nacrta.
- Vrednujte proces, a ne samo gotov tekst.`,
      },
      sl: {
        provenance: 'machine',
        reviewed: false,
        title: 'Šolske smernice za uporabo umetne inteligence pri pouku in vrednotenju',
        summary:
          'Delovna skupina učiteljev, dijakov in staršev je izdelala smernice s tremi ravnmi dovoljene uporabe umetne inteligence, ki jih učitelj označi za vsako nalogo. Namesto orodij za odkrivanje besedila, ki ga je napisala umetna inteligenca, smo uvedli kratke ustne zagovore seminarskih nalog. Po enem letu 78 % dijakov ve, katera pravila veljajo za katero nalogo.',
        challenge: `V šolskem letu 2022/2023 so se učitelji z orodji umetne inteligence srečali brez kakršnih koli pravil. Nekateri so jih prepovedali, drugi so jih zahtevali pri nalogah, dijaki pa niso vedeli, kaj smejo. En učitelj je uporabil spletno orodje za odkrivanje besedila umetne inteligence, ki je napačno označilo nalogo dijakinje, kar se je končalo s sporom s starši. Takih sporov je bilo štirinajst.`,
        description: `Smernice imajo štiri strani in tri ravni za naloge: raven A – brez umetne inteligence (naloga se piše v šoli ali se ustno zagovarja), raven B – umetna inteligenca dovoljena z navedbo (dijak priloži navodila, ki jih je vnesel, in pojasni, kaj je spremenil), raven C – prosta uporaba, vrednotita se proces in utemeljitev. Učitelj raven navede ob vsaki nalogi v Loomenu.

Smernice prepovedujejo vnos osebnih podatkov dijakov v javna orodja in zavračajo orodja za odkrivanje, ker niso zanesljiva. Dodan je seznam primerov dobrih nalog za vsako raven iz različnih predmetov.`,
        implementation: `1. Ravnatelj je septembra 2023 ustanovil delovno skupino: pet učiteljev, dva predstavnika sveta dijakov in en predstavnik sveta staršev.
2. Skupina je anketirala učitelje in dijake o tem, kako že uporabljajo umetno inteligenco.
3. Na treh sestankih je skupina izdelala osnutek smernic; osnutek je bil dva tedna odprt za komentarje.
4. Učiteljski zbor je smernice sprejel decembra 2023.
5. Izvedeni sta bili dve delavnici za učitelje o oblikovanju nalog za vsako raven in o ustnem zagovoru.
6. Ob koncu šolskega leta smo ponovili anketo in dopolnili smernice.`,
        resourcesNeeded:
          'Približno 30 ur dela delovne skupine, dve delavnici za učitelje (po tri ure), čas na sejah učiteljskega zbora. Plačljiva orodja niso potrebna.',
        outcomes: `- V anketi ob koncu leta je 78 % od 412 dijakov vedelo, katera raven velja za nalogo, ki so jo pravkar oddajali.
- Število sporov glede uporabe umetne inteligence se je zmanjšalo s štirinajstih na dva.
- Učitelji 11 od 14 predmetov so objavili vsaj eno nalogo ravni B ali C.`,
        difficulties: `Učitelji smernic ne uporabljajo enako: del jih vse naloge označi kot naloge ravni A, ker jim tako ni treba spreminjati načina dela. Dijaki so se pritoževali, da so pri nekaterih predmetih pravila strožja kot pri drugih. Ustni zagovori vzamejo veliko časa v razredih s 30 dijaki; v drugem letu smo jih skrajšali na pet minut.

Pokazalo se je tudi, da so dijaki pri ravni A včasih vseeno uporabljali umetno inteligenco doma za pripravo, kar smo na koncu sprejeli kot del učenja.`,
        transferConditions:
          'Prenosljivo na srednje šole in višje razrede osnovne šole. Pomembno je vključiti dijake v izdelavo smernic in se vnaprej dogovoriti, da se orodja za odkrivanje ne uporabljajo.',
        lessons: `- Jasna pravila za posamezno nalogo so boljša od splošne prepovedi.
- Dijaki so najboljši kritiki osnutka.
- Vrednotite proces, ne le končno besedilo.`,
      },
    },
    organisation: { name: 'Gimnazija Kantrida, Rijeka', ownerType: 'school' },
    country: 'HR',
    region: 'Primorsko-goranska županija',
    sector: 'school',
    educationLevels: ['isced-3'],
    targetGroups: ['teachers', 'pupils', 'parents', 'school-leaders'],
    practiceType: 'handbook',
    lifecycleStage: 'implement',
    startDate: '2023-09-11',
    scale: { schools: 1, participants: 468 },
    digCompEdu: ['4.1', '2.3', '6.4', '6.1'],
    digComp: ['1.2', '3.3', '4.2', '2.5'],
    selfieAreas: ['assessment-practices', 'leadership', 'student-digital-competence'],
    evidenceTypes: ['survey', 'participation-data'],
    evidenceLevel: 'promising',
    licence: 'cc-by-sa-4.0',
    programme: 'Školski razvojni plan',
    funding: 'Proračun škole',
    contact: { name: 'Marko Jurić', email: 'marko.juric@example.org' },
    tags: ['umjetna inteligencija', 'smjernice', 'vrednovanje', 'gimnazija'],
    images: [{ caption: 'Tri razine korištenja umjetne inteligencije na plakatu u zbornici', colour: '#6a4c93' }],
  },
  {
    key: 'at-01',
    author: 'member-en-1',
    state: 'published',
    originalLanguage: 'de',
    texts: {
      de: {
        provenance: 'original',
        reviewed: true,
        title: 'Digitale Grundbildung im Team: Einführung des Pflichtfachs an einer zweisprachigen Mittelschule',
        summary:
          'Seit dem Schuljahr 2022/23 ist Digitale Grundbildung in der Sekundarstufe I ein Pflichtfach. Unsere zweisprachige Mittelschule unterrichtet es im Teamteaching einer Lehrkraft mit Informatikhintergrund und einer Fachlehrkraft und verbindet es mit Projekten in Deutsch, Slowenisch und Geografie. Eine zweijährige Begleitevaluation zeigt, was funktioniert und wo Lehrkräfte mehr Unterstützung brauchen.',
        challenge: `Mit dem neuen Pflichtfach mussten wir ab Herbst 2022 in allen vier Schulstufen je eine Wochenstunde Digitale Grundbildung anbieten, hatten aber nur zwei Lehrkräfte mit Informatikausbildung. Gleichzeitig erhielten die Schülerinnen und Schüler der ersten Klassen über die Geräteinitiative des Bundes eigene Tablets, und viele Eltern fragten, wofür diese eigentlich verwendet werden. An einer zweisprachigen Schule kam hinzu, dass es kaum Unterrichtsmaterialien zu digitalen Themen auf Slowenisch gab.`,
        description: `Jede Stunde Digitale Grundbildung wird von einem Tandem unterrichtet: einer Lehrkraft mit Informatikhintergrund und einer Fachlehrkraft, etwa für Deutsch, Slowenisch oder Geografie. Die Inhalte folgen dem Lehrplan, sind aber an Projekte in den Fächern gekoppelt: In der 2. Klasse gestalten die Kinder einen zweisprachigen Podcast über ihren Heimatort, in der 3. Klasse überprüfen sie Falschmeldungen in deutsch- und slowenischsprachigen Medien.

Zu Beginn und am Ende jedes Schuljahres schätzen die Schülerinnen und Schüler ihre Kompetenzen mit einem Bogen nach dem Kompetenzmodell digi.komp ein. Die Lehrkräfte nutzen digi.checkP, um ihren eigenen Fortbildungsplan zu erstellen.`,
        implementation: `1. Im Frühjahr 2022 bildete die Schulleitung fünf Tandems und plante gemeinsame Vorbereitungsstunden im Stundenplan ein.
2. Die Tandems besuchten Fortbildungen der Pädagogischen Hochschule zum neuen Lehrplan.
3. Für jede Schulstufe wurde ein fächerübergreifendes Projekt festgelegt, das mindestens ein Drittel der Stunden umfasst.
4. Materialien werden in einem gemeinsamen Kurs auf der Lernplattform gesammelt; die Slowenischlehrkräfte übersetzten und adaptierten die wichtigsten.
5. Ein Elternabend zur Geräteinitiative klärte Nutzungsvereinbarung, Jugendschutzeinstellungen und Aufbewahrung der Geräte.
6. Eine Pädagogische Hochschule begleitete die Einführung zwei Jahre lang mit Unterrichtsbeobachtungen und Befragungen; die Ergebnisse wurden im Juni 2024 im Kollegium vorgestellt.`,
        resourcesNeeded:
          'Zusätzliche Lehrerstunden für das Teamteaching (aus dem schulautonomen Stundenkontingent), je eine gemeinsame Vorbereitungsstunde pro Tandem und Woche, Fortbildungen an der Pädagogischen Hochschule, die Lernplattform der Schule sowie die Tablets aus der Geräteinitiative (Eigenanteil der Eltern 25 %).',
        outcomes: `- 212 Schülerinnen und Schüler in zehn Klassen haben in jedem Schuljahr mindestens ein fächerübergreifendes Projekt abgeschlossen.
- In der 3. Klasse stieg der Anteil der Schülerinnen und Schüler, die sich beim Bewerten von Informationen als sicher einschätzen, von 34 % auf 58 %.
- Laut Begleitevaluation fühlen sich Fachlehrkräfte nach einem Jahr im Tandem deutlich sicherer; besonders wirksam war der Unterricht im Bereich Produktion.
- Es entstanden 46 zweisprachige Arbeitsblätter, die anderen zweisprachigen Schulen in Kärnten zur Verfügung stehen.`,
        difficulties: `Das Teamteaching verdoppelt den Personalaufwand. Wir konnten es nur in der 1. und 2. Klasse durchgehend finanzieren; in der 3. und 4. Klasse unterrichtet meist eine Lehrkraft allein, und dort sind die Ergebnisse schwächer. Die gemeinsamen Vorbereitungsstunden fielen bei Vertretungen oft als Erstes weg.

Im ersten Jahr gingen sechs Tablets verloren oder wurden beschädigt, und in den Pausen wurden die Geräte vor allem zum Spielen verwendet. Den Aufwand für die Übersetzung der Materialien ins Slowenische haben wir deutlich unterschätzt. Die Evaluation zeigte außerdem, dass der Bereich Handeln (Problemlösen, Programmieren) zu kurz kam.`,
        transferConditions:
          'Übertragbar auf Mittelschulen und AHS-Unterstufen, insbesondere auf mehrsprachige Schulen. Voraussetzung sind Stundenkontingente für das Teamteaching, eine Schulleitung, die gemeinsame Vorbereitungszeit schützt, und eine gemeinsame Materialsammlung.',
        lessons: `- Teamteaching ist der schnellste Weg, Fachlehrkräfte für das neue Fach sicher zu machen.
- Digitale Grundbildung wirkt am besten, wenn sie an Projekte in anderen Fächern anknüpft.
- Mehrsprachige Materialien brauchen eigene Ressourcen.`,
      },
      sl: {
        provenance: 'human',
        reviewed: true,
        title: 'Digitalna osnovna izobrazba v tandemu: uvajanje obveznega predmeta na dvojezični srednji šoli',
        summary:
          'Od šolskega leta 2022/23 je digitalna osnovna izobrazba (Digitale Grundbildung) v avstrijski nižji sekundarni stopnji obvezni predmet. Na naši dvojezični srednji šoli (Mittelschule) ga v tandemu poučujeta učitelj z znanjem informatike in predmetni učitelj, predmet pa povezujemo s projekti pri nemščini, slovenščini in geografiji. Dvoletna spremljevalna evalvacija je pokazala, kaj deluje in kje učitelji potrebujejo več podpore.',
        challenge: `Z novim obveznim predmetom smo morali od jeseni 2022 v vseh štirih letnikih ponuditi po eno tedensko uro digitalne osnovne izobrazbe, imeli pa smo le dva učitelja z izobrazbo iz informatike. Hkrati so učenci prvih razredov prek zvezne pobude za naprave dobili lastne tablice in veliko staršev je spraševalo, čemu so pravzaprav namenjene. Na dvojezični šoli je bila dodatna težava, da gradiv o digitalnih temah v slovenščini skoraj ni bilo.`,
        description: `Vsako uro predmeta poučuje tandem: učitelj z znanjem informatike in predmetni učitelj, na primer za nemščino, slovenščino ali geografijo. Vsebine sledijo učnemu načrtu, a so povezane s projekti pri drugih predmetih: v 2. razredu otroci pripravijo dvojezični podkast o svojem kraju, v 3. razredu preverjajo lažne novice v nemških in slovenskih medijih.

Na začetku in ob koncu šolskega leta učenci ocenijo svoje kompetence z vprašalnikom po kompetenčnem modelu digi.komp. Učitelji s samooceno digi.checkP pripravijo svoj načrt izpopolnjevanja.`,
        implementation: `1. Spomladi 2022 je vodstvo šole oblikovalo pet tandemov in jim v urniku zagotovilo skupne ure za pripravo.
2. Tandemi so se udeležili izpopolnjevanj pedagoške visoke šole o novem učnem načrtu.
3. Za vsak letnik smo določili medpredmetni projekt, ki obsega vsaj tretjino ur.
4. Gradiva zbiramo v skupnem tečaju na učni platformi; učitelji slovenščine so najpomembnejša prevedli in prilagodili.
5. Na roditeljskem sestanku o pobudi za naprave smo se dogovorili o pravilih uporabe, nastavitvah za zaščito otrok in hrambi naprav.
6. Pedagoška visoka šola je uvajanje dve leti spremljala z opazovanjem pouka in anketami; rezultate smo zboru predstavili junija 2024.`,
        resourcesNeeded:
          'Dodatne učiteljske ure za tandemski pouk (iz avtonomnega kontingenta ur šole), ena skupna ura priprave na tandem na teden, izpopolnjevanja na pedagoški visoki šoli, učna platforma šole in tablice iz pobude za naprave (starši prispevajo 25 %).',
        outcomes: `- 212 učencev v desetih razredih je v vsakem šolskem letu zaključilo vsaj en medpredmetni projekt.
- V 3. razredu se je delež učencev, ki se pri vrednotenju informacij počutijo samozavestne, povečal s 34 % na 58 %.
- Po spremljevalni evalvaciji se predmetni učitelji po enem letu v tandemu počutijo bistveno bolj suvereni; najbolj učinkovit je bil pouk na področju ustvarjanja vsebin.
- Nastalo je 46 dvojezičnih delovnih listov, ki so na voljo drugim dvojezičnim šolam na Koroškem.`,
        difficulties: `Tandemski pouk podvoji kadrovske potrebe. V celoti smo ga lahko financirali le v 1. in 2. razredu; v 3. in 4. razredu večinoma poučuje en učitelj in tam so rezultati slabši. Skupne ure priprave so ob nadomeščanjih pogosto prve odpadle.

V prvem letu se je izgubilo ali poškodovalo šest tablic, med odmori pa so učenci naprave uporabljali predvsem za igre. Obseg prevajanja gradiv v slovenščino smo močno podcenili. Evalvacija je pokazala tudi, da je bilo področje reševanja problemov in programiranja zapostavljeno.`,
        transferConditions:
          'Prenosljivo na srednje šole in nižje razrede gimnazij, zlasti na večjezične šole. Pogoji so ure za tandemski pouk, vodstvo, ki varuje skupni čas za pripravo, in skupna zbirka gradiv.',
        lessons: `- Tandemski pouk je najhitrejša pot do samozavestnih predmetnih učiteljev pri novem predmetu.
- Digitalna osnovna izobrazba najbolje deluje, ko se naveže na projekte pri drugih predmetih.
- Večjezična gradiva potrebujejo lastne vire.`,
      },
    },
    organisation: { name: 'Zweisprachige Mittelschule Jauntal / Dvojezična srednja šola Podjuna', ownerType: 'school' },
    country: 'AT',
    region: 'Kärnten',
    sector: 'school',
    educationLevels: ['isced-2'],
    targetGroups: ['teachers', 'pupils', 'parents'],
    practiceType: 'training',
    lifecycleStage: 'evaluate',
    startDate: '2022-09-12',
    endDate: '2024-07-05',
    scale: { schools: 1, participants: 212 },
    digCompEdu: ['1.2', '3.1', '3.3', '6.1', '6.3', '6.5'],
    digComp: ['1.2', '3.1', '3.4', '2.2'],
    selfieAreas: ['pedagogy-implementation', 'student-digital-competence', 'collaboration-networking', 'infrastructure-equipment'],
    evidenceTypes: ['external-evaluation', 'observation', 'self-assessment-data', 'survey'],
    evidenceLevel: 'expert-validated',
    licence: 'cc-by-4.0',
    programme: 'Pflichtfach Digitale Grundbildung; Geräteinitiative „Digitales Lernen“',
    funding: 'Bund (Geräteinitiative) und schulautonomes Stundenkontingent',
    contact: { name: 'Andrea Kuchar', email: 'andrea.kuchar@example.org' },
    tags: ['digitale grundbildung', 'teamteaching', 'zweisprachigkeit', 'mittelschule', 'tablets'],
    images: [{ caption: 'Aufnahme eines zweisprachigen Podcasts in der 2. Klasse', colour: '#c8102e' }],
  },
  {
    key: 'fi-01',
    author: 'official-fi-1',
    state: 'published',
    originalLanguage: 'en',
    texts: {
      en: {
        provenance: 'original',
        reviewed: true,
        title: 'Digital tutor teachers: peer support for teachers in every school of a municipality',
        summary:
          'Our municipality has 18 tutor teachers who spend part of their working time helping colleagues use digital tools in their own classrooms. The model started with a national state grant in 2017 and has been funded from the municipal education budget since 2020. Teachers’ self-assessed digital competence, measured with the national Opeka tool, has risen in every area.',
        challenge: `In 2016 the new national core curriculum made ICT competence a cross-curricular goal from the first grade, but the skills of our teachers varied enormously. Central trainings in the town hall were attended by the already enthusiastic, and what was learnt was rarely used in class. Schools in the outlying villages had almost no contact with each other, and the municipality's single ICT adviser could not visit them all.`,
        description: `A tutor teacher is a class or subject teacher who stays in their own school but has about three lessons a week released from teaching to support colleagues. Support happens where the need is: the tutor co-teaches a lesson, helps plan a project, or runs a short "digi breakfast" before school on one tool or method. Colleagues book tutors through a simple shared calendar.

The tutors also maintain the municipal digital path (digipolku): a list of the digital skills every pupil should practise in each grade, with example tasks. Tutors meet monthly as a network led by the education department, and every autumn teachers assess their digital competence with Opeka to guide the tutors' priorities.`,
        implementation: `1. In 2017 each school nominated candidates; the education department selected 18 tutors so that every school had at least one.
2. Tutors received six days of training over the first year, including coaching skills and how to co-teach with a colleague.
3. Each tutor agreed a yearly plan with their principal based on the school's Opeka results.
4. The network drafted the municipal digital path for grades 1–9; teachers commented on it before it was adopted.
5. When the state grant ended, the municipal council decided to continue the model from the education budget, with slightly fewer released lessons.
6. Since 2021 we have collected tutoring records and Opeka results every year and reported them to the education committee.`,
        resourcesNeeded:
          'Released teaching time of about three lessons a week per tutor (roughly 2.5 full-time equivalents in total), a network coordinator in the education department at 20% of working time, training days for new tutors, and a shared calendar and material bank in the learning platform the municipality already uses.',
        outcomes: `- Tutors logged around 1,900 support sessions in five school years, about a third of them co-taught lessons.
- In Opeka the share of teachers who rate themselves as confident in using digital tools for collaborative learning rose from 29% (2018) to 57% (2023).
- During school closures in spring 2020 tutors ran daily drop-in sessions; every teacher was teaching online within a week.
- All nine comprehensive schools use the digital path in their annual plans.`,
        difficulties: `The biggest risk has been tutors turning into technical support. In some schools colleagues booked them to fix printers and passwords, and the pedagogical work faded. We had to agree with the ICT services that device problems go to them, not to tutors.

When the state grant ended, released time was cut by a quarter, and two experienced tutors stepped down. Subject teachers in grades 7–9 have used tutors much less than class teachers; co-teaching is harder to timetable in the upper grades. Opeka measures self-perception, so we cannot claim that pupils' skills have improved by the same amount.`,
        transferConditions:
          'Works in any municipality or school network where principals agree to release teaching time. Small municipalities can share tutors between schools. Stable funding beyond a project period is essential; a clear line between pedagogical support and technical support should be drawn from the start.',
        lessons: `- Support in the teacher's own classroom beats central courses.
- Protect the tutors' released time, or it disappears into substitutions.
- A shared digital path gives tutors and principals a common target.`,
      },
    },
    organisation: { name: 'Kuusijärvi Education and Culture Services', ownerType: 'municipality' },
    country: 'FI',
    region: 'Pirkanmaa',
    sector: 'local-government',
    educationLevels: ['isced-1', 'isced-2'],
    targetGroups: ['teachers', 'school-leaders', 'local-government-staff', 'ict-coordinators'],
    practiceType: 'mentoring',
    lifecycleStage: 'diffuse',
    startDate: '2017-01-09',
    scale: { schools: 9, municipalities: 1, participants: 310 },
    digCompEdu: ['1.2', '1.4', '3.1', '3.3'],
    digComp: ['2.4', '3.1', '5.1'],
    selfieAreas: ['continuing-professional-development', 'collaboration-networking', 'pedagogy-implementation'],
    evidenceTypes: ['self-assessment-data', 'participation-data', 'testimonials'],
    evidenceLevel: 'good',
    licence: 'cc-by-4.0',
    programme: 'Tutor teacher activity (national state grant 2017–2019), continued as a municipal programme',
    funding: 'Finnish National Agency for Education state grant (2017–2019); municipal education budget since 2020',
    contact: { name: 'Laura Virtanen', email: 'laura.virtanen@example.org' },
    tags: ['tutor teachers', 'peer support', 'municipality', 'opeka', 'digital path'],
    images: [{ caption: 'A tutor teacher co-teaching a year 4 lesson', colour: '#003580' }],
  },
];
