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
      'Seznam 20 vprašanj za šolski razvojni tim, s katerim pred obravnavo na učiteljskem zboru in ob koncu šolskega leta preveri, ali ima digitalna strategija šole izhodišče, realen akcijski načrt in spremljanje.',
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
  // ---------------------------------------------------------------------------
  // Swedish school documents and link
  // ---------------------------------------------------------------------------
  {
    key: 'res-16',
    author: 'moderator-se',
    kind: 'self-assessment-guide',
    language: 'sv',
    title: 'Checklista för uppföljning av digitaliseringsarbetet på skolenheten',
    description:
      'En terminsvis checklista för rektor och ledningsgrupp, ordnad efter den nationella digitaliseringsstrategins tre fokusområden. Tänkt att ingå i det systematiska kvalitetsarbetet så att uppföljningen kan jämföras över tid och mellan skolor.',
    licence: 'cc-by-4.0',
    file: {
      name: 'checklista-uppfoljning-digitalisering-skolenhet.md',
      text: `# Checklista för uppföljning av digitaliseringsarbetet på skolenheten

Checklistan används av rektor och ledningsgrupp en gång per termin, som en del av det systematiska kvalitetsarbetet. Den följer de tre fokusområdena i den nationella digitaliseringsstrategin för skolväsendet, så att uppföljningen kan jämföras över tid och mellan skolor hos samma huvudman.

Markera **ja**, **delvis** eller **nej** och skriv en kort kommentar om vad som ligger bakom.

## 1. Digital kompetens för alla i skolväsendet
- [ ] Vi vet hur stor andel av eleverna i åk 3, 6 och 9 som självständigt kan logga in, spara, hitta och dela sina filer.
- [ ] Undervisningen i källkritik, programmering och säker användning är planerad – vi vet i vilka ämnen och årskurser.
- [ ] Alla lärare har under läsåret fått fortbildning kopplad till ett identifierat behov (t.ex. från LIKA eller SELFIE for Teachers).
- [ ] Även fritidshemmets personal och elevassistenterna ingår i kompetensutvecklingen.
- [ ] Ledningen har avsatt tid för kollegialt lärande om digitala verktyg i undervisningen.

## 2. Likvärdig tillgång och användning
- [ ] Alla elever har tillgång till en fungerande enhet när undervisningen kräver det.
- [ ] Elever i behov av stöd har tillgång till de digitala verktyg som har beslutats som extra anpassningar (t.ex. talsyntes), och verktygen fungerar.
- [ ] Vi vet hur lång tid det tar från felanmälan till åtgärd.
- [ ] Vi har en medveten balans mellan tryckta läromedel och digitala resurser per årskurs, och vårdnadshavarna känner till den.

## 3. Forskning och uppföljning kring digitaliseringens möjligheter
- [ ] Vi har valt 2–3 mått som vi följer varje termin (inte bara antal enheter).
- [ ] Resultaten diskuteras med personalen, med tid för samtal – de presenteras inte bara.
- [ ] Vi har prövat minst en förändring i undervisningen och följt upp effekten.

## Så använder ni resultatet
1. Välj högst två punkter med **nej** som ni prioriterar nästa termin.
2. Skriv för varje punkt vem som ansvarar och hur ni ska veta att något har förändrats.
3. Spara checklistan – nästa termin jämför ni med samma frågor.

## Erfarenheter
Skolor som använde checklistan under ett läsår berättade att frågan om tiden från felanmälan till åtgärd oftast ledde till snabb förbättring. Svårast att besvara var frågan om elevernas förmåga att hantera sina filer – det gick först när lärarna gav eleverna en kort, gemensam uppgift i åk 3, 6 och 9 och noterade resultatet.
`,
    },
    tags: ['uppföljning', 'digitaliseringsstrategi', 'systematiskt kvalitetsarbete', 'checklista', 'likvärdighet'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.4', '5.1', '6.4'],
    digComp: [],
  },
  {
    key: 'res-17',
    author: 'headteacher-se-1',
    kind: 'training-material',
    language: 'sv',
    title: 'Papper, skärm och varför – planeringsunderlag per årskurs för arbetslag',
    description:
      'Ett underlag i fyra steg för arbetslag som vill göra en medveten och kommunicerbar plan för när eleverna arbetar med tryckta läromedel och när de arbetar digitalt – med en tabell per årskurs att visa för vårdnadshavare.',
    licence: 'cc-by-sa-4.0',
    file: {
      name: 'papper-skarm-och-varfor.md',
      text: `# Papper, skärm och varför – underlag för arbetslag

Underlaget hjälper ett arbetslag att göra en medveten plan för när eleverna arbetar med tryckta läromedel och penna och när de arbetar digitalt. Resultatet blir en tabell per årskurs som kan visas för vårdnadshavare. Räkna med två träffar på sammanlagt ungefär två timmar.

## Steg 1: Inventera (30 min)
Varje lärare listar de vanligaste arbetsformerna under en vanlig vecka i sina ämnen och markerar **papper**, **digitalt** eller **båda**.

## Steg 2: Motivera (30 min)
För varje digitalt moment:
- Vilket syfte eller centralt innehåll i kursplanen stöder det?
- Vad kan eleven göra digitalt som inte går lika bra på papper – redigera, samarbeta i realtid, programmera, granska källor på nätet, använda talsyntes?
- Finns det en risk att verktyget tar uppmärksamheten från själva lärandet?

För varje pappersmoment:
- Är det ett medvetet val, till exempel handskrift i den tidiga skrivinlärningen eller läsning av längre texter, eller är det en vana?

## Steg 3: Sammanställ (20 min)

| Årskurs | Främst på papper | Främst digitalt | Varför |
|---|---|---|---|
| F–3 | läs- och skrivinlärning, matematik med konkret material | programmering med enkla robotar, inspelning av muntliga redovisningar | handskrift stöder tidig läs- och skrivutveckling; digitalt när eleverna skapar och samarbetar |
| 4–6 | | | |
| 7–9 | | | |

## Steg 4: Kommunicera
- Visa tabellen på föräldramötet med ett konkret exempel per årskurs.
- Skilj tydligt på digitala verktyg i undervisningen och skärmtid eller mobiler på fritiden.
- Förklara att elever som behöver digitala hjälpmedel alltid får dem, oavsett huvudregeln.

## Fallgropar vi har sett
- **Tabellen blir en lista med appar.** Fokusera på arbetsformer, inte produkter.
- **Arbetslaget blir inte överens.** Det är inget misslyckande utan ett bra underlag för ett samtal med rektor.
- **Tabellen görs en gång och glöms bort.** Gå igenom den vid varje läsårsstart.

## Så gick det hos oss
På vår skola gjorde sex arbetslag tabellen under en studiedag. På höstens föräldramöten kom betydligt färre frågor om ”skärmar hela dagen”, och de frågor som kom handlade om konkreta moment – vilket var lättare att svara på.
`,
    },
    tags: ['läromedel', 'digitala verktyg', 'vårdnadshavare', 'arbetslag', 'balans'],
    relatedPracticeKeys: [],
    digCompEdu: ['2.1', '3.1', '5.1'],
    digComp: [],
  },
  {
    key: 'res-18',
    author: 'organiser-se',
    kind: 'link',
    language: 'sv',
    title: 'Skolverket: Våra insatser för skolans digitalisering',
    description:
      'Skolverkets översikt över myndighetens arbete med skolans digitalisering, med bakgrund om den nationella digitaliseringsstrategin för skolväsendet och dess tre fokusområden samt den nationella handlingsplanen som SKR tog fram.',
    licence: 'all-rights-reserved',
    url: 'https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/vara-insatser-for-skolans-digitalisering',
    tags: ['skolverket', 'digitaliseringsstrategi', 'handlingsplan', 'skolväsendet'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.4'],
    digComp: [],
  },
  // ---------------------------------------------------------------------------
  // Public administration: e-trainings and self-assessment
  // ---------------------------------------------------------------------------
  {
    key: 'res-19',
    author: 'moderator-pa',
    kind: 'training-material',
    language: 'en',
    title: 'Self-paced e-trainings for civil servants – completion and transfer checklist',
    description:
      'What training units changed to raise completion of self-paced e-trainings and, more importantly, transfer to everyday work: target groups and DigComp competences, 10–15-minute modules, protected learning time, transfer tasks and what to report to management.',
    licence: 'cc-by-4.0',
    file: {
      name: 'e-training-completion-transfer-checklist.md',
      text: `# Self-paced e-trainings for civil servants – completion and transfer checklist

Self-paced e-trainings are the cheapest way to reach thousands of public servants, and also the format with the lowest completion. This checklist collects what training units in several administrations changed to raise completion and, more importantly, transfer to everyday work. Use it when designing a new course or revising an old one.

## Before enrolment
- [ ] The course targets a specific job group and 1–3 DigComp competences, and says so in its description.
- [ ] Participants see the expected time in minutes, not "approx. 2 hours".
- [ ] Supervisors agree to protected learning time within working hours (e.g. two hours a month in the calendar).
- [ ] Enrolment asks one question: "Which task at work do you want to do better after this course?"

## Course design
- [ ] Modules of 10–15 minutes, each ending with a short practical task, not only a quiz.
- [ ] Examples come from the participants' own systems and documents (anonymised), not from generic office scenarios.
- [ ] Every module works on a standard office computer without extra installation.
- [ ] Accessibility: captions, transcripts, keyboard navigation, sufficient contrast.

## During the course
- [ ] A reminder after seven days of inactivity, written like a message from a person, not a system.
- [ ] An optional 30-minute live Q&A in the middle of the course.
- [ ] Progress visible to the participant; shared with the supervisor only if the participant chooses.

## After the course
- [ ] A transfer task two to four weeks later (e.g. "share a folder with the correct permissions", "report a suspicious e-mail").
- [ ] A three-question survey: Did you use it? What stopped you? What should we change?
- [ ] Completion, transfer-task results and survey answers reviewed after every cycle.

## What to report to management

| Measure | Why |
|---|---|
| Completion rate (enrolled → finished) | needed, but easy to inflate |
| Transfer-task pass rate | shows a change in work |
| Time from first phishing report to block (security courses) | shows organisational learning |
| Share of participants with protected learning time | explains completion |

## Numbers from practice
In one administration, shortening modules and reserving learning time raised completion of self-paced courses from about 40 % to 62 % within a year. In another, completion stayed around 45 %, but 70 % of those who completed passed the transfer task – the figure that secured the next year's budget. What did not work anywhere: certificates alone, and monthly lists of non-completers sent to supervisors, which participants experienced as surveillance.
`,
    },
    tags: ['e-training', 'completion', 'transfer', 'civil servants', 'course design'],
    relatedPracticeKeys: [],
    digCompEdu: ['2.2', '4.1'],
    digComp: ['2.1', '2.2', '4.2'],
  },
  {
    key: 'res-20',
    author: 'moderator-pa',
    kind: 'e-training',
    language: 'sl',
    title: 'E-usposabljanje »Varna raba e-pošte v javni upravi« – zasnova modulov',
    description:
      'Zasnova e-usposabljanja za javne uslužbence s štirimi 20-minutnimi moduli: prepoznavanje phishinga, ukrepanje po kliku, osebni podatki v e-pošti ter gesla in večfaktorska prijava. Z učnimi cilji, vrednotenjem in izkušnjami iz izvedb.',
    licence: 'cc-by-4.0',
    file: {
      name: 'e-usposabljanje-varna-raba-e-poste.md',
      text: `# E-usposabljanje »Varna raba e-pošte v javni upravi« – zasnova modulov

**Ciljna skupina:** javni uslužbenci v državni upravi in občinah, ki pri delu uporabljajo službeno e-pošto.
**Oblika:** samostojno e-učenje, štirje moduli po 20 minut, kratek preizkus znanja ob koncu vsakega modula.
**Povezava z okvirom DigComp 2.2:** 2.1 Interakcija z digitalnimi tehnologijami, 4.1 Varovanje naprav, 4.2 Varovanje osebnih podatkov in zasebnosti.

## Učni cilji
Udeleženec po usposabljanju:
- prepozna značilnosti zlonamernih sporočil (lažni pošiljatelj, pritisk z nujnostjo, nenavadne povezave in priponke);
- ve, kako sumljivo sporočilo prijavi službi za informatiko;
- varno pošilja dokumente z osebnimi podatki (šifriranje, deljenje prek povezave z omejenim dostopom);
- uporablja večfaktorsko prijavo in upravitelja gesel, kjer ju organ omogoča.

## Moduli
1. **Kako prepoznamo phishing** – osem anonimiziranih primerov iz uprave, vaja »poišči tri opozorilne znake«.
2. **Kaj naredim, ko kliknem** – prvih 15 minut: ne brišem, obvestim informatiko, zamenjam geslo; kratka simulacija.
3. **Osebni podatki v e-pošti** – kaj sodi v e-pošto in kaj ne, pošiljanje prek varnega kanala, napačen prejemnik – kaj zdaj.
4. **Gesla in prijava** – večfaktorska prijava, upravitelj gesel, skupni predali in zakaj skupna gesla niso rešitev.

## Vrednotenje
- Preizkusi po modulih (prag 80 %).
- Po šestih tednih: število prijav sumljivih sporočil in, če organ izvaja simulacije, delež klikov.
- Kratka anketa: kaj ste pri svojem delu spremenili?

## Izkušnje iz izvedb
- Prva različica je bila en sam 60-minutni modul – zaključila ga je manj kot polovica prijavljenih. Po razdelitvi na štiri module se je delež zaključenih opazno povečal.
- Napovedane simulacije phishinga z anonimnimi skupnimi rezultati so zaposleni sprejeli veliko bolje kot nenapovedane; v enem organu je delež klikov med dvema simulacijama padel z 19 % na 8 %.
- Udeležence so najbolj prepričali primeri iz lastne organizacije, ne splošni primeri iz bančništva.
- Vodje, ki so za usposabljanje rezervirali čas v koledarju, so imeli skoraj popolno udeležbo.

## Licenca
Zasnovo lahko prosto uporabite in prilagodite z navedbo vira (CC BY 4.0).
`,
    },
    tags: ['e-usposabljanje', 'kibernetska varnost', 'phishing', 'javna uprava', 'e-pošta'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: ['2.1', '4.1', '4.2'],
  },
  {
    key: 'res-21',
    author: 'official-fi-1',
    kind: 'self-assessment-guide',
    language: 'en',
    title: 'DigComp self-assessment in a public-sector team – facilitator guide',
    description:
      'How a training coordinator can run a DigComp 2.2-based self-assessment for a unit of 10–80 people and turn the results into a short training plan: choosing 6–8 competences, writing task-based statements, reading gaps and mapping the training catalogue.',
    licence: 'cc-by-4.0',
    file: {
      name: 'digcomp-self-assessment-facilitator-guide.md',
      text: `# DigComp self-assessment in a public-sector team – facilitator guide

This guide describes how a training coordinator or team leader can run a DigComp-based self-assessment for a unit of 10–80 people and turn the results into a short training plan. Allow about two weeks from invitation to plan.

## 1. Choose the competences
DigComp 2.2 has 21 competences in five areas. Do not ask about all of them. Together with the unit's manager, pick 6–8 that matter for daily work. For a front-office unit, for example:
- 1.2 Evaluating data, information and digital content
- 1.3 Managing data, information and digital content
- 2.1 Interacting through digital technologies
- 2.2 Sharing through digital technologies
- 4.1 Protecting devices
- 4.2 Protecting personal data and privacy
- 5.2 Identifying needs and technological responses

Agree a target proficiency level per job group (e.g. intermediate for case handlers).

## 2. Build the questionnaire
For each competence write two or three statements about concrete tasks in the unit, such as "I can share a folder with an external partner so that they can only view it". Use a four-point scale from "I don't know how" to "I could show a colleague". Keep it under 15 minutes.

## 3. Run it
- Explain in advance that answers are anonymous and reported only for groups of five or more.
- Give a one-week window and time within working hours.
- Expect 60–80 % response if the manager introduces the survey personally, and below 40 % if it arrives as a system e-mail.

## 4. Read the results
- Look at the gap between the target level and the group's median for each competence, not at the overall average.
- Read the comments: "we are not allowed to" points to an organisational problem, not a skills gap.

## 5. From gaps to a training plan
- Map the training catalogue to the selected competences once, in a spreadsheet with columns for course, competences, level, length and format. For about 60 courses this took two people three days.
- Recommend at most two courses per job group, chosen to close the largest gaps.
- Make one course common to everyone if the largest gap is in security.

## 6. Close the loop
Share the group results and the plan with the unit within a month, and repeat the same statements after 12 months. In our first round we waited five months to report back; the second round had half the response rate. A team that sees nothing happen after a self-assessment will not answer honestly the next time.
`,
    },
    tags: ['digcomp', 'self-assessment', 'public administration', 'training needs', 'facilitation'],
    relatedPracticeKeys: [],
    digCompEdu: [],
    digComp: ['1.2', '1.3', '2.1', '2.2', '4.1', '4.2', '5.2'],
  },
  {
    key: 'res-22',
    author: 'admin',
    kind: 'handbook',
    language: 'en',
    title: 'Running a monthly online exchange session – guide for community moderators',
    description:
      'A short guide distilled from the school, municipal and public-administration communities on Praxis: preparing a scheduled room, an agenda that works, recording rules, notes and follow-up, warning signs and multilingual sessions.',
    licence: 'cc-by-4.0',
    file: {
      name: 'monthly-exchange-session-guide.md',
      text: `# Running a monthly online exchange session – guide for community moderators

Monthly online sessions keep a community of practice alive between conferences. This guide sums up what moderators of school, municipal and public-administration communities on Praxis have learnt. It assumes a session of 75–90 minutes with 8–25 participants.

## Two weeks before
- Announce the date in the community and open a scheduled room for it, so that questions can be collected there in advance.
- Ask two or three members to present a concrete case in five to ten minutes, with numbers (cost, time, people) and one thing that did not work.
- Decide what will be recorded. Our rule: presentations yes, small-group work no.

## An agenda that works
1. **Round (10 min)** – everyone says in one sentence what has changed since last time.
2. **Cases (25–30 min)** – short presentations with questions.
3. **Small groups (25–30 min)** – each group works on one real problem brought by a participant; the others ask questions before giving advice.
4. **Harvest (10 min)** – one sentence per group: what can others use?
5. **Commitments (5 min)** – what will I try before the next session?

## During the session
- Keep to time, but cut the harvest rather than a good discussion.
- Watch the chat and answer practical questions there, so the speaker is not interrupted.
- Remind people not to share screenshots with personal data of pupils, clients or colleagues.

## After the session
- Post notes within two days: how many took part, key points, what did not work, commitments.
- Upload presenters' materials as resources, with a licence they agree to.
- Invite presenters whose case fits the repository to write it up as a practice; a draft is enough to start.

## Warning signs
- **Attendance falls three sessions in a row** – ask members directly what would make the session worth their time.
- **The same three people speak every time** – use rounds and small groups more.
- **Only successes are presented** – the moderator shares a failure first.

## Multilingual communities
Agree the session language in advance, and allow slides and chat in members' own languages. A short summary in the community's main language helps those who could not attend. In our Slovenian–English community, presenters speak English but may keep Slovenian slides; nobody has complained, and more people present.
`,
    },
    tags: ['moderation', 'community of practice', 'online session', 'facilitation'],
    relatedPracticeKeys: [],
    digCompEdu: ['1.2'],
    digComp: ['2.4'],
  },
];
