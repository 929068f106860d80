// Demo resources: real public tools and publications (links) and short original documents (files).
// Documents written for the demo are original; fictional numbers come from fictional schools and municipalities.
import type { SeedResource } from '../types.js';

const ALL_DIGCOMPEDU = [
  '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4',
  '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '6.4', '6.5',
];
const ALL_DIGCOMP = [
  '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6',
  '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4',
];

export const resources: SeedResource[] = [
  // ---------------------------------------------------------------------------
  // Real public tools and publications
  // ---------------------------------------------------------------------------
  {
    key: 'res-01',
    author: 'organiser-si',
    kind: 'tool',
    language: 'en',
    title: 'SELFIE – self-reflection tool for schools on the use of digital technologies',
    description:
      "The European Commission's free online tool in which school leaders, teachers and students answer short statements on how the school uses digital technologies. The school receives a confidential report that can serve as the starting point of its digital strategy and action plan.",
    licence: 'cc-by-4.0',
    url: 'https://education.ec.europa.eu/selfie',
    tags: ['selfie', 'self-assessment', 'school', 'digital strategy', 'european commission'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.3', '1.4'],
    digComp: [],
  },
  {
    key: 'res-02',
    author: 'moderator-si',
    kind: 'self-assessment-guide',
    language: 'en',
    title: 'SELFIE for TEACHERS – self-reflection on digital competence for teachers',
    description:
      'A free online self-reflection for individual teachers, built on the DigCompEdu framework. The personal report is visible only to the teacher and suggests areas for professional development; it can also be used by groups of teachers.',
    licence: 'cc-by-4.0',
    url: 'https://education.ec.europa.eu/selfie-for-teachers',
    tags: ['selfie for teachers', 'digcompedu', 'self-reflection', 'teachers'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.3', '1.4'],
    digComp: [],
  },
  {
    key: 'res-03',
    author: 'organiser-si',
    kind: 'handbook',
    language: 'en',
    title: 'European Framework for the Digital Competence of Educators: DigCompEdu (JRC, 2017)',
    description:
      "The Joint Research Centre's publication describing 22 educator competences in six areas and six proficiency levels (A1 Newcomer to C2 Pioneer). The reference for the DigCompEdu tags used on practices and resources in this repository.",
    licence: 'cc-by-4.0',
    url: 'https://doi.org/10.2760/159770',
    tags: ['digcompedu', 'framework', 'teachers', 'digital competence'],
    relatedPracticeKeys: [],
    digCompEdu: ALL_DIGCOMPEDU,
    digComp: [],
  },
  {
    key: 'res-04',
    author: 'moderator-pa',
    kind: 'handbook',
    language: 'en',
    title: 'DigComp 2.2: The Digital Competence Framework for Citizens (JRC, 2022)',
    description:
      'The 2022 update of the European digital competence framework for citizens: 21 competences in five areas, with more than 250 examples of knowledge, skills and attitudes, including on AI systems. Widely used for self-assessment and training of public servants.',
    licence: 'cc-by-4.0',
    url: 'https://doi.org/10.2760/115376',
    tags: ['digcomp', 'framework', 'citizens', 'public administration', 'digital skills'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: ALL_DIGCOMP,
  },
  // ---------------------------------------------------------------------------
  // Slovenian school documents
  // ---------------------------------------------------------------------------
  {
    key: 'res-05',
    author: 'organiser-si',
    kind: 'self-assessment-guide',
    language: 'sl',
    title: 'Kontrolni seznam za digitalno strategijo šole',
    description:
      'Seznam 22 vprašanj za šolski razvojni tim, s katerim pred obravnavo na učiteljskem zboru in ob koncu šolskega leta preveri, ali ima digitalna strategija šole izhodišče, realen akcijski načrt in spremljanje.',
    licence: 'cc-by-4.0',
    file: {
      name: 'kontrolni-seznam-digitalna-strategija-sole.md',
      text: `# Kontrolni seznam za digitalno strategijo šole

Seznam je namenjen šolskemu razvojnemu timu, ki pripravlja ali posodablja digitalno strategijo šole. Uporabite ga pred obravnavo na učiteljskem zboru in ponovno ob koncu šolskega leta. Pri vsaki točki označite **da**, **delno** ali **ne**.

## 1. Izhodišče
- [ ] Izvedli smo samoevalvacijo (npr. SELFIE) z vsemi tremi skupinami: vodstvom, učitelji in učenci.
- [ ] Odziv učiteljev je vsaj 70 %, učencev vsaj 50 % v izbranih razredih.
- [ ] Rezultate smo obravnavali v timu in z zborom, ne le prebrali poročila.
- [ ] Zapisali smo 2–3 močna in 2–3 šibka področja, vsako s konkretno trditvijo iz vprašalnika.

## 2. Vizija in cilji
- [ ] Vizija je zapisana v največ treh stavkih in jo razume tudi učenec 8. razreda.
- [ ] Za eno šolsko leto imamo največ pet ciljev.
- [ ] Vsak cilj je povezan z vsaj enim področjem SELFIE in z vsaj eno kompetenco iz okvira DigCompEdu ali DigComp.

## 3. Akcijski načrt
- [ ] Vsak ukrep ima nosilca (osebo, ne »aktiv«), rok in kazalnik.
- [ ] Pri ukrepih, ki zahtevajo sredstva, je naveden vir financiranja.
- [ ] Pri izobraževanjih je določeno, kdaj bodo učitelji novo znanje preizkusili pri pouku.
- [ ] Ukrepi, ki niso za letos, so v ločeni prilogi.

## 4. Infrastruktura in podpora
- [ ] Vemo, kdo skrbi za naprave, posodobitve in izposojo – in koliko časa ima za to.
- [ ] Imamo postopek za prijavo okvare in rok za odpravo.
- [ ] Urejene so privolitve za objavo fotografij in za rabo spletnih storitev.

## 5. Spremljanje
- [ ] Tim se sestane vsaj ob koncu vsakega ocenjevalnega obdobja.
- [ ] Stanje ukrepov je vidno vsem (tabela v zbornici ali v spletni učilnici).
- [ ] Samoevalvacijo ponovimo po 12–18 mesecih in primerjamo iste trditve.

## 6. Vključenost
- [ ] Učenci so sodelovali vsaj v eni fokusni skupini.
- [ ] Starši so obveščeni o ciljih in o tem, kaj pomenijo za pouk.
- [ ] Strategija je objavljena na spletni strani šole.

## Kako razumeti rezultat
Če imate več kot pet odgovorov **ne**, se jih ne lotite vseh hkrati. Začnite pri razdelkih 3 in 5: brez nosilcev in rednega spremljanja tudi najbolje napisana strategija ostane v predalu. Šole, ki so seznam uporabile dve leti zapored, so najpogosteje napredovale prav pri spremljanju – pri infrastrukturi pa so bile odvisne od sredstev ustanovitelja.
`,
    },
    tags: ['digitalna strategija', 'kontrolni seznam', 'akcijski načrt', 'samoevalvacija', 'razvojni tim'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.1', '1.4'],
    digComp: [],
  },
  {
    key: 'res-06',
    author: 'moderator-si',
    kind: 'self-assessment-guide',
    language: 'sl',
    title: 'Kako brati poročilo SELFIE – vodnik za 60-minutno srečanje šolskega tima',
    description:
      'Potek enega srečanja, na katerem tim iz poročila SELFIE izbere 2–3 prednostna področja za akcijski načrt: od razlik med učitelji in učenci do odprtih odgovorov in pogostih pasti.',
    licence: 'cc-by-sa-4.0',
    file: {
      name: 'kako-brati-porocilo-selfie.md',
      text: `# Kako brati poročilo SELFIE – srečanje šolskega tima (60 minut)

Poročilo SELFIE ima veliko grafov in tim hitro obtiči pri povprečjih. Ta vodnik predlaga potek enega srečanja, po katerem imate izbrana 2–3 prednostna področja za akcijski načrt.

## Priprava (vodja tima, pol ure prej)
1. Iz poročila izvozite rezultate po področjih in po posameznih trditvah za vse tri skupine: vodstvo, učitelje, učence.
2. Pripravite tri poglede: področja, trditve z največjo razliko med skupinami, odprti odgovori.
3. Preverite odziv. Če je odgovorilo manj kot 50 % učencev, bodite s sklepi previdni.

## Potek srečanja
**1. Prvi vtis (10 min).** Vsak član tima na listek napiše eno stvar, ki ga je presenetila, in eno, ki jo je pričakoval. Listke preberite na glas, brez razprave.

**2. Področja (10 min).** Poiščite dve najmočnejši in dve najšibkejši področji. Povprečje 3,5 samo po sebi ni ne »dobro« ne »slabo« – primerjajte področja med seboj in z lansko izvedbo.

**3. Razlike med skupinami (15 min).** Izberite tri trditve z največjo razliko med učitelji in učenci. Pri vsaki se vprašajte: ali obe skupini trditev razumeta enako? Kaj bi učenci morali videti pri pouku, da bi jo ocenili višje?

**4. Odprti odgovori (10 min).** Komentarje razvrstite v tri skupine: oprema, znanje, organizacija. Pogosto je prav tu odgovor na vprašanje »zakaj«.

**5. Odločitev (15 min).** Izberite največ tri področja za akcijski načrt. Za vsako zapišite eno trditev iz vprašalnika, ki vam bo ob ponovitvi SELFIE služila kot kazalnik.

## Pogoste pasti
- **Razvrščanje aktivov ali oddelkov.** SELFIE ni orodje za ocenjevanje posameznikov; takšna raba uniči zaupanje za naslednjo izvedbo.
- **Preveč področij.** Tim, ki izbere vseh osem, ne bo naredil ničesar.
- **Samo oprema.** Šibko področje infrastrukture mika, ker se zdi, da je rešitev nakup. Preverite, ali težava ni v podpori ali organizaciji.
- **Vprašalnik na hitro.** Če so učenci odgovarjali v zadnjih minutah ure, je veliko nevtralnih odgovorov. Naslednjič rezervirajte celo šolsko uro.

## Po srečanju
Povzetek na eni strani predstavite učiteljskemu zboru z enim samim vprašanjem za razpravo, na primer: »Kaj bi morali učenci videti pri pouku, da bi to trditev ocenili s 4?« Preden cilje dokončno zapišete, se pogovorite še z dvema oddelkoma učencev.
`,
    },
    tags: ['selfie', 'samoevalvacija', 'poročilo', 'razvojni tim', 'kazalniki'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.3', '1.4'],
    digComp: [],
  },
  {
    key: 'res-07',
    author: 'headteacher-si-1',
    kind: 'tool',
    language: 'sl',
    title: 'Predloga akcijskega načrta digitalne strategije na eni strani',
    description:
      'Tabela za eno šolsko leto z največ petimi cilji: ukrep, nosilec, rok, kazalnik, vir sredstev in stanje (zeleno, rumeno, rdeče). Vključuje izpolnjen primer in vprašanja za evalvacijo ob koncu leta.',
    licence: 'cc-by-4.0',
    file: {
      name: 'predloga-akcijskega-nacrta.md',
      text: `# Akcijski načrt digitalne strategije – predloga za eno šolsko leto

**Šola:** ____________  **Šolsko leto:** ____________  **Vodja razvojnega tima:** ____________

**Izhodišče (samoevalvacija SELFIE, datum izvedbe):** ____________

**Vizija (največ tri stavki):** ____________

## Cilji in ukrepi

| Cilj | Področje SELFIE | Ukrep | Nosilec | Rok | Kazalnik | Vir sredstev | Stanje |
|---|---|---|---|---|---|---|---|
| 1. | | | | | | | |
| | | | | | | | |
| 2. | | | | | | | |
| 3. | | | | | | | |

Stanje: **zeleno** – izvedeno, **rumeno** – v teku, **rdeče** – zastalo (zapišite razlog).

## Primer izpolnjene vrstice

| Cilj | Področje SELFIE | Ukrep | Nosilec | Rok | Kazalnik | Vir sredstev | Stanje |
|---|---|---|---|---|---|---|---|
| Učenci pri pouku sodelujejo s pomočjo digitalnih orodij | Pedagogika: izvajanje v razredu | Vsak aktiv izvede vsaj dve uri s skupnim urejanjem dokumenta v spletni učilnici | vodje aktivov | 31. 3. | Povprečje učencev pri trditvi o sodelovanju se ob ponovitvi SELFIE zviša za 0,3 | ni potreben | rumeno |

## Navodila
1. **Največ pet ciljev.** Vse ostalo zapišite v prilogo »kasneje«.
2. **Nosilec je oseba ali jasno določena skupina**, ne »vsi učitelji«.
3. **Kazalnik naj bo preverljiv:** število, trditev iz SELFIE, izdelek (npr. objavljen primer dobre prakse) ali opažanje ob hospitaciji.
4. **Vir sredstev:** proračun šole, sredstva ustanovitelja, projekt ali »ni potreben«. Če vira ni, ukrep letos ni realen.
5. **Pregled:** ob koncu vsakega ocenjevalnega obdobja na 20-minutnem sestanku tima. Najprej obravnavajte rdeča polja in zapišite razlog (čas, denar, znanje, oprema).

## Evalvacija ob koncu leta
- Koliko ukrepov je zelenih, rumenih in rdečih?
- Kateri kazalnik se je izkazal za neuporabnega in zakaj?
- Katera ovira se je ponavljala?
- Kaj prenesemo v naslednje leto in kaj opustimo?

## Iz prakse
Prva različica našega načrta je imela 27 ukrepov na 14 straneh in je ni nihče prebral. Po skrajšanju na šest ukrepov, obešenih v zbornici, je bilo ob koncu leta zelenih pet. Predlogo lahko prosto prilagodite; prosimo, da navedete vir.
`,
    },
    tags: ['akcijski načrt', 'predloga', 'digitalna strategija', 'kazalniki'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.1', '1.4'],
    digComp: [],
  },
  {
    key: 'res-08',
    author: 'teacher-si-2',
    kind: 'self-assessment-guide',
    language: 'sl',
    title: 'Samorefleksija učitelja po okviru DigCompEdu – vprašanja za pogovor s kolegom',
    description:
      'Kratek list z osmimi vprašanji po šestih področjih okvira DigCompEdu in lestvico od A1 do C2, namenjen pogovoru v paru. Zasnovan po vzoru samorefleksije DigCompEdu in SELFIE za učitelje, a za 45-minutni pogovor, ne za oddajo vodstvu.',
    licence: 'cc-by-nc-sa-4.0',
    file: {
      name: 'samorefleksija-digcompedu-pogovor-v-paru.md',
      text: `# Samorefleksija po okviru DigCompEdu – pogovor v paru

List je namenjen učiteljem, ki želijo razmisliti o svoji digitalni kompetentnosti, ne da bi izpolnjevali dolg vprašalnik. Zasnovan je po vzoru samorefleksije DigCompEdu in orodja SELFIE za učitelje, a je krajši in namenjen pogovoru s kolegom, ki mu zaupate. Vzemite si 45 minut.

## Lestvica
Pri vsakem vprašanju izberite stopnjo, ki najbolje opisuje vašo **običajno** prakso, ne najboljše ure v letu:
- **A1 (Newcomer)** – zavedam se možnosti, a jih še nisem preizkusil(-a).
- **A2 (Explorer)** – preizkusil(-a) sem in občasno uporabljam.
- **B1 (Integrator)** – uporabljam redno in na različne načine.
- **B2 (Expert)** – premišljeno izbiram in prilagajam glede na namen.
- **C1 (Leader) in C2 (Pioneer)** – kritično razmišljam, delim z drugimi, razvijam nove pristope.

## Vprašanja
**Poklicno delovanje**
1. Kako uporabljam digitalne kanale za sodelovanje s kolegi in starši? (1.1, 1.2)
2. Kdaj sem nazadnje spremenil(-a) svoje delo na podlagi izkušnje drugega učitelja? (1.3, 1.4)

**Digitalni viri**
3. Kako izbiram in prilagajam digitalna gradiva? Ali preverim licenco, preden gradivo delim? (2.1, 2.2, 2.3)

**Poučevanje in učenje**
4. Ali učenci pri mojih urah z digitalno tehnologijo ustvarjajo in sodelujejo – ali samo gledajo? (3.1, 3.3)
5. Kako spremljam in usmerjam samostojno učenje učencev? (3.2, 3.4)

**Vrednotenje**
6. Kako zbiram dokaze o napredku učencev in kako jim dajem povratno informacijo? (4.1, 4.2, 4.3)

**Opolnomočenje učencev**
7. Kako poskrbim, da digitalne dejavnosti ne izključijo učencev brez ustrezne naprave doma ali z učnimi težavami? (5.1, 5.2)

**Digitalne kompetence učencev**
8. Kdaj sem nazadnje načrtno učil(-a) preverjanje virov, varno rabo ali reševanje tehničnih težav? (6.1–6.5)

## Potek pogovora
1. Vsak sam odgovori in označi stopnjo (15 minut).
2. Kolega vam pri dveh najvišje in dveh najnižje ocenjenih odgovorih postavi podvprašanje: »Kako je to videti v razredu?« (20 minut).
3. Izberite **eno** področje za naslednje ocenjevalno obdobje in zapišite en konkreten korak (10 minut).

## Opozorilo
Stopnje niso ocena. List ni namenjen vodstvu šole in ga ne oddajate. Na naši šoli smo ga prvič poskusili kot obvezno prilogo letnemu razgovoru – odgovori so bili lepši od resničnosti in pogovori prazni. Ko je postal prostovoljen in zaupen, ga je v enem letu uporabilo 19 od 34 učiteljev.
`,
    },
    tags: ['digcompedu', 'samorefleksija', 'selfie za učitelje', 'kolegialna podpora', 'profesionalni razvoj'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.3', '1.4', '2.1', '3.1', '4.3', '5.1', '6.4'],
    digComp: [],
  },
  {
    key: 'res-09',
    author: 'organiser-si',
    kind: 'training-material',
    language: 'sl',
    title: 'Scenarij srečanja učne skupnosti (90 minut)',
    description:
      'Preizkušen potek srečanja učne skupnosti šol, ki pripravljajo digitalne strategije: krog, kratke predstavitve, delo v parih po metodi kritičnega prijatelja in dogovor o tem, kaj vsak preizkusi do naslednjič. Z opisom tega, kar se ni obneslo.',
    licence: 'cc-by-4.0',
    file: {
      name: 'scenarij-srecanja-ucne-skupnosti.md',
      text: `# Srečanje učne skupnosti – scenarij za 90 minut

Scenarij smo preizkusili na spletnih srečanjih in srečanjih v živo učnih skupnosti šol, ki pripravljajo digitalne strategije. Primeren je za 8–20 udeležencev in enega moderatorja.

## Pred srečanjem
- Teden prej pošljite vprašanje za razmislek in prosite udeležence, naj prinesejo en konkreten primer (tabelo, kazalnik, gradivo), tudi nedokončan.
- Dogovorite se z 2–3 udeleženci za kratke predstavitve po pet minut.
- Pri spletnem srečanju vnaprej pripravite sobe za delo v parih ali trojkah.

## Potek

| Čas (min) | Dejavnost | Namen |
|---|---|---|
| 0–10 | Krog »Kje smo?« – vsak eno minuto | vsi spregovorijo že na začetku |
| 10–30 | Tri predstavitve po 5 minut in 2 minuti vprašanj | konkretni primeri iz šol |
| 30–60 | Delo v parih po metodi kritičnega prijatelja: eden predstavi svoj problem, drugi najprej samo sprašuje, nato predlaga | poglobljen razmislek |
| 60–75 | Skupni povzetek: kaj je uporabno za vse | prenos |
| 75–85 | Dogovor: kaj vsak preizkusi do naslednjega srečanja | zaveza |
| 85–90 | Kratka evalvacija – ena vrstica v klepetu | izboljšanje srečanj |

## Vloga moderatorja
- Drži čas, a dovoli, da pomembna razprava traja dlje – raje skrajša povzetek.
- Spodbuja deljenje neuspehov z vprašanjem: »Kaj ni šlo po načrtu in zakaj?«
- Zapiše dogovore in jih v dveh dneh objavi v niti skupnosti.
- Pazi, da nihče ne deli osebnih podatkov učencev ali poročil z imeni oddelkov.

## Kaj se ni obneslo
- **Predolge predstavitve.** Ko smo dopustili 15 minut, je za delo v parih ostalo premalo časa.
- **Snemanje vsega.** Udeleženci so bili pri delu v parih zadržani; zdaj snemamo samo predstavitve.
- **Srečanja brez naloge.** Brez dogovora »kaj preizkusim do naslednjič« se je udeležba po treh mesecih prepolovila.
- **Preveliki skupini.** Pri več kot 25 udeležencih krog traja predolgo; razdelite jih v dve sobi z ločenima moderatorjema.

## Po srečanju
Objavite zapisnik z dogovori, gradiva predstavljavcev (z licenco) in datum naslednjega srečanja. Naslednje srečanje začnite s krogom »Kaj sem preizkusil(-a) in kaj se je zgodilo?«.
`,
    },
    tags: ['učna skupnost', 'srečanje', 'kritični prijatelj', 'moderiranje', 'kolegialno učenje'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.2', '1.3', '1.4'],
    digComp: [],
  },
  {
    key: 'res-10',
    author: 'moderator-si',
    kind: 'handbook',
    language: 'sl',
    title: 'Fotografije učencev na spletu in varstvo osebnih podatkov – kratek vodnik za šole',
    description:
      'Praktičen povzetek izkušenj šol: kako oblikovati privolitev po namenih, kaj preveriti pred vsako objavo, kaj narediti ob preklicu in kako ravnati pri polnoletnih dijakih. Ne nadomešča nasveta pooblaščene osebe za varstvo osebnih podatkov.',
    licence: 'cc-by-4.0',
    file: {
      name: 'fotografije-ucencev-varstvo-podatkov.md',
      text: `# Fotografije učencev na spletu in varstvo osebnih podatkov – kratek vodnik

*Vodnik je praktičen povzetek izkušenj šol in ne nadomešča nasveta pooblaščene osebe za varstvo osebnih podatkov vaše šole.*

Fotografija, na kateri je učenec prepoznaven, je osebni podatek. Za objavo na spletni strani, v družbenih omrežjih ali v tiskanih publikacijah šola praviloma potrebuje privolitev staršev oziroma učenca, kadar lahko odloča sam. Upoštevati je treba Splošno uredbo o varstvu podatkov (GDPR) in Zakon o varstvu osebnih podatkov (ZVOP-2).

## Dobra privolitev
- **Ločeni nameni:** spletna stran šole, profili šole na družbenih omrežjih, letopis, lokalni mediji, posnetki pouka v zaprti spletni učilnici. Vsak namen ima svoje okence.
- **Jasen jezik:** brez splošnih formulacij, kot je »šolske publikacije«.
- **Preklic:** navedite, komu in kako lahko starši privolitev kadar koli prekličejo.
- **Trajanje:** zapišite, koliko časa bodo fotografije objavljene ali shranjene (npr. arhiv spletne strani tri leta).

## Pred vsako objavo
1. Preverite seznam privolitev za oddelek. Seznam naj bo dostopen učiteljem, ki objavljajo, ne vsem zaposlenim.
2. Če za katerega od učencev privolitve ni, izberite drugo fotografijo ali posnetek, na katerem ni prepoznaven (od zadaj, izdelek, roke).
3. Imen in priimkov ne objavljajte skupaj s fotografijo, razen kadar je to namen objave (npr. podelitev priznanj) in je to zajeto v privolitvi.
4. Fotografije hranite v šolskem sistemu, ne na zasebnih telefonih.

## Ko nekdo privolitev prekliče
- Obvestite pooblaščeno osebo za varstvo osebnih podatkov.
- Fotografije umaknite s kanalov, ki jih upravlja šola. Zelo pomaga notranji seznam objav z datumom in oddelkom.
- Preklic ne pomeni, da so bile prejšnje objave nezakonite – pomeni pa, da fotografij od preklica naprej ne smete več uporabljati.

## Polnoletni dijaki
Ko dijak postane polnoleten, o svojih podatkih odloča sam. Preprosta praksa: na začetku zadnjega letnika privolitev pridobite neposredno od dijakov.

## Kaj se je izkazalo v praksi
Na šolah, ki so obrazec razdelile po namenih, je bilo zavrnitev malo – približno 10–15 % pri družbenih omrežjih in skoraj nič pri spletni strani šole –, vprašanj in pritožb staršev pa bistveno manj kot pri enotni splošni privolitvi. Največ dela je bilo s prvim pregledom arhiva; šole, ki so hkrati uvedle notranji seznam objav, so pozneje posamezen preklic uredile v nekaj minutah.
`,
    },
    tags: ['varstvo osebnih podatkov', 'gdpr', 'fotografije', 'privolitev', 'spletna stran šole'],
    relatedPracticeKeys: [],
    digCompEdu: ['2.3'],
    digComp: ['4.2'],
  },
  // ---------------------------------------------------------------------------
  // Polish local-government (JST) documents
  // ---------------------------------------------------------------------------
  {
    key: 'res-11',
    author: 'organiser-pl',
    kind: 'tool',
    language: 'pl',
    title: 'Szablon planu cyfryzacji oświaty w gminie',
    description:
      'Struktura planu cyfryzacji oświaty dla gminy lub powiatu: diagnoza, cele na trzy lata, działania z kosztami i źródłami finansowania, wskaźniki na trzech poziomach (zasoby, kompetencje, praktyka), zarządzanie planem i ryzyka.',
    licence: 'cc-by-4.0',
    file: {
      name: 'szablon-planu-cyfryzacji-oswiaty-w-gminie.md',
      text: `# Plan cyfryzacji oświaty w gminie – szablon

Szablon powstał na podstawie planów przygotowywanych przez gminy i powiaty wymieniające się doświadczeniami w grupach JST. Jest przeznaczony dla zespołu, w którym pracują: przedstawiciel wydziału edukacji lub CUW, 2–3 dyrektorów szkół i informatyk. Docelowa objętość: 6–10 stron plus załączniki.

## 1. Diagnoza (1–2 strony)
- Liczba szkół i przedszkoli, uczniów, nauczycieli.
- Infrastruktura: łącze w każdej szkole, sieć wewnętrzna, liczba sprawnych urządzeń na ucznia i nauczyciela, wiek sprzętu.
- Serwis: kto naprawia, średni czas od zgłoszenia do naprawy.
- Kompetencje: wyniki autodiagnozy (np. SELFIE w szkołach, ankieta wśród nauczycieli), liczba ukończonych szkoleń w ostatnich dwóch latach.
- Bezpieczeństwo i ochrona danych: inspektor ochrony danych, polityki, kopie zapasowe, konta uczniów.

## 2. Cele na trzy lata (1 strona)
Nie więcej niż pięć celów, każdy w jednym zdaniu, np.: „Każda szkoła ma działającą sieć bezprzewodową we wszystkich salach lekcyjnych, a czas naprawy awarii nie przekracza 5 dni roboczych”.

## 3. Działania i harmonogram

| Cel | Działanie | Odpowiedzialny | Termin | Koszt | Źródło finansowania | Wskaźnik |
|---|---|---|---|---|---|---|
| | | | | | | |

Przy źródłach finansowania (budżet gminy, programy rządowe, fundusze europejskie) zaznacz, które są pewne, a które zależą od naboru.

## 4. Wskaźniki na trzech poziomach
1. **Zasoby** – np. odsetek sal z dostępem do sieci, liczba urządzeń objętych systemem zarządzania (MDM).
2. **Kompetencje** – np. odsetek nauczycieli, którzy ukończyli szkolenie i po trzech miesiącach potwierdzili w ankiecie, że zastosowali je na lekcji.
3. **Praktyka** – np. liczba szkół, które przeprowadziły autodiagnozę i na jej podstawie zaktualizowały swój szkolny plan.

## 5. Zarządzanie planem
- Kto zbiera dane i kiedy (np. raz na semestr).
- Raport dla rady gminy raz w roku – na jednej stronie, ze wskaźnikami ze wszystkich trzech poziomów.
- Przegląd planu po roku: co usuwamy, co dodajemy, co przesuwamy.

## 6. Ryzyka
Wpisz 3–5 ryzyk i sposób reakcji, np.: brak informatyka w szkole, opóźnienie naboru, odejście kluczowej osoby, niezgodność sprzętu z platformą, na której pracuje szkoła.

## Najczęstsze błędy
- Plan pisany bez dyrektorów szkół – kończy się listą zakupów.
- Brak kosztów utrzymania: licencje, serwis, wymiana baterii po 3–4 latach.
- Wskaźniki wyłącznie na poziomie zasobów – radni słusznie pytają „i co z tego?”.
`,
    },
    tags: ['plan cyfryzacji', 'gmina', 'jst', 'wskaźniki', 'szablon'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: [],
  },
  {
    key: 'res-12',
    author: 'moderator-pl',
    kind: 'handbook',
    language: 'pl',
    title: 'Jak prowadzić spotkanie Grupy Wymiany Doświadczeń – przewodnik moderatora',
    description:
      'Praktyczny przewodnik dla moderatorów GWD: przygotowanie, dwugodzinna agenda, zasady ogłaszane na początku, techniki (pytanie „ile?”, krytyczny przyjaciel, rotacja notatek) oraz błędy, których warto unikać.',
    licence: 'cc-by-sa-4.0',
    file: {
      name: 'przewodnik-moderatora-gwd.md',
      text: `# Spotkanie Grupy Wymiany Doświadczeń – przewodnik dla moderatora

Grupa Wymiany Doświadczeń (GWD) to stała grupa 10–20 osób z różnych JST, która spotyka się regularnie, żeby uczyć się od siebie nawzajem. Moderator nie jest wykładowcą – jego zadaniem jest sprawić, żeby uczestnicy mówili o konkretach, także o porażkach.

## Przed spotkaniem (dwa tygodnie wcześniej)
- Zbierz od uczestników tematy i pytania – w wątku grupy albo w krótkiej ankiecie.
- Wybierz jeden temat główny i 2–3 prezentacje praktyk po 10 minut. Poproś prezentujących o liczby: koszty, terminy, liczba szkół.
- Wyślij agendę z godzinami i informacją, czy spotkanie będzie nagrywane.

## Przebieg (2 godziny)

| Czas | Blok |
|---|---|
| 0:00–0:15 | Runda otwierająca: „co zmieniło się u mnie od ostatniego spotkania” |
| 0:15–0:55 | Prezentacje praktyk i pytania |
| 0:55–1:05 | Przerwa |
| 1:05–1:40 | Warsztat w małych grupach wokół tematu głównego |
| 1:40–1:55 | Wnioski z grup |
| 1:55–2:00 | Zadania do następnego spotkania |

## Zasady, które warto ogłosić na początku
1. Mówimy o faktach i liczbach.
2. To, co nie wyszło, jest równie cenne jak sukces.
3. Nie cytujemy wypowiedzi poza grupą z nazwiskiem bez zgody autora.
4. Nie pokazujemy danych osobowych ani treści ofert z postępowań.

## Techniki, które działają
- **Pytanie „ile?”** – po każdej prezentacji: ile kosztowało, ile trwało, ile osób było zaangażowanych.
- **Krytyczny przyjaciel** – osoba z problemem mówi przez 3 minuty, pozostali przez 5 minut tylko zadają pytania, dopiero potem podsuwają pomysły.
- **Rotacja notatek** – każde spotkanie notuje inna osoba; moderator publikuje notatkę w ciągu dwóch dni.

## Czego unikać
- Agendy przeładowanej prezentacjami – z pięciu zgłoszonych praktyk realnie starcza czasu na dwie, najwyżej trzy.
- Nagrywania całości – uczestnicy przestają mówić o problemach.
- Spotkań bez zadań – zaangażowanie spada po 2–3 miesiącach.

## Po spotkaniu
Notatka (maksymalnie jedna strona): liczba obecnych i reprezentowanych JST, wnioski, co nie wyszło, zadania z terminami. Zachęć uczestników do opisania swoich dobrych praktyk samorządowych w repozytorium – wystarczy wersja robocza, którą grupa pomoże dopracować.
`,
    },
    tags: ['grupa wymiany doświadczeń', 'gwd', 'moderacja', 'spotkanie', 'jst'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.2'],
    digComp: ['2.4'],
  },
  {
    key: 'res-13',
    author: 'official-pl-2',
    kind: 'training-material',
    language: 'pl',
    title: 'Zakup sprzętu komputerowego dla szkół – lista kontrolna dla JST',
    description:
      'Lista kontrolna dla wydziałów edukacji i centrów usług wspólnych: od zebrania potrzeb i oszacowania wartości zamówienia, przez opis przedmiotu zamówienia i kryteria, po odbiór, użyczanie uczniom i koszty, o których się zapomina.',
    licence: 'cc-by-4.0',
    file: {
      name: 'zakup-sprzetu-dla-szkol-lista-kontrolna.md',
      text: `# Zakup sprzętu komputerowego dla szkół – lista kontrolna dla JST

Lista dla pracowników wydziałów edukacji i centrów usług wspólnych przygotowujących zakup laptopów, tabletów lub monitorów interaktywnych. Nie zastępuje konsultacji z osobą odpowiedzialną za zamówienia publiczne.

## Zanim oszacujesz wartość
- [ ] Zebrano potrzeby od dyrektorów: ile urządzeń, dla kogo (uczniowie, nauczyciele), do czego.
- [ ] Sprawdzono, w jakim środowisku pracują szkoły (np. Microsoft 365, Google Workspace) i jakie aplikacje są niezbędne.
- [ ] Sprawdzono stan sieci w szkołach – nowe urządzenia bez sprawnego Wi-Fi nie będą używane.
- [ ] Wartość oszacowano łącznie dla zamówień tego samego rodzaju, bez sztucznego dzielenia, i ustalono, czy przekracza próg stosowania ustawy Pzp (130 000 zł netto).

## Opis przedmiotu zamówienia
- [ ] Wydajność opisana wynikiem w ogólnodostępnym teście lub parametrami funkcjonalnymi, bez wskazywania marki i modelu.
- [ ] Określony minimalny czas pracy na baterii – urządzenie ma wytrzymać dzień lekcyjny.
- [ ] Masa i wytrzymałość obudowy dostosowane do wieku uczniów.
- [ ] Gwarancja co najmniej 36 miesięcy, z naprawą w miejscu użytkowania lub odbiorem i zwrotem na koszt wykonawcy.
- [ ] Licencje: system operacyjny, pakiet biurowy, system zarządzania urządzeniami (MDM) – na ile lat.
- [ ] Dostawa ze wstępną konfiguracją (rejestracja w MDM) i etykietami inwentarzowymi.

## Kryteria oceny ofert
- [ ] Oprócz ceny: okres gwarancji, czas naprawy, ewentualnie parametry energetyczne. Przykład z praktyki: cena 60%, gwarancja 20%, czas naprawy 20%.

## Po dostawie
- [ ] Protokół odbioru z testem losowo wybranych urządzeń.
- [ ] Szkolenie dla informatyków i krótka instrukcja dla nauczycieli.
- [ ] Zasady użyczania urządzeń uczniom: umowa, odpowiedzialność za uszkodzenia, zwrot i usuwanie danych.
- [ ] Wpis do ewidencji środków trwałych lub wyposażenia.

## Koszty, o których się zapomina
- Odnowienie licencji po trzech latach.
- Wymiana baterii po 3–4 latach.
- Czas pracy informatyka na konfigurację i obsługę zgłoszeń.
- Ubezpieczenie sprzętu użyczanego uczniom.

## Z doświadczeń grupy
W jednej z gmin pominięto wymagania dotyczące baterii – laptopy rozładowywały się po czterech godzinach lekcji i trzeba było dokupić szafki z ładowaniem. W innej kupiono urządzenia niezgodne z platformą, na której pracowała szkoła. Obu błędów można było uniknąć, rozmawiając z dyrektorami przed napisaniem OPZ.
`,
    },
    tags: ['zamówienia publiczne', 'zakup sprzętu', 'laptopy', 'jst', 'lista kontrolna'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: ['5.2'],
  },
  {
    key: 'res-14',
    author: 'organiser-pl',
    kind: 'tool',
    language: 'pl',
    title: 'Jak opisać dobrą praktykę samorządową – formularz z podpowiedziami',
    description:
      'Podpowiedzi do każdego pola opisu praktyki w repozytorium: od tytułu i streszczenia, przez wdrożenie i potrzebne zasoby, po obowiązkowe pole „trudności” i warunki przeniesienia do innej JST.',
    licence: 'cc0-1.0',
    file: {
      name: 'opis-dobrej-praktyki-samorzadowej.md',
      text: `# Jak opisać dobrą praktykę samorządową – formularz z podpowiedziami

Dobry opis praktyki pozwala innej gminie lub powiatowi w 5 minut ocenić, czy warto się nią zainteresować, a w 30 minut – jak ją powtórzyć. Poniższe pola odpowiadają strukturze opisu praktyki w repozytorium.

**Tytuł** (do 110 znaków) – co zrobiono i gdzie. Źle: „Cyfrowa szkoła”. Dobrze: „Wspólny serwis sprzętu komputerowego dla 4 szkół gminy prowadzony przez CUW”.

**Streszczenie** (2–3 zdania) – problem, rozwiązanie i najważniejszy efekt w liczbach.

**Wyzwanie** – jaki problem rozwiązywaliście? Podaj stan wyjściowy, np. średni czas naprawy 11 dni roboczych, 30% urządzeń niesprawnych.

**Opis** – na czym polega praktyka, kto w niej uczestniczy, jaka jest rola JST, a jaka szkół.

**Wdrożenie** – kroki w kolejności, najlepiej jako lista numerowana, z datami.

**Potrzebne zasoby** – koszty jednorazowe i roczne, etaty lub godziny pracy, sprzęt, licencje, wsparcie zewnętrzne.

**Efekty** – co się zmieniło i skąd to wiecie (ankieta, dane z systemu zgłoszeń, wyniki autodiagnozy, opinie dyrektorów). Oddzielcie fakty od wrażeń.

**Trudności** – pole obowiązkowe. Co nie zadziałało, co trzeba było zmienić, co zrobilibyście inaczej. To najczęściej czytana część opisu.

**Warunki przeniesienia** – czego potrzebuje inna JST, żeby to powtórzyć: wielkość, struktura (np. czy ma CUW), budżet, kompetencje pracowników.

**Wnioski** – 3–5 zdań dla kogoś, kto dopiero zaczyna.

**Klasyfikacja** – typ praktyki (np. plan cyfryzacji, szkolenie, e-szkolenie, grupa wymiany doświadczeń), etap (pomysł, wdrożenie, ewaluacja, upowszechnianie), grupy docelowe, kompetencje z ram DigCompEdu lub DigComp.

## Wskazówki
- Piszcie tak, jakbyście opowiadali koledze z sąsiedniej gminy, a nie jak w sprawozdaniu.
- Liczby zawsze z jednostką i datą.
- Nie wpisujcie danych osobowych ani nazw firm, jeśli nie jest to konieczne.
- Dołączcie 1–2 dokumenty (np. wzór umowy, harmonogram) z licencją pozwalającą na ponowne wykorzystanie.
- Jeśli praktyka jest w toku, zapiszcie wersję roboczą – grupa pomoże ją dopracować, a recenzent podpowie, czego brakuje.

## Najczęstsze uwagi recenzentów
Brak kosztów utrzymania, efekty bez źródła danych, puste pole „trudności” („nie było trudności”) oraz opis, który nie mówi, kto w urzędzie był odpowiedzialny za praktykę.
`,
    },
    tags: ['dobre praktyki', 'opis praktyki', 'jst', 'formularz', 'repozytorium'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.2'],
    digComp: ['3.1'],
  },
  {
    key: 'res-15',
    author: 'official-pl-3',
    kind: 'e-training',
    language: 'pl',
    title: 'E-szkolenie „Bezpieczny sekretariat szkoły” – program czterech modułów',
    description:
      'Program e-szkolenia w tempie własnym dla pracowników sekretariatów szkół i CUW: phishing, dane osobowe w codziennej pracy, hasła i konta, postępowanie przy incydencie. Z wynikami pilotażu w 12 szkołach powiatu.',
    licence: 'cc-by-nc-4.0',
    file: {
      name: 'e-szkolenie-bezpieczny-sekretariat.md',
      text: `# E-szkolenie „Bezpieczny sekretariat szkoły” – program i założenia

**Dla kogo:** pracownicy sekretariatów i administracji szkół oraz przedszkoli, pracownicy CUW obsługujący placówki.
**Forma:** e-szkolenie w tempie własnym, 4 moduły po ok. 20 minut, test końcowy (10 pytań), zaświadczenie.
**Wymagania:** komputer z przeglądarką i konto na platformie e-learningowej powiatu.

## Cele
Po szkoleniu uczestnik:
- rozpoznaje typowe próby wyłudzenia danych kierowane do szkół, np. „pilna faktura” czy „zmiana numeru konta dostawcy”;
- bezpiecznie przekazuje dokumenty zawierające dane osobowe uczniów i pracowników;
- stosuje silne hasła i uwierzytelnianie wieloskładnikowe;
- wie, komu i jak zgłosić incydent.

## Moduły
1. **Poczta elektroniczna i phishing** – sześć zanonimizowanych wiadomości, które naprawdę trafiły do szkół w powiecie; ćwiczenie „znajdź trzy sygnały ostrzegawcze”.
2. **Dane osobowe w codziennej pracy** – szyfrowanie załączników, udostępnianie zamiast wysyłania, czego nie wysyłać z prywatnej poczty, rola inspektora ochrony danych.
3. **Hasła i konta** – menedżer haseł, uwierzytelnianie dwuskładnikowe, wspólne konta w sekretariacie i dlaczego to zły pomysł.
4. **Incydent – co robić** – pierwsze 15 minut: odłącz, zgłoś, nie usuwaj; ścieżka zgłoszenia w powiecie; krótka symulacja.

## Ewaluacja
- Ukończenie modułów i wynik testu (próg: 8 na 10).
- Po sześciu tygodniach: krótka ankieta „co zmieniło się w Twojej pracy?” oraz liczba zgłoszeń podejrzanych wiadomości do informatyka.

## Czego nauczył nas pilotaż
W pilotażu w 12 szkołach szkolenie rozpoczęło 58 osób, a ukończyło 41 (71%). Najwięcej osób rezygnowało w module 2 – trwał 35 minut, więc podzieliliśmy go na dwie części. Liczba zgłoszeń podejrzanych wiadomości do informatyka w ciągu dwóch miesięcy po szkoleniu wzrosła z 3 do 17.

Najważniejsza lekcja: szkolenie musi odbywać się w czasie pracy. W szkołach, w których dyrektor wyznaczył na nie konkretną godzinę w tygodniu, ukończyli je prawie wszyscy; tam, gdzie „można w wolnej chwili”, mniej niż połowa.

## Licencja
Program i scenariusze ćwiczeń można wykorzystywać w celach niekomercyjnych z podaniem źródła (CC BY-NC 4.0).
`,
    },
    tags: ['cyberbezpieczeństwo', 'e-szkolenie', 'phishing', 'rodo', 'sekretariat szkoły'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: ['2.1', '4.1', '4.2'],
  },
];
