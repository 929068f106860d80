// Demo communities: experience-exchange groups with threads and live rooms.
// People, schools and municipalities are fictional; programme facts are public.
import type { SeedCommunity } from '../types.js';

export const communities: SeedCommunity[] = [
  // ---------------------------------------------------------------------------
  // Slovenia: school learning community on digital strategies
  // ---------------------------------------------------------------------------
  {
    key: 'si-digital-strategies',
    owner: 'organiser-si',
    moderators: ['moderator-si'],
    members: ['teacher-si-1', 'teacher-si-2', 'teacher-si-3', 'headteacher-si-1', 'teacher-hr-1'],
    slug: 'digitalne-strategije-sol',
    name: 'Digitalne strategije šol – učna skupnost',
    description: `Učna skupnost za ravnatelje, člane šolskih razvojnih timov in koordinatorje digitalizacije, ki pripravljajo in uresničujejo **digitalno strategijo šole**. Izmenjujemo izkušnje s samoevalvacijo SELFIE, s pisanjem akcijskega načrta, z izbiro kazalnikov in s spremljanjem napredka.

Enkrat na mesec se srečamo na spletni izmenjavi, vmes se pogovarjamo v nitih in v klepetu.

**Dogovori:** delimo konkretne primere (tudi tiste, ki niso uspeli), ne objavljamo osebnih podatkov učencev in poročil z imeni oddelkov, pri gradivih navedemo licenco.`,
    language: 'sl',
    visibility: 'public',
    joinPolicy: 'open',
    threads: [
      {
        author: 'teacher-si-1',
        title: 'SELFIE: zakaj učenci ocenjujejo tako drugače kot učitelji?',
        body: `Na naši šoli smo oktobra izvedli SELFIE. Odgovorilo je 41 učiteljev (od 46), 212 učencev od 6. do 9. razreda in celotno vodstvo.

Največji razkorak je na področju **Pedagogika: izvajanje v razredu**: učitelji so v povprečju ocenili 3,9, učenci 2,7. Pri trditvi, da pri pouku uporabljamo digitalne tehnologije za sodelovanje med učenci, je razlika še večja.

Kako ste si vi razlagali takšne razlike? Ali je smiselno rezultate predstaviti celotnemu učiteljskemu zboru, ali bi to sprožilo predvsem obrambno reakcijo?`,
        replies: [
          {
            author: 'moderator-si',
            body: `Razlike so skoraj pravilo, ne izjema. Dva nasveta:

1. Ne primerjajte samo povprečij po področjih, ampak posamezne trditve – učenci in učitelji ne odgovarjajo vedno na povsem enako vprašanje.
2. Preden rezultate pokažete zboru, se z dvema ali tremi oddelki pogovorite, kaj so imeli v mislih. Pri nas so sedmošolci »sodelovanje z digitalno tehnologijo« razumeli kot skupinsko delo za računalniki v učilnici, ne kot skupni dokument v spletni učilnici.`,
          },
          {
            author: 'headteacher-si-1',
            body: 'Pri nas smo rezultate zboru predstavili brez imen aktivov in brez razvrščanja. Vprašanje za razpravo je bilo eno samo: »Kaj bi učenci morali videti pri pouku, da bi to trditev ocenili s 4?« Namesto obrambe smo dobili 15 konkretnih predlogov, trije so danes v našem akcijskem načrtu.',
          },
          {
            author: 'teacher-si-2',
            body: 'Še tehnična opomba: preverite, kdaj so učenci izpolnjevali vprašalnik. Lani smo jim ga dali zadnjih deset minut razredne ure in skoraj polovica odgovorov je bila »niti–niti«. Letos smo rezervirali celo šolsko uro v računalniški učilnici in odgovori so bili precej bolj razpršeni in smiselni.',
          },
          {
            author: 'teacher-si-1',
            body: 'Hvala vsem! Najprej bomo naredili fokusno skupino z dvema oddelkoma 8. razreda, šele nato pripravimo predstavitev za decembrsko konferenco. Boštjanovo vprašanje si bom sposodila.',
          },
        ],
      },
      {
        author: 'headteacher-si-1',
        title: 'Akcijski načrt: kako ga skrajšati, da ne ostane v predalu?',
        body: `Razvojni tim je v treh mesecih pripravil osnutek akcijskega načrta za digitalno strategijo šole: 14 strani, 27 ukrepov, vsak z nosilcem in rokom. Na zboru so bili vsi vljudni, prebral pa ga ni zares nihče. Sumim, da smo si naložili preveč.

Kako obsežni so vaši akcijski načrti? Koliko ukrepov ste si zastavili za eno šolsko leto in kako spremljate, ali se kaj premika?`,
        replies: [
          {
            author: 'organiser-si',
            body: `Iz izkušenj s šolami v programu: načrti, ki so zaživeli, imajo za eno leto **3–5 ciljev**, vsak cilj pa 2–3 ukrepe. Pri vsakem ukrepu naj bodo štirje stolpci:

- kaj bomo naredili,
- kdo je nosilec,
- do kdaj,
- kako bomo vedeli, da je narejeno (kazalnik).

Vsak cilj povežite s področjem SELFIE, kjer ste bili najšibkejši – potem vam naslednja samoevalvacija hkrati služi kot evalvacija načrta. Vse, kar ni za letos, prestavite v prilogo »kasneje«.`,
          },
          {
            author: 'teacher-si-3',
            body: 'Mi imamo načrt na eni strani A4 (tabela), obešen v zbornici. Ob koncu vsakega ocenjevalnega obdobja ga na 20-minutnem sestanku tima pregledamo in pobarvamo: zeleno, rumeno, rdeče. Rdečih polj ne skrivamo – lani je bila rdeča izposoja tablic v 1. triadi, ker ni bilo nikogar, ki bi skrbel za polnjenje in posodobitve.',
          },
          {
            author: 'moderator-si',
            body: 'Ne pozabite na denar in čas. Pri ukrepih, ki zahtevajo nakup ali izobraževanje, zapišite tudi, iz katerega vira bodo plačani. Pri nas se je izkazalo, da je bila polovica rdečih ukrepov rdečih samo zato, ker so bili odvisni od sredstev, ki jih ni bilo.',
          },
          {
            author: 'headteacher-si-1',
            body: 'Hvala. Po ponovnem sestanku tima smo ostali pri šestih ukrepih za letošnje leto, ostalo gre v prilogo. Tabelo na eni strani bom objavil med viri, ko jo obravnava učiteljski zbor.',
          },
        ],
      },
      {
        author: 'teacher-si-2',
        title: 'Fotografije dijakov na šolski spletni strani in na Instagramu',
        body: `Po državnem tekmovanju iz robotike smo želeli objaviti fotografije na šolski spletni strani in na Instagramu. Svetovalna služba pravi, da imamo privolitve staršev z začetka šolanja, vendar se nanašajo na »objave v šolskih publikacijah«.

Ali to pokriva tudi Instagram? In kako je s polnoletnimi dijaki?`,
        replies: [
          {
            author: 'moderator-si',
            body: `Nisem pravnik, zato vprašajte svojo pooblaščeno osebo za varstvo osebnih podatkov – vsaka šola jo mora imeti. Iz naše prakse:

- privolitev mora biti **konkretna**, za vsak namen posebej (spletna stran, družbena omrežja, letopis, lokalni mediji);
- starši ali dijak jo lahko kadar koli prekličejo, zato mora biti jasno, kje se to naredi;
- splošna formulacija »šolske publikacije« po mnenju naše pooblaščene osebe ne pokriva Instagrama, ker gre za platformo tretje osebe.

Polnoletni dijaki odločajo sami – mi jih ob začetku 4. letnika preprosto vprašamo znova.`,
          },
          {
            author: 'teacher-si-1',
            body: 'Mi smo lani obrazec prenovili: pet okenc (spletna stran, Facebook/Instagram, letopis, lokalni časopis, posnetki pouka v zaprti spletni učilnici). Starši so bili presenetljivo natančni – približno 12 % jih je pri družbenih omrežjih označilo »ne«. Pred vsako objavo zdaj preverimo seznam, kar vzame nekaj časa, je pa mirno.',
          },
          {
            author: 'teacher-hr-1',
            body: 'Pozdrav iz Splita! Kod nas je slično: škola traži posebnu privolu za društvene mreže, a s natjecanja često objavimo fotografiju snimljenu s leđa ili onu na kojoj se vide samo ruke i robot, bez imena i prezimena. Učenici su se brzo navikli, a roditelji su zadovoljni.',
          },
          {
            author: 'teacher-si-2',
            body: 'Hvala! Za to tekmovanje bomo objavili fotografijo robota in rok :) Do konca meseca pripravimo nov obrazec po Aninem zgledu in ga damo v pregled pooblaščeni osebi.',
          },
        ],
      },
      {
        author: 'teacher-si-3',
        title: 'Izposoja prenosnikov učencem na dom – kdo skrbi za vse skupaj?',
        body: `Šola ima 60 prenosnikov, ki smo jih dobili v zadnjih dveh letih. V akcijskem načrtu smo zapisali, da jih bomo posojali učencem, ki doma nimajo ustrezne naprave.

V praksi: pogodbe o izposoji, polnilci, ki izginjajo, posodobitve, brisanje podatkov ob vrnitvi … Računalnikar je za to porabil skoraj ves oktober. Kako imate to urejeno vi?`,
        replies: [
          {
            author: 'moderator-si',
            body: 'Pri nas izposojo vodi knjižnica, ne računalnikar. Naprave so v knjižničnem sistemu vpisane kot gradivo z inventarno številko, izposoja traja eno ocenjevalno obdobje. Računalnikar pripravi sliko sistema in napravo ob vrnitvi ponastavi – ker imamo sistem za upravljanje naprav, to traja približno 15 minut na prenosnik.',
          },
          {
            author: 'headteacher-si-1',
            body: 'V pogodbi jasno zapišite, kaj se zgodi ob poškodbi. Prvo leto smo imeli tri razbite zaslone in nobene podlage. Zdaj pogodba določa, da šola vsak primer presodi posebej, starši pa krijejo le poškodbe, ki niso posledica običajne rabe, in to do zneska, ki je vnaprej zapisan. Od družin, ki prejemajo subvencijo, plačila ne zahtevamo.',
          },
          {
            author: 'teacher-si-3',
            body: 'Knjižnica – odlična ideja, s knjižničarko se dobim jutri. Bi lahko kdo delil vzorec pogodbe?',
          },
          {
            author: 'moderator-si',
            body: 'Anonimizirano različico naložim med vire do petka.',
          },
        ],
      },
    ],
    rooms: [
      {
        name: 'Klepet',
        topic: 'Sprotna vprašanja in hitri nasveti med mesečnimi srečanji',
        messages: [
          { author: 'teacher-si-1', body: 'Dobro jutro! Ali kdo ve, do kdaj je letos odprt SELFIE za šole? Marca ga želimo ponoviti.' },
          { author: 'moderator-si', body: 'SELFIE je odprt vse leto, obdobje izvedbe določite sami. Priporočam vsaj tri tedne, da ujamete vse oddelke.' },
          { author: 'teacher-si-1', body: 'Super, hvala!' },
          { author: 'teacher-si-3', body: 'Je kdo že preizkusil SELFIE za učitelje? Razmišljam, da bi ga ponudila aktivu razrednega pouka.' },
          { author: 'teacher-si-2', body: 'Jaz sem ga izpolnil lani. Traja kakšnih 25 minut, poročilo je osebno in ga nihče drug ne vidi – to je kolegom dobro povedati vnaprej.' },
          { author: 'teacher-si-3', body: 'To je dober argument. Hvala, Luka.' },
          { author: 'headteacher-si-1', body: 'Opomnik: v četrtek ob 15.00 je mesečna izmenjava, tema so kazalniki v akcijskem načrtu. Prinesite svoj primer, tudi nedokončan.' },
          { author: 'organiser-si', body: 'Povezavo pošljem v sredo. Kdor želi predstaviti svojo tabelo, naj mi piše – prostora je za tri kratke predstavitve po pet minut.' },
          { author: 'teacher-si-1', body: 'Jaz lahko pokažem, kako smo kazalnike povezali s področji SELFIE.' },
          { author: 'organiser-si', body: 'Odlično, Ana, vpisana si.' },
          { author: 'moderator-si', body: 'Prosim, v klepet ne lepite posnetkov zaslona poročil, na katerih so vidna imena oddelkov.' },
        ],
      },
      {
        name: 'Mesečna izmenjava: december',
        topic: 'Spletno srečanje učne skupnosti – kazalniki v akcijskem načrtu in ponovitev SELFIE',
        scheduledAt: '2026-12-10T14:00:00.000Z',
        messages: [
          { author: 'organiser-si', body: 'Dnevni red za 10. december: 1) krog – kje smo z akcijskim načrtom (vsak eno minuto), 2) tri predstavitve kazalnikov, 3) delo v parih: skupaj izboljšamo en kazalnik, 4) dogovor za januar.' },
          { author: 'headteacher-si-1', body: 'Lahko pod 4. točko dodamo še vprašanje, kdaj ponoviti SELFIE – spomladi ali šele jeseni?' },
          { author: 'organiser-si', body: 'Dodano.' },
          { author: 'teacher-si-3', body: 'Bo srečanje posneto? Do 15.30 imam govorilne ure.' },
          { author: 'organiser-si', body: 'Predstavitve bomo posneli, dela v parih ne. Posnetek bo na voljo samo članom skupnosti.' },
          { author: 'teacher-si-3', body: 'Hvala, pridružim se ob 15.30.' },
          { author: 'teacher-si-1', body: 'Prosojnice naložim dan prej, da si jih lahko kdo ogleda vnaprej.' },
          { author: 'moderator-si', body: 'Prosim, da vsak pripravi en kazalnik, s katerim ni zadovoljen. Iz slabih kazalnikov se največ naučimo.' },
          { author: 'teacher-hr-1', body: 'Mogu li se priključiti kao slušateljica? Slovenski razumijem bolje nego što ga govorim :)' },
          { author: 'organiser-si', body: 'Seveda, Ivana, dobrodošla!' },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Poland: Grupa Wymiany Doświadczeń for local-government (JST) education staff
  // ---------------------------------------------------------------------------
  {
    key: 'pl-gwd-jst',
    owner: 'organiser-pl',
    moderators: ['moderator-pl'],
    members: ['official-pl-1', 'official-pl-2', 'official-pl-3', 'teacher-pl-1'],
    slug: 'gwd-cyfryzacja-oswiaty-jst',
    name: 'Grupa Wymiany Doświadczeń – cyfryzacja oświaty w JST',
    description: `Moderowana **Grupa Wymiany Doświadczeń (GWD)** dla pracowników jednostek samorządu terytorialnego odpowiedzialnych za oświatę: wydziałów edukacji, centrów usług wspólnych i starostw powiatowych. Rozmawiamy o planach cyfryzacji oświaty w gminie i powiecie, zakupach sprzętu, bezpieczeństwie i ochronie danych, szkoleniach dla nauczycieli oraz o tym, jak opisywać dobre praktyki samorządowe, żeby inni mogli z nich skorzystać.

Grupa jest zamknięta – wątki widzą tylko członkowie. Dołączasz na wniosek; moderator sprawdza, czy pracujesz w JST lub w jednostce oświatowej.

**Zasady:** mówimy o faktach i liczbach, także o tym, co się nie udało; nie publikujemy danych osobowych ani treści ofert z postępowań.`,
    language: 'pl',
    visibility: 'members-only',
    joinPolicy: 'request',
    threads: [
      {
        author: 'official-pl-1',
        title: 'Zakup 120 laptopów dla szkół w gminie – tryb podstawowy czy da się prościej?',
        body: `Gmina Dębowa Wola (ok. 9 tys. mieszkańców, 4 szkoły podstawowe) chce w przyszłym roku kupić 120 laptopów dla uczniów i nauczycieli. Szacujemy ok. 330 tys. zł brutto, czyli powyżej progu 130 tys. zł netto – ustawa Pzp nas obowiązuje.

Pytania:

1. Czy ktoś robił to w trybie podstawowym z podziałem na części (np. osobno laptopy dla nauczycieli i dla uczniów)?
2. Jak opisać wymagania, żeby nie wskazywać marki, a jednocześnie nie dostać najtańszego sprzętu, który po roku nadaje się do wymiany?
3. Czy od razu zamawiać system zarządzania urządzeniami (MDM)?`,
        replies: [
          {
            author: 'official-pl-2',
            body: `Robiliśmy to w 2024 r. dla 7 szkół (210 urządzeń), tryb podstawowy, dwie części. Co zadziałało:

- wydajność opisaliśmy wynikiem w ogólnodostępnym teście wydajności, a nie modelem procesora;
- gwarancja 36 miesięcy z naprawą w miejscu użytkowania;
- kryteria: cena 60%, wydłużenie gwarancji 20%, czas naprawy 20%.

Co nie zadziałało: nie określiliśmy minimalnej pojemności baterii i dostaliśmy laptopy, które po czterech godzinach lekcji były rozładowane.`,
          },
          {
            author: 'official-pl-3',
            body: 'Z perspektywy powiatu: zanim wybierzecie system operacyjny, zapytajcie szkoły, w jakim środowisku pracują (Microsoft 365 czy Google Workspace). U nas jedno liceum dostało chromebooki, a cała szkoła pracowała na plikach z aplikacji desktopowych. MDM – tak, ale z licencją na co najmniej 3 lata i szkoleniem dla informatyka. Sama licencja nic nie da.',
          },
          {
            author: 'moderator-pl',
            body: 'Przypominam tylko, że nie wolno dzielić zamówienia w czasie, żeby zejść poniżej progu – wartość szacuje się łącznie dla zamówień tego samego rodzaju. Podział na części w jednym postępowaniu to co innego i jest w porządku. Najlepiej skonsultujcie opis przedmiotu zamówienia z osobą od zamówień publicznych jeszcze przed uchwaleniem budżetu.',
          },
          {
            author: 'official-pl-1',
            body: 'Dziękuję, bardzo konkretnie. Agnieszko, czy mogę prosić o fragment OPZ dotyczący baterii i testu wydajności (bez danych wykonawcy)? Do planu cyfryzacji gminy dopisuję też MDM na 3 lata.',
          },
          {
            author: 'official-pl-2',
            body: 'Jasne, wyślę w prywatnej wiadomości jeszcze w tym tygodniu.',
          },
        ],
      },
      {
        author: 'official-pl-2',
        title: 'Plan cyfryzacji oświaty w gminie – jakie wskaźniki naprawdę coś mówią?',
        body: `Kończymy drugi rok realizacji naszego planu cyfryzacji oświaty. Radzie gminy raportujemy na razie głównie liczby: ile sprzętu kupiono, ile szkoleń się odbyło. Radni pytają: „i co z tego?”.

Jakich wskaźników używacie, żeby pokazać efekt, a nie tylko wydatek?`,
        replies: [
          {
            author: 'organiser-pl',
            body: `W planach, które widziałam w programie, dobrze sprawdzał się układ trzech poziomów:

1. **zasoby** – sprzęt, sieć, licencje, serwis;
2. **kompetencje** – np. odsetek nauczycieli, którzy ukończyli szkolenie i po 3 miesiącach potwierdzili w krótkiej ankiecie, że zastosowali je na lekcji;
3. **praktyka** – np. ile szkół przeprowadziło autodiagnozę SELFIE i na jej podstawie zaktualizowało swój plan.

Poziom trzeci jest najtrudniejszy do zmierzenia, ale to on interesuje radnych.`,
          },
          {
            author: 'official-pl-1',
            body: 'My dodaliśmy jeden prosty wskaźnik: czas od zgłoszenia awarii sprzętu w szkole do naprawy. Na początku średnio 11 dni roboczych, po wprowadzeniu wspólnego serwisu – 3 dni. Radni zrozumieli to od razu.',
          },
          {
            author: 'teacher-pl-1',
            body: 'Z perspektywy szkoły: proszę nie mierzyć liczby godzin pracy z tablicą interaktywną. U nas dyrekcja miała to raportować, więc nauczyciele po prostu włączali tablicę. Lepiej zapytać uczniów, czy korzystali z narzędzi cyfrowych do współpracy – takie pytanie jest w SELFIE.',
          },
          {
            author: 'moderator-pl',
            body: 'Dobra dyskusja. Na styczniowym spotkaniu GWD zrobimy 30-minutowy warsztat „wskaźniki w planie cyfryzacji gminy” – przynieście swoje tabele.',
          },
        ],
      },
      {
        author: 'teacher-pl-1',
        title: 'Zdjęcia uczniów na profilu szkoły – cofnięta zgoda rodzica',
        body: `Prowadzę szkolny profil na Facebooku. Na początku roku rodzice podpisują zgodę na „publikację wizerunku dziecka w materiałach promocyjnych szkoły”. Teraz rodzic jednego ucznia cofnął zgodę i poprosił o usunięcie wszystkich zdjęć z ostatnich trzech lat.

Czy musimy przeglądać całe archiwum? Jak to robicie?`,
        replies: [
          {
            author: 'official-pl-3',
            body: 'Najpierw zgłoście sprawę inspektorowi ochrony danych – w wielu gminach i powiatach szkoły mają wspólnego IOD w CUW. Z tego, co wiem od naszego IOD: cofnięcie zgody nie czyni bezprawnymi wcześniejszych publikacji, ale rodzic może żądać usunięcia danych i wtedy szkoła usuwa je tam, gdzie ma na to wpływ. My przeglądaliśmy archiwum profilu przez dwa dni. Od tego czasu w wewnętrznym rejestrze zdjęć zapisujemy klasę i datę, żeby dało się je szybko znaleźć.',
          },
          {
            author: 'moderator-pl',
            body: 'Dodam, że wizerunek to nie tylko RODO, ale też art. 81 ustawy o prawie autorskim i prawach pokrewnych – rozpowszechnianie wizerunku wymaga zezwolenia. Dlatego warto mieć formularz z osobnymi polami dla każdego kanału: strona internetowa, media społecznościowe, gazetka szkolna, prasa lokalna. Ogólna „zgoda na materiały promocyjne” bywa kwestionowana.',
          },
          {
            author: 'teacher-pl-1',
            body: 'Dziękuję. Przejrzeliśmy profil – było 14 zdjęć z tym uczniem, wszystkie usunięte. Przygotowujemy nowy formularz z osobnymi polami; podzielę się wzorem, gdy zatwierdzi go nasz IOD.',
          },
        ],
      },
      {
        author: 'organiser-pl',
        title: 'Notatka ze spotkania GWD w Łodzi i zadania na grudzień',
        body: `Dziękuję wszystkim za udział w stacjonarnym spotkaniu GWD w Łodzi. Krótkie podsumowanie:

- **Obecni:** 14 osób z 9 JST (6 gmin, 2 powiaty, 1 miasto na prawach powiatu).
- **Temat:** jak przejść od listy zakupów do planu cyfryzacji oświaty, który mówi o kompetencjach nauczycieli i uczniów.
- **Wnioski:** plany pisane wyłącznie w wydziale edukacji, bez dyrektorów szkół, kończą się na sprzęcie. Najlepiej działa zespół: urzędnik, 2–3 dyrektorów i informatyk.
- **Co nie wyszło:** zabrakło czasu na dobre praktyki – z 5 zgłoszonych omówiliśmy tylko 2.

**Zadania na grudzień:** każda JST wprowadza do repozytorium opis jednej dobrej praktyki (wystarczy wersja robocza), moderator zbiera pytania na styczniowe spotkanie online.`,
        replies: [
          {
            author: 'official-pl-1',
            body: 'Dzięki za notatkę. Opis praktyki „wspólny serwis sprzętu dla szkół gminy” wrzucę jako wersję roboczą do 15 grudnia.',
          },
          {
            author: 'official-pl-2',
            body: 'Proponuję, żeby w styczniu zacząć od trzech praktyk, których nie zdążyliśmy omówić. Szkoda, żeby przepadły.',
          },
          {
            author: 'moderator-pl',
            body: 'Zgoda – pierwsze 45 minut styczniowego spotkania to trzy prezentacje po 10 minut plus pytania.',
          },
          {
            author: 'official-pl-3',
            body: 'Z powiatu dołożę informację o wspólnym zakupie licencji dla szkół ponadpodstawowych – może komuś się przyda.',
          },
        ],
      },
    ],
    rooms: [
      {
        name: 'Czat',
        topic: 'Szybkie pytania między spotkaniami GWD',
        messages: [
          { author: 'official-pl-1', body: 'Dzień dobry, czy ktoś ma sprawdzony wzór umowy użyczenia laptopa uczniowi?' },
          { author: 'official-pl-2', body: 'Mamy, zatwierdzony przez radcę prawnego. Wrzucę do zasobów grupy po anonimizacji.' },
          { author: 'official-pl-1', body: 'Super, dziękuję!' },
          { author: 'official-pl-3', body: 'Pytanie do gmin: kto u was płaci za licencje MDM – szkoła z własnego budżetu czy gmina centralnie?' },
          { author: 'official-pl-2', body: 'U nas centralnie przez CUW, inaczej każda szkoła kupowałaby co innego.' },
          { author: 'official-pl-1', body: 'U nas na razie szkoły. I właśnie dlatego mamy trzy różne systemy…' },
          { author: 'moderator-pl', body: 'Dobry temat na styczeń. Dopisuję do listy pytań.' },
          { author: 'teacher-pl-1', body: 'Czy na spotkanie online mogą dołączyć dyrektorzy szkół, czy tylko pracownicy JST?' },
          { author: 'moderator-pl', body: 'Mogą, jeśli przyjdą razem z kimś z organu prowadzącego. Grupa jest dla JST, ale perspektywa szkoły bardzo się przydaje.' },
          { author: 'teacher-pl-1', body: 'Dziękuję, przekażę pani dyrektor.' },
        ],
      },
      {
        name: 'Spotkanie GWD online – styczeń',
        topic: 'Comiesięczne spotkanie online: trzy dobre praktyki samorządowe i wskaźniki w planie cyfryzacji gminy',
        scheduledAt: '2027-01-14T10:00:00.000Z',
        messages: [
          { author: 'moderator-pl', body: 'Agenda na 14 stycznia, 11:00–13:00: 1) trzy prezentacje dobrych praktyk (po 10 minut + pytania), 2) warsztat: wskaźniki w planie cyfryzacji, 3) sprawy bieżące.' },
          { author: 'official-pl-2', body: 'Czy mogę prosić o 5 minut na pytanie o MDM w punkcie 3?' },
          { author: 'moderator-pl', body: 'Tak, wpisane.' },
          { author: 'official-pl-1', body: 'Będę prezentował wspólny serwis sprzętu. Pokazać też koszty?' },
          { author: 'organiser-pl', body: 'Tak, koniecznie – koszt na jedną szkołę rocznie to pierwsze, o co zapytają.' },
          { author: 'official-pl-3', body: 'Przez pierwszą godzinę będę z telefonu, o 12:00 mam sesję rady powiatu.' },
          { author: 'moderator-pl', body: 'Nie ma problemu. Notatkę wrzucę tutaj dzień po spotkaniu.' },
          { author: 'organiser-pl', body: 'Przypomnienie: spotkanie nie jest nagrywane, żebyśmy mogli swobodnie rozmawiać także o tym, co nie wyszło.' },
          { author: 'official-pl-1', body: 'I bardzo dobrze. Do zobaczenia!' },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Sweden: school leaders' network on the national digitalisation strategy
  // ---------------------------------------------------------------------------
  {
    key: 'se-school-leaders',
    owner: 'organiser-se',
    moderators: ['moderator-se'],
    members: ['headteacher-se-1', 'teacher-se-1', 'teacher-se-2', 'official-se-1', 'official-fi-1'],
    slug: 'skolledare-digitalisering',
    name: 'Skolledarnätverket – digitalisering i skolan',
    description: `Ett nätverk för rektorer, biträdande rektorer, IT-pedagoger och förvaltningstjänstepersoner som leder digitaliseringsarbetet i skolan. Vi utgår från den nationella digitaliseringsstrategin för skolväsendet och dess tre fokusområden – **digital kompetens för alla i skolväsendet**, **likvärdig tillgång och användning** samt **forskning och uppföljning kring digitaliseringens möjligheter** – och delar hur vi följer upp arbetet på skolenhets- och huvudmannanivå.

Alla kan läsa; för att skriva ansöker du om medlemskap. Vi delar erfarenheter, även misslyckanden, och publicerar inga personuppgifter om elever.`,
    language: 'sv',
    visibility: 'public',
    joinPolicy: 'request',
    threads: [
      {
        author: 'headteacher-se-1',
        title: 'Hur följer ni upp digitaliseringsarbetet på skolnivå nu när strategiperioden är slut?',
        body: `Strategiperioden tog slut 2022 och sedan dess har vi inte haft några nya nationella delmål att luta oss mot. Hos oss på Lindbergaskolan (F–9, ca 480 elever) har uppföljningen därför tunnats ut: vi gör LIKA-skattningen vartannat år, men ingen frågar efter resultatet.

Hur gör ni? Har ni behållit strategins fokusområden som struktur, eller byggt in något eget i det systematiska kvalitetsarbetet?`,
        replies: [
          {
            author: 'moderator-se',
            body: `Vi rekommenderar skolorna i regionen att inte bygga en separat digitaliseringsuppföljning, utan att lägga in två–tre frågor i det systematiska kvalitetsarbete som ändå görs. Exempel:

- Hur stor andel av eleverna i åk 6 och 9 kan själva hantera sina konton, filer och lösenord?
- Vilka digitala verktyg används för extra anpassningar, och fungerar de för eleverna?

Då lever frågorna kvar även när strategier kommer och går.`,
          },
          {
            author: 'official-se-1',
            body: 'På huvudmannanivå i Sjövik har vi behållit de tre fokusområdena som rubriker i vår kommunala plan. Men vi har bytt mätetal: förut räknade vi antal enheter per elev, nu följer vi upp hur många lärare som har gått en fortbildning och sedan använt den i undervisningen (självskattning plus rektorns bedömning).',
          },
          {
            author: 'teacher-se-1',
            body: 'Från lärarhåll: det viktigaste är att resultatet kommer tillbaka till oss. Senast LIKA-resultaten presenterades var det på en APT i maj, utan tid för diskussion. Ingen minns vad det stod.',
          },
          {
            author: 'headteacher-se-1',
            body: 'Tack, bra inspel! Jag tar med Johans två frågor till vårt kvalitetsarbete och lägger LIKA-genomgången på en studiedag i stället för på en APT.',
          },
        ],
      },
      {
        author: 'official-se-1',
        title: 'Tryckta läromedel och digitala verktyg – hur pratar ni med vårdnadshavare?',
        body: `Debatten om skärmar i skolan har nått våra föräldramöten. I höstas fick förvaltningen över 40 mejl från vårdnadshavare som ville att deras barn skulle slippa digitala läromedel helt. Samtidigt ska eleverna enligt läroplanen utveckla digital kompetens.

Hur kommunicerar ni balansen? Har någon en formulering eller ett underlag som har fungerat på föräldramöten?`,
        replies: [
          {
            author: 'headteacher-se-1',
            body: 'Vi har gjort en enkel tabell per årskurs: vad eleverna gör på papper, vad de gör digitalt och varför. Till exempel sker läs- och skrivinlärning i F–3 med penna och tryckta böcker, medan programmering och källkritik sker digitalt. När föräldrarna ser att det är ett medvetet val och inte ”lärplatta hela dagen” lugnar sig diskussionen.',
          },
          {
            author: 'teacher-se-2',
            body: 'Det som hjälpte oss mest var att visa ett konkret exempel på källkritik i åk 8: eleverna granskade ett viralt klipp och fick spåra originalkällan. Flera föräldrar sa efteråt att de själva inte visste hur man gör. Då blev frågan ”ska de verkligen lära sig det här?” ganska lätt att besvara.',
          },
          {
            author: 'moderator-se',
            body: 'Tips: skilj på skärmtid i allmänhet och digitala verktyg i undervisningen. Mobilförbud under skoldagen är en annan fråga än lärplattformen. Om man blandar ihop dem låser sig samtalet.',
          },
          {
            author: 'official-se-1',
            body: 'Bra, tack! Vi gör en gemensam mall för tabellen per årskurs och testar den på två skolor i vår innan den sprids till alla.',
          },
        ],
      },
      {
        author: 'teacher-se-2',
        title: 'Digital kompetens för alla – gäller det fritidshemmet och elevassistenterna också?',
        body: `Vår kompetensutveckling i digitala verktyg har hittills bara riktats till lärare. Men på fritids används lärplattorna minst lika mycket, och elevassistenterna hjälper elever med talsyntes och inlästa läromedel varje dag utan att någon har visat dem hur verktygen fungerar.

Delmålet i strategin talade ju om ”personal som arbetar med barn och elever”, inte bara om lärare. Hur har ni löst det i praktiken?`,
        replies: [
          {
            author: 'moderator-se',
            body: 'Vi har goda erfarenheter av korta pass på 45 minuter under fritidshemmets planeringstid, med fokus på tre saker: talsyntes, lärplattformen och elevernas inloggning. Viktigt: tiden måste vara betald arbetstid, annars kommer bara de som redan är intresserade.',
          },
          {
            author: 'headteacher-se-1',
            body: 'Hos oss fick elevassistenterna en ”digital fadder” bland IT-pedagogerna. Det kostar nästan ingenting och fungerar bättre än en kurs, eftersom frågorna dyker upp i vardagen.',
          },
          {
            author: 'official-fi-1',
            body: 'Hej från Finland! Vi har samma utmaning med skolgångsbiträdena. Det som fungerade hos oss var att ta med dem i samma fortbildning som lärarna, i samma grupper – det stärkte också samarbetet i klassrummet. Ursäkta min finlandssvenska!',
          },
          {
            author: 'teacher-se-2',
            body: 'Tack! Faddermodellen låter genomförbar. Jag föreslår den för vår rektor inför vårterminen.',
          },
        ],
      },
    ],
    rooms: [
      {
        name: 'Chatt',
        topic: 'Snabba frågor och tips mellan nätverksträffarna',
        messages: [
          { author: 'teacher-se-1', body: 'Hej! Har någon använt LIKA för lärare på individnivå och inte bara på skolnivå?' },
          { author: 'moderator-se', body: 'Ja, några skolor i regionen. Lärarna gör skattningen själva och tar med resultatet till medarbetarsamtalet – frivilligt.' },
          { author: 'teacher-se-1', body: 'Frivilligt är nog nyckeln. Tack!' },
          { author: 'official-se-1', body: 'Påminnelse: sista dag att anmäla skolor till vårens fortbildning i programmering är den 15 december.' },
          { author: 'teacher-se-2', body: 'Gäller den även åk 4–6?' },
          { author: 'official-se-1', body: 'Ja, hela F–9.' },
          { author: 'headteacher-se-1', body: 'Har någon en bra rutin för bortglömda lösenord? Vi lägger ungefär en timme om dagen på det i åk 1–3.' },
          { author: 'teacher-se-2', body: 'Vi använder inloggning med QR-kod för de yngsta. Supportärendena minskade rejält.' },
          { author: 'headteacher-se-1', body: 'Smart. Kan du skicka namnet på lösningen i ett direktmeddelande?' },
          { author: 'teacher-se-2', body: 'Absolut, kommer i eftermiddag.' },
        ],
      },
      {
        name: 'Månadsträff: uppföljning och likvärdighet',
        topic: 'Digital månadsträff – hur vi följer upp likvärdig tillgång och användning mellan skolor',
        scheduledAt: '2026-12-03T14:30:00.000Z',
        messages: [
          { author: 'organiser-se', body: 'Välkomna till decemberträffen den 3 december kl. 15.30–16.45. Tema: likvärdighet mellan skolor i samma kommun.' },
          { author: 'organiser-se', body: 'Upplägg: 10 min inledning, två korta exempel (Sjöviks kommun och Lindbergaskolan), 30 min samtal i smågrupper, 10 min sammanfattning.' },
          { author: 'official-se-1', body: 'Jag visar hur vi jämför tillgång till enheter och support mellan våra 11 skolor. Spoiler: skillnaderna är större i support än i utrustning.' },
          { author: 'headteacher-se-1', body: 'Och jag berättar om när vi försökte omfördela datorer mellan klasser och hur det gick (inte så bra).' },
          { author: 'moderator-se', body: 'Perfekt. Misslyckanden är välkomna här.' },
          { author: 'teacher-se-1', body: 'Kan jag skicka en fråga i förväg? Hur mäter man likvärdig användning och inte bara likvärdig tillgång?' },
          { author: 'organiser-se', body: 'Bra fråga – vi tar den som startfråga i smågrupperna.' },
          { author: 'teacher-se-2', body: 'Jag kommer en kvart sent, har utvecklingssamtal. Spelas inledningen in?' },
          { author: 'organiser-se', body: 'Ja, inledningen och exemplen spelas in. Smågrupperna inte.' },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Public administration: digital skills of civil servants (Slovenian / English)
  // ---------------------------------------------------------------------------
  {
    key: 'pa-digital-skills',
    owner: 'admin',
    moderators: ['moderator-pa'],
    members: ['official-si-1', 'official-si-2', 'official-fi-1', 'member-en-1', 'official-pl-2'],
    slug: 'digital-skills-public-administration',
    name: 'Digital skills in public administration · Digitalne veščine v javni upravi',
    description: `A community for people who plan, run and evaluate digital-skills training for civil servants and local-administration staff: training coordinators, HR units, internal trainers and IT-security officers. It grew out of the Slovenian programme for public servants' digital skills (more than 40,000 participations in over 80 trainings) and is open to colleagues from any country.

We discuss needs analysis with **DigComp**, e-training design, completion and transfer to the workplace, and cyber-hygiene training.

Threads are in English or Slovenian – write in whichever you are comfortable with. A short English summary of a Slovenian thread is always welcome.`,
    language: 'en',
    visibility: 'public',
    joinPolicy: 'open',
    threads: [
      {
        author: 'moderator-pa',
        title: 'E-training completion rates: what is realistic, and what actually moves them?',
        body: `In our last cycle the self-paced e-trainings had an average completion rate of **38 %** (from enrolment to the final quiz), while the blended courses (two live online sessions plus e-modules) reached **81 %**. Management wants the self-paced numbers up because they are the cheapest per participant.

What completion rates do you see, and what has actually worked for you? Reminders, certificates, shorter modules, time allocated within working hours?`,
        replies: [
          {
            author: 'official-fi-1',
            body: 'Similar numbers here. Two things helped: we cut modules to 10–15 minutes each, and supervisors received a monthly list of who had started but not finished. Completion went from about 40 % to 62 % in a year. The list was controversial at first – people felt monitored – so now it goes only to the participant, who decides whether to share it.',
          },
          {
            author: 'member-en-1',
            body: 'A caution on the metric: completing a self-paced course is often just clicking through. We added a short practical task three weeks later (for example, "share a document with the correct permissions"). Completion stayed around 45 %, but 70 % of those who completed passed the task – and that was the number that convinced management.',
          },
          {
            author: 'official-si-1',
            body: 'From the participant side: many colleagues enrol because their supervisor suggests it in the annual interview, but they get no time for it. When our unit reserved two hours a month in everyone\'s calendar as "learning time", completion went up without any other change.',
          },
          {
            author: 'moderator-pa',
            body: 'Thank you – that gives three concrete levers: shorter modules, protected learning time, and measuring transfer instead of clicks. I will bring these to the January session.',
          },
        ],
      },
      {
        author: 'official-si-1',
        title: 'Kako izbrati usposabljanja na podlagi samoocene DigComp?',
        body: `Na upravni enoti smo izvedli samooceno digitalnih kompetenc po okviru DigComp za 62 zaposlenih. Rezultati so pričakovani: največ težav je pri varnosti (4.1 Varovanje naprav, 4.2 Varovanje osebnih podatkov in zasebnosti) in pri razvijanju digitalnih vsebin (3.1).

Ne vem pa, kako iz tega narediti načrt usposabljanj. V katalogu je več kot 80 usposabljanj in ljudje se prijavljajo na tista, ki so jim všeč, ne na tista, ki jih potrebujejo. Ima kdo izkušnje, kako rezultate samoocene povezati s konkretnim izborom?`,
        replies: [
          {
            author: 'moderator-pa',
            body: 'Predlagam, da ne začnete pri posamezniku, ampak pri delovnih mestih. Za vsako skupino (npr. referenti na okencih, vložišče, vodje notranjih organizacijskih enot) določite 3–4 ključne kompetence iz DigComp in ciljno raven. Samoocena pokaže vrzel, katalog pa filtrirate po teh kompetencah. Tako vsak zaposleni dobi predlog dveh usposabljanj, ne osemdesetih.',
          },
          {
            author: 'official-si-2',
            body: 'Pri nas (občinska uprava, 45 zaposlenih) smo naredili enako in dodali eno pravilo: vsak najprej opravi usposabljanje iz kibernetske higiene, šele nato pridejo na vrsto »zanimive« teme. Nekaj tednov je bilo negodovanja, potem se je poleglo.',
          },
          {
            author: 'official-fi-1',
            body: '(In English, sorry.) We mapped our training catalogue to DigComp competences and proficiency levels in a simple spreadsheet – two people needed about three days for some 60 courses. After that, recommendations became almost automatic. Happy to share the column structure.',
          },
          {
            author: 'official-si-1',
            body: 'Hvala obema – and thank you, Aino, please share the structure, it would save us a lot of time. Do konca meseca pripravim predlog po delovnih mestih in ga delim tukaj.',
          },
        ],
      },
      {
        author: 'official-si-2',
        title: 'Simulacije phishinga: so zaposleni jezni ali hvaležni?',
        body: `Služba za informatiko bi po usposabljanju o varni rabi e-pošte rada izvedla simulacijo phishing napada. Vodstvo občine se boji, da bodo zaposleni to razumeli kot past.

Kakšne so vaše izkušnje? Kako ste sporočili rezultate?`,
        replies: [
          {
            author: 'moderator-pa',
            body: `Izvedli smo dve simulaciji v razmiku pol leta. Ključno je bilo troje:

1. vnaprej smo napovedali, da se bodo simulacije izvajale (ne pa kdaj);
2. rezultati so bili samo skupni, brez imen;
3. kdor je kliknil, je takoj dobil tri minute dolg nasvet, ne graje.

Delež klikov je padel z 19 % na 8 %, prijav sumljivih sporočil pa je bilo trikrat več.`,
          },
          {
            author: 'official-si-1',
            body: 'Pri nas je prvo simulacijo brez obvestila izvedel zunanji izvajalec in vzdušje je bilo res slabo – sindikat je zahteval pojasnila. Naslednje leto smo jo izvedli tako, kot opisuje Nina, in ni bilo nobene pritožbe.',
          },
          {
            author: 'member-en-1',
            body: 'Agree with both. One more metric worth tracking: the time from the first report of a phishing e-mail to the IT team blocking it. That shows the organisation learning, not individuals failing.',
          },
          {
            author: 'official-si-2',
            body: 'Odlično, točno to potrebujem za vodstvo. Predlagal bom: napoved, anonimni skupni rezultati, takojšen kratek nasvet in merjenje prijav ter odzivnega časa.',
          },
        ],
      },
      {
        author: 'member-en-1',
        title: 'Train-the-trainer: how do you keep internal trainers after the first year?',
        body: `We trained 24 internal trainers across several ministries to run short digital-skills workshops. A year later only 9 are still delivering.

Reasons from the exit conversations: no time allowance, no recognition in the job description, and workshops scheduled on top of regular work. Has anyone found a model that keeps internal trainers active beyond year one?`,
        replies: [
          {
            author: 'moderator-pa',
            body: 'In Slovenia some institutions formally assign a share of working time (for example 10 %) to internal trainers and count delivered workshops in the annual appraisal. Where that was written down, trainers stayed; where it was an informal promise, most left within a year.',
          },
          {
            author: 'official-fi-1',
            body: 'We pair each new trainer with an experienced one for the first three sessions and hold a one-hour trainers\' meeting every six weeks. The community matters more than the fee.',
          },
          {
            author: 'member-en-1',
            body: 'That matches our exit interviews. I will propose a written time allocation and the six-weekly meeting to our steering group – thank you both.',
          },
        ],
      },
    ],
    rooms: [
      {
        name: 'Chat',
        topic: 'Quick questions between sessions – English or Slovenian',
        messages: [
          { author: 'official-si-2', body: 'Dober dan! Ali kdo ve, ali je usposabljanje iz kibernetske varnosti letos na voljo tudi kot e-usposabljanje?' },
          { author: 'moderator-pa', body: 'Je, e-različica ima štiri module po 20 minut. Prijava gre prek kadrovske službe.' },
          { author: 'official-si-2', body: 'Hvala!' },
          { author: 'official-fi-1', body: 'Hello all – is anyone already using the DigComp 2.2 examples on AI in their trainings?' },
          { author: 'member-en-1', body: 'We added a short module on AI-generated content and checking sources, built on the DigComp 2.2 examples. Participants liked concrete cases much more than theory.' },
          { author: 'official-fi-1', body: 'Great, could you post the outline in the resources?' },
          { author: 'member-en-1', body: 'Will do this week.' },
          { author: 'official-si-1', body: 'Jutri imamo prvič »učni čas« v koledarju. Sporočim, kako je šlo.' },
          { author: 'moderator-pa', body: 'Komaj čakam. Držim pesti!' },
          { author: 'official-si-1', body: 'Update: 19 of 27 colleagues actually used the two hours. Not bad for a first try.' },
        ],
      },
      {
        name: 'Monthly exchange: e-training design',
        topic: 'Online session – completion and transfer to the workplace in e-trainings for public servants',
        scheduledAt: '2027-01-20T13:00:00.000Z',
        messages: [
          { author: 'moderator-pa', body: 'Agenda for 20 January, 14:00–15:30 CET: 1) completion data from three institutions, 2) measuring transfer to the workplace, 3) open questions.' },
          { author: 'admin', body: 'The room opens ten minutes early for a sound check. Please upload slides as resources and link them here.' },
          { author: 'official-fi-1', body: 'I can present our module-length experiment in ten minutes.' },
          { author: 'moderator-pa', body: 'Thank you, Aino – you are first.' },
          { author: 'member-en-1', body: 'I will bring the transfer-task example (document sharing permissions).' },
          { author: 'official-si-1', body: 'Lahko pokažem naše podatke o učnem času v koledarju – v slovenščini ali v angleščini?' },
          { author: 'moderator-pa', body: 'V angleščini, prosim, da bodo razumeli vsi. Prosojnice so lahko v slovenščini.' },
          { author: 'official-si-2', body: 'I can only join for the first hour. Will there be notes afterwards?' },
          { author: 'moderator-pa', body: 'Yes, notes will be posted in this room the next day.' },
        ],
      },
    ],
  },
];
