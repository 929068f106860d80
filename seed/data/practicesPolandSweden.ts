// Demo practices from Poland (municipal and county digitalisation plans from the
// "Cyfrowy rozwój oświaty w JST" programme), Sweden (kommun-level school digitalisation),
// plus a few from Estonia, Czechia and Italy. Schools, people and figures are fictional
// unless stated otherwise; contact addresses use example domains.
import type { SeedPractice } from '../types.js';

const PL_PROGRAMME = 'Cyfrowy rozwój oświaty w JST';
const PL_FUNDING = 'Fundusze Europejskie dla Rozwoju Społecznego 2021–2027 (EFS+), projekt ORE i Związku Miast Polskich';

const pl01: SeedPractice = {
  key: 'pl-01',
  author: 'official-pl-1',
  state: 'published',
  featured: true,
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Plan cyfryzacji oświaty Łodzi 2024–2027: od audytu sprzętu do harmonogramu wymiany',
      summary:
        'Miasto przygotowało czteroletni plan cyfryzacji oświaty dla 152 szkół, oparty na audycie sprzętu i łączy, wynikach SELFIE oraz warsztatach z dyrektorami. Plan łączy harmonogram wymiany urządzeń z budżetem na szkolenia i wsparcie techniczne, a postęp jest raportowany co pół roku komisji edukacji rady miejskiej.',
      challenge: `Do 2023 r. sprzęt dla łódzkich szkół kupowano osobno w każdej placówce, najczęściej przy okazji programów rządowych („Aktywna tablica”, „Laptop dla ucznia”) albo grantów. Wydział edukacji nie wiedział, ile urządzeń faktycznie działa, ile ma ponad siedem lat i które szkoły mają łącze zbyt słabe, by cała klasa mogła jednocześnie pracować online.

Dyrektorzy zgłaszali potrzeby w różnej formie, więc nie dało się ich porównać ani ułożyć z nich budżetu wieloletniego. Zakupy nie były też powiązane z tym, czego uczą się nauczyciele – w kilku szkołach nowe monitory interaktywne służyły głównie jako rzutnik.`,
      description: `Plan cyfryzacji oświaty miasta to dokument przyjęty zarządzeniem prezydenta, który na lata 2024–2027 wyznacza trzy obszary: **infrastrukturę** (łącza, sieć Wi‑Fi, urządzenia), **kompetencje** (szkolenia nauczycieli i pracowników administracji szkół) oraz **zarządzanie** (wspólne standardy zakupów, wsparcie techniczne, bezpieczeństwo danych).

Punktem wyjścia był audyt wyposażenia w 152 szkołach i ankieta SELFIE, którą przeprowadziło 118 szkół. Każdy cel planu ma wskaźnik, osobę odpowiedzialną w urzędzie i termin, a zadania inwestycyjne zostały wpisane do wieloletniej prognozy finansowej.`,
      implementation: `1. Powołanie zespołu roboczego (luty 2023): naczelniczka wydziału edukacji, informatyk z centrum usług wspólnych, dwoje dyrektorów szkół i przedstawicielka rad rodziców.
2. Audyt sprzętu i łączy za pomocą jednego formularza online (62 pytania), a następnie weryfikacja na miejscu w 20 losowo wybranych szkołach.
3. Ankieta SELFIE w szkołach i zestawienie wyników zbiorczo dla miasta, bez tworzenia rankingu szkół.
4. Warsztaty z dyrektorami w pięciu grupach dzielnicowych (Bałuty, Widzew, Polesie, Śródmieście, Górna) – wybór priorytetów.
5. Projekt planu i sześciotygodniowe konsultacje z radami pedagogicznymi; zebrano 214 uwag, z czego 96 uwzględniono.
6. Przyjęcie planu i wpisanie zadań do wieloletniej prognozy finansowej.
7. Raporty z realizacji co pół roku oraz coroczna aktualizacja audytu we wrześniu.`,
      resourcesNeeded: `Około pół etatu koordynatorki w wydziale edukacji przez dziesięć miesięcy przygotowań, wsparcie informatyka z centrum usług wspólnych, bezpłatne narzędzie SELFIE i formularz audytu w arkuszu kalkulacyjnym. Cztery spotkania doradcze z ekspertami programu „Cyfrowy rozwój oświaty w JST”.

Samo przygotowanie dokumentu nie wymagało dodatkowego budżetu; jego realizacja – tak: ok. 9,5 mln zł na cztery lata, głównie na wymianę sprzętu i sieci Wi‑Fi.`,
      outcomes: `- Pierwsza pełna inwentaryzacja w historii miasta: 21 400 urządzeń, z czego 31% starszych niż siedem lat.
- Harmonogram wymiany rozłożony na cztery lata zamiast jednorazowych zakupów „na koniec roku budżetowego”.
- 14 szkół z najsłabszymi łączami przeszło w pierwszym roku na Ogólnopolską Sieć Edukacyjną (OSE).
- Wspólna specyfikacja zakupu laptopów i monitorów interaktywnych obniżyła średnią cenę jednostkową o ok. 12%.
- Plan stał się punktem odniesienia w rozmowach z dyrektorami o budżetach szkół.`,
      difficulties: `Audyt wypełniany przez szkoły okazał się niedokładny: przy weryfikacji na miejscu różnice sięgały 25% (zepsuty sprzęt figurował jako sprawny, laptopy uczniów z programu rządowego liczono jako szkolne). Drugi raz zaczęlibyśmy od krótkiego szkolenia osób wypełniających formularz i jednego słownika kategorii.

Konsultacje przypadły na czerwiec, więc rady pedagogiczne miały mało czasu i 31 szkół w ogóle nie odpowiedziało. Wskaźniki kompetencyjne okazały się trudniejsze do mierzenia niż sprzętowe – w pierwszym raporcie połowa z nich nie miała danych.`,
      transferConditions: `Plan da się przenieść do każdej gminy lub powiatu, ale potrzebny jest jeden właściciel procesu w urzędzie i realne zabezpieczenie w budżecie wieloletnim. Małe gminy mogą uprościć audyt do jednego arkusza, a warsztaty przeprowadzić z całą kadrą dyrektorską naraz.`,
      lessons: `- Najpierw wspólny słownik i formularz, dopiero potem audyt.
- Plan bez pieniędzy w WPF pozostaje listą życzeń.
- Dyrektorzy bardziej ufają planowi, przy którego pisaniu byli obecni, niż gotowemu dokumentowi przysłanemu do zaopiniowania.`,
    },
    en: {
      provenance: 'human',
      reviewed: true,
      title: 'Łódź education digitalisation plan 2024–2027: from an equipment audit to a replacement schedule',
      summary:
        'The city prepared a four-year plan for the digitalisation of education in its 152 schools, based on an audit of equipment and connections, SELFIE results and workshops with head teachers. The plan ties a device replacement schedule to a budget for training and technical support, and progress is reported every six months to the city council\'s education committee.',
      challenge: `Until 2023, equipment for schools in Łódź was bought by each school separately, usually through government programmes ("Aktywna tablica", "Laptop dla ucznia") or grants. The education department did not know how many devices actually worked, how many were over seven years old, or which schools had connections too weak for a whole class to work online at once.

Head teachers reported their needs in different formats, so they could not be compared or turned into a multi-year budget. Purchases were also not linked to teachers' training – in several schools new interactive displays were used mostly as projectors.`,
      description: `The city's education digitalisation plan, adopted by the mayor's order, sets three areas for 2024–2027: **infrastructure** (connections, Wi‑Fi, devices), **competences** (training for teachers and school administrative staff) and **management** (common procurement standards, technical support, data security).

The starting point was an equipment audit in 152 schools and the SELFIE survey, run by 118 schools. Each objective has an indicator, a named person in the city office and a deadline, and the investment tasks are written into the city's multi-year financial forecast.`,
      implementation: `1. A working group was set up (February 2023): the head of the education department, an IT specialist from the shared services centre, two head teachers and a parents' council representative.
2. Equipment and connection audit with one online form (62 questions), followed by on-site checks in 20 randomly chosen schools.
3. SELFIE in schools, with results aggregated for the city and no ranking of schools.
4. Workshops with head teachers in five district groups (Bałuty, Widzew, Polesie, Śródmieście, Górna) to choose priorities.
5. Draft plan and a six-week consultation with teachers' councils; 214 comments received, 96 taken on board.
6. Adoption of the plan and inclusion of its tasks in the multi-year financial forecast.
7. Progress reports every six months and an annual audit update each September.`,
      resourcesNeeded: `About half a full-time coordinator in the education department for ten months of preparation, support from an IT specialist at the shared services centre, the free SELFIE tool and an audit form in a spreadsheet. Four advisory meetings with experts of the "Cyfrowy rozwój oświaty w JST" programme.

Writing the plan needed no extra budget; delivering it does: about PLN 9.5 million over four years, mostly for replacing devices and Wi‑Fi.`,
      outcomes: `- The city's first complete inventory: 21,400 devices, 31% of them older than seven years.
- A replacement schedule spread over four years instead of one-off "end of the budget year" purchases.
- 14 schools with the weakest connections moved to the national education network (OSE) in the first year.
- A common specification for laptops and interactive displays lowered the average unit price by about 12%.
- The plan became the reference point in budget talks with head teachers.`,
      difficulties: `The audit filled in by schools was inaccurate: on-site checks found differences of up to 25% (broken devices listed as working, pupils' laptops from the government programme counted as school property). Next time we would start with short training for the people filling in the form and one shared list of categories.

The consultation fell in June, so teachers' councils had little time and 31 schools did not respond at all. Competence indicators proved harder to measure than equipment ones – half of them had no data in the first report.`,
      transferConditions: `The plan can be transferred to any municipality or county, but it needs one process owner in the local authority and real funding in the multi-year budget. Small municipalities can reduce the audit to a single spreadsheet and run the workshops with all head teachers at once.`,
      lessons: `- First a shared vocabulary and form, only then the audit.
- A plan without money in the multi-year forecast is a wish list.
- Head teachers trust a plan they helped write more than a finished document sent to them for comment.`,
    },
  },
  organisation: { name: 'Urząd Miasta Łodzi – Wydział Edukacji', ownerType: 'municipality' },
  country: 'PL',
  region: 'łódzkie',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2', 'isced-3'],
  targetGroups: ['local-government-staff', 'school-leaders', 'policy-makers', 'ict-coordinators'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'implement',
  startDate: '2023-02-01',
  endDate: '2027-12-31',
  scale: { schools: 152, municipalities: 1, participants: 186 },
  digCompEdu: ['1.1', '1.3', '1.4'],
  digComp: ['4.1', '5.2'],
  selfieAreas: ['leadership', 'infrastructure-equipment', 'continuing-professional-development'],
  evidenceTypes: ['self-assessment-data', 'survey', 'participation-data'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet miasta; doradztwo w ramach projektu ORE i ZMP (FERS 2021–2027)',
  contact: { name: 'Agnieszka Wróblewska', email: 'a.wroblewska@example.pl' },
  tags: ['plan cyfryzacji', 'audyt sprzętu', 'selfie', 'samorząd', 'łódź'],
  images: [
    { caption: 'Mapa jakości łączy w łódzkich szkołach po audycie', colour: '#2F6DB5' },
    { caption: 'Warsztat priorytetów z dyrektorami szkół z Bałut', colour: '#E3A72F' },
  ],
};

const pl02: SeedPractice = {
  key: 'pl-02',
  author: 'official-pl-2',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Audyt krzyżowy wyposażenia i sieci w szkołach ponadpodstawowych powiatu lubelskiego',
      summary:
        'Powiat przeprowadził audyt sprzętu, sieci i kopii zapasowych w 11 szkołach ponadpodstawowych, w którym informatyk jednej szkoły sprawdzał inną szkołę według wspólnej listy kontrolnej. Wyniki posłużyły do ustalenia kolejności inwestycji i do wniosku o dofinansowanie cyberbezpieczeństwa.',
      challenge: `Powiat prowadzi licea, technika i szkoły branżowe, w których sprzęt jest potrzebny nie tylko na lekcjach, ale też na egzaminach zawodowych i maturze z informatyki przeprowadzanych przy komputerach. Dotychczas wiedzieliśmy o problemach dopiero wtedy, gdy tuż przed egzaminem okazywało się, że pracownia nie spełnia wymagań.

Wcześniejsze ankiety wypełniane przez szkoły dawały obraz zbyt optymistyczny: nikt nie chciał przyznać, że w jego szkole nie ma kopii zapasowych albo że hasło do routera od lat zna każdy uczeń.`,
      description: `Audyt krzyżowy polega na tym, że informatyk jednej szkoły, razem z pracownikiem wydziału edukacji starostwa, odwiedza inną szkołę i sprawdza ją według wspólnej listy kontrolnej (48 punktów): łącze i Wi‑Fi w każdej sali, stan pracowni, licencje, kopie zapasowe sekretariatu i dziennika, konta administratorskie, fizyczne zabezpieczenie szafy sieciowej.

Każda szkoła dostaje raport z kolorowymi oznaczeniami (zielony – żółty – czerwony) i ma miesiąc na odpowiedź. Raport zbiorczy dla zarządu powiatu pokazuje potrzeby bez wskazywania „najgorszej szkoły”.`,
      implementation: `1. Przygotowanie listy kontrolnej na podstawie wzorów z programu „Cyfrowy rozwój oświaty w JST” i wymagań CKE dla egzaminów przy komputerze.
2. Spotkanie informatyków szkolnych: test listy na jednej szkole, poprawki w 9 punktach.
3. Harmonogram wizyt: pary audytorów nie sprawdzały własnej szkoły ani szkoły, z której przyszli ich audytorzy.
4. Wizyty (jeden dzień na szkołę): pomiar prędkości Wi‑Fi w trzech punktach każdej sali, przegląd pracowni, rozmowa z sekretariatem o kopiach zapasowych.
5. Raport dla szkoły w ciągu dwóch tygodni, odpowiedź dyrektora z planem naprawczym.
6. Raport zbiorczy dla zarządu powiatu i lista priorytetów inwestycyjnych.`,
      resourcesNeeded: `11 dni pracy pary audytorów, ok. 40 godzin na opracowanie raportów, bezpłatna aplikacja do pomiaru prędkości sieci i arkusz z listą kontrolną. Informatykom szkolnym powiat wypłacił dodatek za pracę poza własną szkołą.`,
      outcomes: `- Sprawdzono 11 szkół i 1 840 urządzeń.
- W 37% sal lekcyjnych Wi‑Fi nie pozwalało na jednoczesną pracę całej klasy.
- Trzy szkoły nie miały żadnej kopii zapasowej danych sekretariatu; w ciągu dwóch miesięcy wdrożono wspólną, szyfrowaną kopię w serwerowni starostwa.
- Wyniki audytu stały się podstawą wniosku powiatu do programu „Cyberbezpieczny Samorząd”.
- Po raz pierwszy żadna pracownia nie „zaskoczyła” szkoły przed sesją egzaminów zawodowych.`,
      difficulties: `Dwóch dyrektorów odebrało audyt jako kontrolę i ograniczyło dostęp do serwerowni; pomogła dopiero rozmowa z wicestarostą i zapewnienie, że raporty nie trafią do prasy. Powinniśmy byli zacząć od spotkania z dyrektorami, a nie tylko z informatykami.

Lista 48 punktów okazała się za długa na jeden dzień w dużym technikum. Pomiar Wi‑Fi robiony w czasie przerw zaniżał obciążenie – w drugiej edycji mierzymy w trakcie lekcji.`,
      transferConditions: `Metoda sprawdzi się wszędzie tam, gdzie organ prowadzący ma kilka szkół z własnymi informatykami. W gminie z jednym informatykiem na wszystkie szkoły można zaprosić do audytu informatyka z sąsiedniej gminy w ramach wymiany.`,
      lessons: `- Audyt krzyżowy jest dokładniejszy niż ankieta i mniej kosztowny niż firma zewnętrzna.
- Kolor „czerwony” musi oznaczać konkretną decyzję i termin, inaczej nikt się nim nie przejmuje.
- Raport zbiorczy bez rankingu szkół ułatwia rozmowę z dyrektorami.`,
    },
  },
  organisation: { name: 'Starostwo Powiatowe w Lublinie – Wydział Edukacji', ownerType: 'county-region' },
  country: 'PL',
  region: 'lubelskie',
  sector: 'local-government',
  educationLevels: ['isced-3', 'isced-4'],
  targetGroups: ['local-government-staff', 'ict-coordinators', 'school-leaders'],
  practiceType: 'self-assessment',
  lifecycleStage: 'evaluate',
  startDate: '2024-02-12',
  endDate: '2024-06-28',
  scale: { schools: 11, municipalities: 1, participants: 24 },
  digCompEdu: ['1.1'],
  digComp: ['4.1', '4.2', '5.1'],
  selfieAreas: ['infrastructure-equipment', 'leadership'],
  evidenceTypes: ['observation', 'case-study'],
  evidenceLevel: 'promising',
  licence: 'cc-by-sa-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet powiatu',
  contact: { name: 'Tomasz Kędzierski', email: 't.kedzierski@example.pl' },
  tags: ['audyt', 'powiat', 'sieć wi-fi', 'kopie zapasowe', 'egzaminy zawodowe'],
  images: [{ caption: 'Lista kontrolna audytu krzyżowego – fragment', colour: '#4A7C59' }],
};

const pl03: SeedPractice = {
  key: 'pl-03',
  author: 'official-pl-3',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Akademia cyfrowej oświaty: szkolenia dla pracowników wydziału edukacji i CUW w Krakowie',
      summary:
        'Sześciomodułowy cykl szkoleń dla urzędników zajmujących się oświatą: od zakupów sprzętu i danych w SIO po ochronę danych i pisanie planu cyfryzacji. W trzech edycjach wzięły w nim udział 64 osoby, a każda kończyła kurs zadaniem z własnej pracy.',
      challenge: `Urzędnicy, którzy przygotowują przetargi na sprzęt, rozliczają programy rządowe i odpowiadają na pytania dyrektorów o chmurę czy RODO, rzadko mieli okazję uczyć się cyfryzacji oświaty. Szkolenia dla nauczycieli są liczne, dla kadry JST – prawie ich nie ma.

Skutki widzieliśmy w praktyce: specyfikacje kopiowane z poprzednich lat, brak kosztów utrzymania w kalkulacjach, dane z różnych systemów, których nikt nie zestawiał.`,
      description: `Akademia to cykl sześciu czterogodzinnych modułów prowadzonych co dwa tygodnie, w małych grupach (do 24 osób) z pracowników wydziału edukacji i centrum usług wspólnych:

1. Cyfryzacja w zadaniach gminy – prawo i odpowiedzialność.
2. Zakupy sprzętu: specyfikacja, całkowity koszt posiadania, gwarancja i serwis.
3. Dane oświatowe: SIO, arkusze organizacyjne, proste zestawienia do podejmowania decyzji.
4. Ochrona danych i cyberbezpieczeństwo w szkołach i urzędzie.
5. Komunikacja z dyrektorami i rodzicami o zmianach cyfrowych.
6. Warsztat: fragment planu cyfryzacji oświaty gminy.

Każdy uczestnik kończy kurs „zadaniem z biurka” – realnym dokumentem, który i tak musiał przygotować.`,
      implementation: `1. Analiza potrzeb: krótka ankieta i sześć rozmów z kierownikami referatów.
2. Dobór trenerów: dwoje ekspertów zewnętrznych oraz praktycy z urzędu (inspektor ochrony danych, specjalistka ds. zamówień).
3. Pilotaż modułów 2 i 4 z jedną grupą i poprawki.
4. Trzy edycje (jesień 2023, wiosna 2024, jesień 2024), zajęcia stacjonarne w sali urzędu.
5. Test wiedzy na początku i na końcu oraz ocena „zadań z biurka” przez kierowników.
6. Materiały i wzory dokumentów udostępnione w intranecie.`,
      resourcesNeeded: `Ok. 38 tys. zł na trzy edycje (honoraria trenerów zewnętrznych, materiały), sala szkoleniowa w urzędzie, czas pracy uczestników (24 godziny na osobę) i zgoda kierowników na nieobecność w biurze.`,
      outcomes: `- 64 absolwentów w trzech edycjach, 58 z zaliczonym „zadaniem z biurka”.
- Średni wynik testu wiedzy wzrósł z 46% do 78%.
- Nowy wzór specyfikacji zakupu laptopów z wymaganiami dotyczącymi serwisu i aktualizacji systemu.
- Wydział zaczął co kwartał publikować dyrektorom proste zestawienie danych z SIO o wyposażeniu i zatrudnieniu.`,
      difficulties: `Pierwsza edycja była hybrydowa i to był błąd: osoby zdalne odpowiadały na maile w trakcie zajęć, a ich „zadania z biurka” były wyraźnie słabsze. Od drugiej edycji zajęcia odbywają się wyłącznie stacjonarnie.

Moduł o zamówieniach publicznych był zbyt prawniczy, a za mało było w nim przykładów z oświaty. Część kierowników nie zwalniała ludzi z obowiązków na czas szkolenia – osoby z działu płac kończyły kurs z opóźnieniem lub wcale.`,
      transferConditions: `Cykl można powtórzyć w każdym większym mieście; mniejsze gminy powinny organizować go wspólnie, np. w ramach związku gmin albo grupy wymiany doświadczeń. Kluczowe jest, by trenerami byli także praktycy z urzędu.`,
      lessons: `- Szkolenie dla urzędników musi kończyć się dokumentem, którego używa się w pracy.
- Stacjonarnie, w małych grupach, z przykładami z własnej gminy.
- Bez zgody kierowników na czas nauki nawet dobry program nie zadziała.`,
    },
  },
  organisation: { name: 'Urząd Miasta Krakowa – Wydział Edukacji', ownerType: 'municipality' },
  country: 'PL',
  region: 'małopolskie',
  sector: 'local-government',
  educationLevels: ['not-applicable'],
  targetGroups: ['local-government-staff', 'civil-servants'],
  practiceType: 'training',
  lifecycleStage: 'implement',
  startDate: '2023-09-18',
  endDate: '2024-12-13',
  scale: { participants: 64, trainings: 18, municipalities: 1 },
  digCompEdu: ['1.1', '1.2'],
  digComp: ['1.2', '1.3', '2.4', '4.2'],
  selfieAreas: ['leadership', 'continuing-professional-development'],
  evidenceTypes: ['learning-outcomes', 'participation-data', 'survey'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet miasta',
  contact: { name: 'Michał Zawadzki', email: 'm.zawadzki@example.pl' },
  tags: ['szkolenia urzędników', 'kadra jst', 'zamówienia', 'dane oświatowe', 'kraków'],
};

const pl04: SeedPractice = {
  key: 'pl-04',
  author: 'moderator-pl',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Grupa Wymiany Doświadczeń gmin wiejskich Lubelszczyzny: 14 gmin, jedna wspólna teczka wzorów',
      summary:
        'Moderowana grupa wymiany doświadczeń skupiła pracowników oświaty z 14 małych gmin, które samodzielnie nie mają ani informatyka, ani prawnika od zamówień. Przez 18 miesięcy spotykała się co sześć tygodni, a efektem jest wspólna teczka wzorów dokumentów i jeden wspólny zakup licencji do zarządzania urządzeniami.',
      challenge: `W małej gminie wiejskiej sprawami oświaty zajmuje się często jedna osoba w urzędzie albo w gminnym zespole obsługi szkół. Ta sama osoba rozlicza subwencję, dowozy uczniów, programy rządowe i odpowiada na pytania dyrektorów o sprzęt. Nie ma z kim skonsultować pomysłu ani skąd wziąć sprawdzonego wzoru.

Szkolenia jednorazowe niewiele tu zmieniały: po powrocie do urzędu problemy okazywały się inne niż na przykładach z dużych miast.`,
      description: `Grupa Wymiany Doświadczeń to zamknięta, moderowana społeczność 14 gmin z województwa lubelskiego, działająca w ramach programu „Cyfrowy rozwój oświaty w JST”. Spotkania online trwają 90 minut i mają stały układ:

- 15 minut – „co się zmieniło u nas” (każda gmina jednym zdaniem),
- 40 minut – studium przypadku jednej gminy, np. wypożyczalnia laptopów albo umowa serwisowa,
- 30 minut – „trudny problem”: ktoś przynosi sprawę, z którą utknął, a grupa doradza,
- 5 minut – kto co przygotuje na następne spotkanie.

Dwa razy w roku grupa spotyka się stacjonarnie w jednej z gmin, połączone z wizytą w szkole. Między spotkaniami rozmowa toczy się na forum społeczności.`,
      implementation: `1. Rekrutacja gmin przez ZMP i ORE; warunek – udział tej samej osoby na co najmniej 75% spotkań.
2. Pierwsze spotkanie: mapa potrzeb i wybór tematów na pół roku.
3. Spotkania co sześć tygodni według stałego scenariusza; moderatorka przygotowuje notatkę w ciągu dwóch dni.
4. Wspólna teczka wzorów na platformie: każdy wzór ma autora, datę i informację, w której gminie został użyty.
5. Dwa spotkania stacjonarne rocznie (Wrzosowa Wola, Kazimierz Dolny).
6. Po 12 miesiącach ankieta i rozmowa podsumowująca, zmiana tematów na drugie półrocze.`,
      resourcesNeeded: `Moderatorka (ok. 6 godzin pracy na jedno spotkanie, z notatką), platforma do spotkań online i forum, budżet na dwa spotkania stacjonarne (sala, catering, dojazd – ok. 7 tys. zł każde). Od gmin – czas jednej osoby: ok. 2 godziny co sześć tygodni.`,
      outcomes: `- 12 spotkań online i 3 stacjonarne; średnio 10 gmin na spotkaniu.
- W teczce wzorów są 23 dokumenty: m.in. regulamin wypożyczania sprzętu uczniom, specyfikacja laptopów, procedura zgłaszania incydentu naruszenia danych, wzór planu cyfryzacji oświaty gminy.
- Cztery gminy wspólnie kupiły licencje do zarządzania urządzeniami i dzielą jednego administratora.
- Sześć gmin przyjęło własny plan cyfryzacji oświaty na podstawie wzoru z grupy.`,
      difficulties: `Po wyborach samorządowych w kwietniu 2024 r. w pięciu gminach zmienili się wójtowie, a w trzech – osoby uczestniczące w grupie. Nowe osoby nie znały historii ustaleń i dwie gminy wypadły z grupy. Dziś od początku prosimy o wskazanie osoby zastępczej.

Latem frekwencja spadła do ośmiu gmin, a część spotkań zamieniała się w narzekanie na brak pieniędzy. Pomogło twardsze trzymanie się scenariusza i zasada, że „trudny problem” zgłasza się z wyprzedzeniem.`,
      transferConditions: `Model działa, gdy gminy są do siebie podobne (wielkość, liczba szkół) i gdy jest moderator spoza grupy. Wymaga też zgody przełożonych na regularny udział – najlepiej pisemnej, na cały rok.`,
      lessons: `- Stały scenariusz spotkania jest ważniejszy niż atrakcyjny temat.
- Wzory dokumentów muszą mieć „metryczkę”: kto, kiedy, gdzie użył.
- Jedno spotkanie stacjonarne buduje więcej zaufania niż pięć online.`,
    },
    en: {
      provenance: 'machine',
      reviewed: false,
      title: 'Experience Exchange Group of rural municipalities in the Lublin region: 14 municipalities, one shared template folder',
      summary:
        'A moderated experience exchange group brought together education staff from 14 small municipalities that do not have their own IT specialist or procurement lawyer. For 18 months it met every six weeks, and the result is a shared folder of document templates and one joint purchase of device management licences.',
      challenge: `In a small rural municipality, education matters are often handled by one person in the office or in the municipal school service unit. The same person settles the subsidy, pupil transport, government programmes and answers questions from principals about equipment. There is no one to consult an idea with and nowhere to get a proven template.

One-off trainings changed little: after returning to the office the problems turned out to be different from the examples from big cities.`,
      description: `The Experience Exchange Group is a closed, moderated community of 14 municipalities from the Lublin Voivodeship, operating within the "Cyfrowy rozwój oświaty w JST" programme. Online meetings last 90 minutes and have a fixed structure:

- 15 minutes – "what has changed with us" (each municipality in one sentence),
- 40 minutes – a case study of one municipality, e.g. a laptop lending scheme or a service contract,
- 30 minutes – "difficult problem": someone brings a case they are stuck with and the group advises,
- 5 minutes – who prepares what for the next meeting.

Twice a year the group meets in person in one of the municipalities, combined with a school visit. Between meetings the conversation continues on the community forum.`,
      implementation: `1. Recruitment of municipalities by ZMP and ORE; condition – the same person attends at least 75% of meetings.
2. First meeting: needs map and choice of topics for half a year.
3. Meetings every six weeks according to a fixed scenario; the moderator prepares a note within two days.
4. Shared template folder on the platform: each template has an author, date and information in which municipality it was used.
5. Two in-person meetings per year (Wrzosowa Wola, Kazimierz Dolny).
6. After 12 months a survey and summary conversation, change of topics for the second half.`,
      resourcesNeeded: `A moderator (about 6 hours of work per meeting, including the note), an online meeting platform and forum, a budget for two in-person meetings (room, catering, travel – about PLN 7,000 each). From municipalities – the time of one person: about 2 hours every six weeks.`,
      outcomes: `- 12 online meetings and 3 in-person ones; on average 10 municipalities per meeting.
- The template folder contains 23 documents: including rules for lending equipment to pupils, a laptop specification, a procedure for reporting a data breach incident, a template of a municipal education digitalisation plan.
- Four municipalities jointly bought device management licences and share one administrator.
- Six municipalities adopted their own education digitalisation plan based on the template from the group.`,
      difficulties: `After the local elections in April 2024, mayors changed in five municipalities, and in three – the persons participating in the group. New people did not know the history of the arrangements and two municipalities dropped out of the group. Today we ask from the start for a substitute person to be named.

In summer attendance dropped to eight municipalities, and some meetings turned into complaining about the lack of money. Sticking more firmly to the scenario and the rule that a "difficult problem" is submitted in advance helped.`,
      transferConditions: `The model works when municipalities are similar to each other (size, number of schools) and when there is a moderator from outside the group. It also requires the consent of superiors for regular participation – preferably written, for the whole year.`,
      lessons: `- A fixed meeting scenario is more important than an attractive topic.
- Document templates must have a "record": who, when, where used it.
- One in-person meeting builds more trust than five online ones.`,
    },
  },
  organisation: { name: 'Związek Miast Polskich – zespół projektu „Cyfrowy rozwój oświaty w JST”', ownerType: 'ngo' },
  country: 'PL',
  region: 'lubelskie',
  sector: 'local-government',
  educationLevels: ['not-applicable'],
  targetGroups: ['local-government-staff'],
  practiceType: 'learning-community',
  lifecycleStage: 'diffuse',
  startDate: '2023-11-06',
  endDate: '2025-05-30',
  scale: { municipalities: 14, participants: 19, trainings: 15 },
  digCompEdu: ['1.2', '1.4'],
  digComp: ['2.1', '2.2', '2.4'],
  selfieAreas: ['collaboration-networking', 'leadership'],
  evidenceTypes: ['participation-data', 'survey', 'testimonials'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: PL_FUNDING,
  contact: { name: 'Joanna Pietrzyk', email: 'j.pietrzyk@example.pl' },
  tags: ['grupa wymiany doświadczeń', 'małe gminy', 'moderacja', 'wzory dokumentów', 'lubelszczyzna'],
  images: [{ caption: 'Spotkanie stacjonarne grupy we Wrzosowej Woli', colour: '#8C4F9E' }],
};

const pl05: SeedPractice = {
  key: 'pl-05',
  author: 'official-pl-1',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Wspólne zarządzanie urządzeniami w siedmiu szkołach gminy Modrzewiec: jeden informatyk, jedna konsola',
      summary:
        'Gmina przeniosła 640 szkolnych laptopów i tabletów do jednej konsoli zarządzania urządzeniami i zatrudniła jednego informatyka dla wszystkich siedmiu szkół. Do tego uruchomiła gminną wypożyczalnię dwóch mobilnych pracowni, które krążą między szkołami co cztery tygodnie.',
      challenge: `Każda z siedmiu szkół gminy miała „swojego” informatyka na umowę-zlecenie albo nauczyciela, który robił to po godzinach. Urządzenia były konfigurowane ręcznie, hasła zapisywane w zeszycie, a aktualizacje instalowano, gdy ktoś o nich pamiętał. Gdy w 2023 r. jeden z nauczycieli odszedł na emeryturę, szkoła przez dwa miesiące nie mogła się zalogować do połowy tabletów.

Małe szkoły (po 60–90 uczniów) miały za mało sprzętu na projekt z całą klasą, a duże trzymały w szafach tablety, których używano kilka razy w roku.`,
      description: `Gmina założyła wspólną domenę dla szkół i wdrożyła jedną konsolę do zdalnego zarządzania urządzeniami (MDM). Wszystkie szkolne laptopy i tablety są w niej zarejestrowane, mają ustawione Wi‑Fi, filtr treści, aktualizacje i zestaw aplikacji zależny od etapu edukacyjnego.

Zamiast siedmiu umów zleceń jest jeden etat informatyka gminnego, który dwa dni w tygodniu pracuje zdalnie, a trzy objeżdża szkoły według stałego planu. W każdej szkole jest nauczyciel-łącznik, który zgłasza problemy przez prosty formularz. Dwie mobilne pracownie (po 26 tabletów w walizce ładującej) krążą między szkołami według kalendarza ustalanego na semestr.`,
      implementation: `1. Inwentaryzacja sprzętu z naklejkami z kodem QR (wakacje 2023).
2. Decyzja o jednej domenie i konsoli; wybór na podstawie doświadczeń gmin z grupy wymiany doświadczeń.
3. Zatrudnienie informatyka gminnego w zespole obsługi szkół (wrzesień 2023).
4. Rejestracja urządzeń w konsoli szkoła po szkole, od najmniejszej; przywrócenie ustawień fabrycznych sprzętu o nieznanych hasłach.
5. Profile konfiguracji dla klas I–III, IV–VIII i dla nauczycieli.
6. Uruchomienie formularza zgłoszeń i wyznaczenie nauczycieli-łączników.
7. Kalendarz mobilnych pracowni i regulamin wypożyczenia między szkołami.`,
      resourcesNeeded: `Etat informatyka (koszt zbliżony do wcześniejszych siedmiu umów zleceń), licencje konsoli – ok. 14 zł rocznie za urządzenie, zakup dwóch walizek ładujących i 52 tabletów (ok. 110 tys. zł), samochód służbowy gminy dzielony z innymi wydziałami.`,
      outcomes: `- 640 urządzeń w jednej konsoli; 97% z aktualnym systemem (wcześniej nikt nie umiał tego policzyć).
- Średni czas rozwiązania zgłoszenia spadł z „kiedy informatyk przyjdzie” do 2,3 dnia roboczego.
- Mobilne pracownie były wypożyczone przez 31 z 36 tygodni roku szkolnego.
- Po kradzieży laptopa w jednej ze szkół urządzenie zablokowano zdalnie w ciągu godziny.`,
      difficulties: `Laptopy z rządowego programu „Laptop dla ucznia” są własnością uczniów, więc nie mogliśmy ich objąć zarządzaniem; nauczyciele oczekiwali, że informatyk gminny będzie je naprawiał, co generowało konflikty. Trzeba było jasno opisać w regulaminie, czego informatyk nie robi.

Około 90 starszych tabletów nie obsługiwało już konsoli i zostały wycofane wcześniej, niż planowaliśmy. Jeden informatyk to też ryzyko: w czasie jego urlopu zgłoszenia czekały. Dziś mamy umowę zastępstwa z informatykiem sąsiedniej gminy.`,
      transferConditions: `Najlepiej sprawdza się w gminach z 4–10 szkołami w odległości do 30 km. Wymaga decyzji, że sprzęt szkół jest zarządzany centralnie, i akceptacji dyrektorów, że część uprawnień przechodzi na gminę.`,
      lessons: `- Zacznij od inwentaryzacji i resetu haseł – bez tego konsola nic nie da.
- Nauczyciel-łącznik w szkole jest równie ważny jak informatyk.
- Wspólna pula sprzętu lepiej służy małym szkołom niż równy podział urządzeń.`,
    },
  },
  organisation: { name: 'Gmina Modrzewiec – Zespół Obsługi Szkół', ownerType: 'municipality' },
  country: 'PL',
  region: 'łódzkie',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['local-government-staff', 'ict-coordinators', 'teachers'],
  practiceType: 'tool',
  lifecycleStage: 'implement',
  startDate: '2023-07-01',
  scale: { schools: 7, municipalities: 1, participants: 112 },
  digCompEdu: ['2.1', '3.1'],
  digComp: ['4.1', '4.2', '5.1'],
  selfieAreas: ['infrastructure-equipment', 'leadership'],
  evidenceTypes: ['participation-data', 'case-study'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet gminy; tablety z programu „Cyfrowa Gmina”',
  contact: { name: 'Paweł Grabowski', email: 'p.grabowski@example.pl' },
  tags: ['zarządzanie urządzeniami', 'mdm', 'informatyk gminny', 'wypożyczalnia sprzętu', 'mała gmina'],
  images: [{ caption: 'Walizka ładująca mobilnej pracowni przed wyjazdem do szkoły', colour: '#D9603B' }],
};

const pl06: SeedPractice = {
  key: 'pl-06',
  author: 'official-pl-3',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Cyberbezpieczeństwo dla sekretariatów i dyrekcji szkół w Gdańsku: szkolenie, mikrolekcje i test phishingowy',
      summary:
        'Miasto przeszkoliło 410 pracowników administracji szkół i przedszkoli z rozpoznawania phishingu, bezpiecznych haseł i zgłaszania incydentów. Skuteczność sprawdzono dwoma symulowanymi atakami phishingowymi: odsetek kliknięć spadł z 27% do 9%.',
      challenge: `W ciągu jednego roku szkolnego trzy gdańskie placówki padły ofiarą oszustwa „na podmieniony numer konta” w fakturze, a w jednej zaszyfrowano komputer sekretariatu z danymi uczniów. We wszystkich przypadkach zaczęło się od wiadomości e-mail, w którą ktoś kliknął.

Szkolenia z cyberbezpieczeństwa dostawali dotąd głównie nauczyciele informatyki, a nie sekretarki, intendenci i kierownicy gospodarczy, którzy obsługują faktury, dane osobowe i konta w systemach.`,
      description: `Program ma trzy części:

- **trzygodzinne szkolenie stacjonarne** w grupach do 20 osób, na przykładach prawdziwych (zanonimizowanych) wiadomości, które trafiły do gdańskich szkół;
- **cztery mikrolekcje** wysyłane co miesiąc e-mailem (10 minut, jedno zagadnienie, jedno pytanie sprawdzające);
- **karta incydentu** – jedna strona przy każdym komputerze: co zrobić w pierwszych 15 minutach i do kogo dzwonić.

Przed szkoleniem i trzy miesiące po nim miasto przeprowadziło symulowaną kampanię phishingową, o której uczestnicy byli uprzedzeni tylko ogólnie.`,
      implementation: `1. Przegląd incydentów z ostatnich dwóch lat z inspektorem ochrony danych.
2. Pierwszy test phishingowy (wiadomość „z kuratorium” z linkiem do formularza).
3. Szkolenia stacjonarne w 22 grupach, od marca do maja.
4. Mikrolekcje: dwuetapowe logowanie, fałszywe faktury, kopie zapasowe, zgłaszanie naruszeń danych do UODO w ciągu 72 godzin.
5. Rozesłanie kart incydentu i numeru dyżurnego do działu IT.
6. Drugi test phishingowy po trzech miesiącach; indywidualne wyniki znała tylko osoba testowana, dyrektor dostawał dane zbiorcze dla placówki.`,
      resourcesNeeded: `Dwóch trenerów z działu bezpieczeństwa urzędu, narzędzie do symulacji phishingu (licencja roczna ok. 9 tys. zł), druk kart incydentu, czas pracowników: 3 godziny szkolenia plus 40 minut mikrolekcji.`,
      outcomes: `- 410 przeszkolonych osób ze 126 placówek.
- Odsetek kliknięć w symulowany link: 27% przed szkoleniem, 9% po trzech miesiącach.
- Odsetek osób, które zgłosiły podejrzaną wiadomość do działu IT: z 4% do 38%.
- W ciągu roku po szkoleniu nie odnotowano udanego oszustwa fakturowego; zgłoszeń podejrzanych wiadomości jest kilka tygodniowo.`,
      difficulties: `Pierwszy test phishingowy wywołał oburzenie części dyrektorów, którzy uznali go za „łapanie pracowników”. Za słabo wyjaśniliśmy cel i zasady poufności; w kolejnej edycji zapowiadamy test na spotkaniu dyrektorów i pokazujemy tylko dane zbiorcze.

Mikrolekcje czytało coraz mniej osób (czwartą otworzyło 41%). Dwuetapowego logowania nie udało się wprowadzić w przedszkolach, gdzie kilka osób korzysta z jednego konta – to wymaga najpierw osobnych kont, a więc pieniędzy na licencje.`,
      transferConditions: `Może to zrobić każda gmina lub powiat z własnym działem IT albo wspólnie z sąsiednimi gminami. Warunkiem jest zgoda na test phishingowy i jasne zasady, że jego wyniki nie służą ocenie pracowników.`,
      lessons: `- Szkolić trzeba tych, którzy otwierają faktury, nie tylko informatyków.
- Prawdziwe przykłady z własnego miasta działają lepiej niż ogólne prezentacje.
- Karta incydentu przy komputerze jest najtańszym elementem i jednym z najskuteczniejszych.`,
    },
  },
  organisation: { name: 'Urząd Miejski w Gdańsku – Wydział Rozwoju Społecznego', ownerType: 'municipality' },
  country: 'PL',
  region: 'pomorskie',
  sector: 'local-government',
  educationLevels: ['isced-0', 'isced-1', 'isced-2', 'isced-3'],
  targetGroups: ['local-government-staff', 'school-leaders', 'civil-servants'],
  practiceType: 'training',
  lifecycleStage: 'evaluate',
  startDate: '2024-01-15',
  endDate: '2024-09-30',
  scale: { schools: 126, participants: 410, trainings: 22 },
  digCompEdu: ['1.1'],
  digComp: ['4.1', '4.2', '2.5'],
  selfieAreas: ['infrastructure-equipment', 'continuing-professional-development'],
  evidenceTypes: ['learning-outcomes', 'participation-data'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet miasta',
  contact: { name: 'Katarzyna Lewandowska', email: 'k.lewandowska@example.pl' },
  tags: ['cyberbezpieczeństwo', 'phishing', 'administracja szkół', 'ochrona danych', 'gdańsk'],
};

const pl07: SeedPractice = {
  key: 'pl-07',
  author: 'official-pl-2',
  state: 'draft',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Jeden e-dziennik dla szkół i przedszkoli gminy Lipowy Dwór – wdrożenie krok po kroku',
      summary:
        'Gmina zastąpiła trzy różne systemy dziennika elektronicznego jedną umową obejmującą wszystkie szkoły, a przy okazji wprowadziła e-dziennik w przedszkolu i oddziałach przedszkolnych, gdzie dotąd prowadzono dokumentację papierową. Opis jest w przygotowaniu – brakuje jeszcze wyników ankiety wśród rodziców.',
      challenge: `Cztery szkoły gminy korzystały z trzech różnych dzienników elektronicznych, kupowanych przez dyrektorów w różnych latach. Gmina płaciła trzy abonamenty, rodzice z dziećmi w dwóch szkołach mieli dwa konta i dwie aplikacje, a gminny zespół obsługi szkół nie mógł przygotować żadnego zestawienia frekwencji dla całej gminy.

W przedszkolu i oddziałach przedszkolnych dokumentację prowadzono na papierze, a informacje dla rodziców wieszano na tablicy ogłoszeń.`,
      description: `Gmina przeprowadziła jedno postępowanie na dziennik elektroniczny dla wszystkich placówek, z modułem przedszkolnym i modułem wiadomości dla rodziców. Przejście zaplanowano na wakacje, tak by nowy rok szkolny zaczął się już w jednym systemie.

Dla nauczycieli przygotowano szkolenia w każdej szkole, a dla rodziców – dyżury „e-dziennik bez stresu” w pierwszych tygodniach września, także w bibliotece gminnej dla osób bez komputera w domu.`,
      implementation: `1. Zestawienie umów, terminów wypowiedzenia i kosztów dotychczasowych systemów (styczeń).
2. Spotkanie z dyrektorami i wybór wymagań: moduł przedszkolny, eksport danych, aplikacja dla rodziców.
3. Zapytanie ofertowe i wybór dostawcy (marzec–kwiecień).
4. Eksport danych archiwalnych ze starych systemów i przechowywanie ich zgodnie z przepisami o dokumentacji przebiegu nauczania.
5. Szkolenia nauczycieli (dwie godziny w każdej szkole, w sierpniu).
6. Dyżury dla rodziców we wrześniu: w szkołach i w bibliotece gminnej.
7. Ankieta dla rodziców i nauczycieli po pierwszym semestrze (w przygotowaniu).`,
      resourcesNeeded: `Abonament jednego systemu (niższy o ok. 18% niż suma trzech dotychczasowych), ok. 40 godzin pracy pracownicy zespołu obsługi szkół, szkolenia dostawcy w cenie umowy, dyżury nauczycieli we wrześniu (płatne jako godziny ponadwymiarowe).`,
      outcomes: `Wstępne dane po trzech miesiącach:

- wszystkie 4 szkoły, przedszkole i 3 oddziały przedszkolne w jednym systemie,
- 86% rodziców aktywowało konto (w przedszkolu 71%),
- pierwsze zbiorcze zestawienie frekwencji dla rady gminy.

Pełne wyniki uzupełnimy po ankiecie w lutym.`,
      difficulties: `Eksport danych z jednego ze starych systemów okazał się płatny i trwał sześć tygodni; umowę należało sprawdzić dużo wcześniej. Nauczycielki przedszkola obawiały się, że e-dziennik zajmie im czas z dziećmi – część obaw okazała się słuszna, bo moduł przedszkolny wymaga codziennych wpisów, które wcześniej robiono raz w tygodniu.

Dyżury w bibliotece cieszyły się mniejszym zainteresowaniem, niż sądziliśmy (23 osoby); więcej dały telefony wychowawców do rodzin, które nie aktywowały konta.`,
      transferConditions: `Sprawdzi się w gminach, w których szkoły mają różne systemy i kończące się umowy. Wymaga wcześniejszego sprawdzenia warunków eksportu danych i zgody dyrektorów na wspólny wybór.`,
      lessons: `- Umowy ze starymi dostawcami trzeba przeczytać pół roku przed zmianą.
- Przedszkole potrzebuje innego wdrożenia niż szkoła.
- (do uzupełnienia po ankiecie)`,
    },
  },
  organisation: { name: 'Gmina Lipowy Dwór – Gminny Zespół Obsługi Szkół', ownerType: 'municipality' },
  country: 'PL',
  region: 'podkarpackie',
  sector: 'local-government',
  educationLevels: ['isced-0', 'isced-1', 'isced-2'],
  targetGroups: ['local-government-staff', 'teachers', 'parents'],
  practiceType: 'tool',
  lifecycleStage: 'implement',
  startDate: '2025-01-07',
  scale: { schools: 5, municipalities: 1, participants: 96 },
  digCompEdu: ['2.1', '4.3'],
  digComp: ['2.1', '2.2'],
  selfieAreas: ['infrastructure-equipment', 'collaboration-networking'],
  evidenceTypes: ['participation-data'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet gminy',
  contact: { name: 'Renata Sowa', email: 'r.sowa@example.pl' },
  tags: ['e-dziennik', 'przedszkole', 'komunikacja z rodzicami', 'wdrożenie', 'mała gmina'],
};

const pl08: SeedPractice = {
  key: 'pl-08',
  author: 'teacher-pl-1',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Od wyników SELFIE do rozmowy z gminą: jak szkoła współtworzyła plan cyfryzacji oświaty',
      summary:
        'Szkoła podstawowa przeprowadziła SELFIE wśród uczniów, nauczycieli i dyrekcji, a wyniki przełożyła na trzy konkretne prośby do gminy zamiast długiej listy zakupów. Dwie z nich trafiły do gminnego planu cyfryzacji oświaty.',
      challenge: `Gdy gmina zapowiedziała przygotowanie planu cyfryzacji oświaty, dyrektorzy dostali formularz „potrzeby sprzętowe szkoły”. Wiedzieliśmy, że jeśli wpiszemy tylko „30 laptopów i monitor do każdej sali”, dostaniemy część sprzętu, który znów będzie leżał w szafie.

Brakowało nam danych, które pokażą gminie, co naprawdę utrudnia pracę: czy sprzęt, czy sieć, czy brak wsparcia, czy umiejętności.`,
      description: `Szkoła (214 uczniów, 23 nauczycieli) przeprowadziła SELFIE w trzech grupach: dyrekcja, nauczyciele oraz uczniowie klas V–VIII. Zespół trzech nauczycieli przeanalizował wyniki na radzie pedagogicznej metodą „trzy mocne strony, trzy luki”.

Największa różnica dotyczyła obszaru wsparcia i zasobów: nauczyciele oceniali wsparcie techniczne na 2,1 w skali 1–5, a uczniowie rzadko tworzyli coś z użyciem technologii – głównie oglądali i odpowiadali na quizy. Z tego powstały trzy prośby do gminy: stały informatyk zamiast doraźnych wizyt, dostęp do zestawu tabletów na projekty i szkolenie z projektowania lekcji, a nie z obsługi sprzętu.`,
      implementation: `1. Decyzja rady pedagogicznej i zgody rodziców na udział uczniów w ankiecie (październik).
2. Wypełnienie SELFIE w ciągu dwóch tygodni; uczniowie na lekcjach informatyki.
3. Analiza raportu przez zespół trzech nauczycieli.
4. Rada pedagogiczna: „trzy mocne strony, trzy luki” i wybór priorytetów.
5. Jednostronicowa notatka dla gminy z wynikami i trzema prośbami.
6. Udział dyrektorki w warsztacie gminy nad planem cyfryzacji.
7. Ponowne SELFIE po roku – porównanie wyników.`,
      resourcesNeeded: `Bezpłatne narzędzie SELFIE, ok. 10 godzin pracy zespołu nauczycieli, jedna rada pedagogiczna, lekcje informatyki na wypełnienie ankiety przez uczniów.`,
      outcomes: `- Gmina zatrudniła wspólnego informatyka dla szkół i uruchomiła mobilne pracownie krążące między szkołami – obie prośby weszły do planu.
- Szkolenie z projektowania lekcji nie zostało sfinansowane przez gminę; szkoła zorganizowała je z pomocą doradcy metodycznego.
- Po roku ocena wsparcia technicznego w SELFIE wzrosła z 2,1 do 3,6.
- Uczniowie częściej wskazywali, że tworzą na lekcjach prezentacje, nagrania i proste programy.`,
      difficulties: `Pierwszy termin ankiety wypadł przed feriami i odpowiedziało tylko 40% uczniów; trzeba było powtórzyć zbieranie danych. Część nauczycieli obawiała się, że wyniki zostaną użyte do ich oceny – pomogło zapewnienie, że raport analizujemy tylko zbiorczo.

Nie wszystko dało się „przetłumaczyć” na język gminy: wyniki dotyczące pedagogiki urzędnicy uznali za sprawę szkoły. Drugi raz od razu zaproponowalibyśmy, kto i za ile może zrobić szkolenie.`,
      transferConditions: `Każda szkoła może to powtórzyć, jeśli organ prowadzący jest gotów słuchać. Najlepiej działa, gdy kilka szkół w gminie robi SELFIE w tym samym czasie i przedstawia wyniki w podobnej formie.`,
      lessons: `- Trzy konkretne prośby z danymi są skuteczniejsze niż lista zakupów.
- Głos uczniów w SELFIE przekonuje urzędników bardziej niż opinie nauczycieli.
- Ankieta przed feriami to zły pomysł.`,
    },
  },
  organisation: { name: 'Szkoła Podstawowa nr 2 im. Marii Konopnickiej w Modrzewcu', ownerType: 'school' },
  country: 'PL',
  region: 'łódzkie',
  sector: 'school',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['teachers', 'school-leaders', 'pupils'],
  practiceType: 'self-assessment',
  lifecycleStage: 'evaluate',
  startDate: '2023-10-02',
  endDate: '2024-11-29',
  scale: { schools: 1, participants: 146 },
  digCompEdu: ['1.4', '3.1', '6.3'],
  digComp: ['3.1'],
  selfieAreas: ['leadership', 'infrastructure-equipment', 'pedagogy-implementation', 'student-digital-competence'],
  evidenceTypes: ['self-assessment-data', 'case-study'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Środki własne szkoły',
  contact: { name: 'Ewa Nowicka', email: 'e.nowicka@example.pl' },
  tags: ['selfie', 'samoocena szkoły', 'plan cyfryzacji gminy', 'szkoła podstawowa', 'współpraca z gminą'],
  images: [{ caption: 'Rada pedagogiczna: „trzy mocne strony, trzy luki”', colour: '#3B8EA5' }],
};

const pl09: SeedPractice = {
  key: 'pl-09',
  author: 'official-pl-2',
  state: 'published',
  originalLanguage: 'pl',
  texts: {
    pl: {
      provenance: 'original',
      reviewed: true,
      title: 'Plan cyfryzacji oświaty małej gminy wiejskiej: pięć szkół, dwanaście stron konkretów',
      summary:
        'Gmina Wrzosowa Wola przygotowała krótki, trzyletni plan cyfryzacji oświaty, w którym każde zadanie ma koszt, źródło finansowania i osobę odpowiedzialną. Plan powstał na wzorze z grupy wymiany doświadczeń i po pierwszym roku został zaktualizowany, bo dwa założenia okazały się nierealne.',
      challenge: `Gmina prowadzi pięć szkół podstawowych (dwie mają mniej niż 70 uczniów) i jedno przedszkole. Nie ma ani informatyka, ani osoby od funduszy zewnętrznych. Wnioski do programów rządowych pisano w pośpiechu, a kupiony sprzęt nie zawsze pasował do tego, co już było w szkołach.

Wzory planów cyfryzacji, które znaleźliśmy, miały po 60–80 stron i pisały je firmy doradcze dla dużych miast. Dla nas taki dokument byłby martwy.`,
      description: `Plan ma 12 stron i cztery części: diagnozę (tabela z audytu i wyniki SELFIE z czterech szkół), cele na trzy lata, tabelę zadań oraz sposób monitorowania. W tabeli zadań każde zadanie ma koszt, źródło finansowania, termin i osobę odpowiedzialną.

Najważniejsze zadania to: podłączenie wszystkich szkół do OSE, wspólny informatyk z sąsiednią gminą, wymiana sieci Wi‑Fi w dwóch największych szkołach, szkolenia nauczycieli prowadzone przez doradcę metodycznego oraz jeden dzień w roku poświęcony cyberbezpieczeństwu dla pracowników administracji.`,
      implementation: `1. Zespół: sekretarz gminy, inspektorka ds. oświaty, dwoje dyrektorów (wrzesień 2023).
2. Audyt sprzętu na uproszczonym arkuszu z grupy wymiany doświadczeń.
3. SELFIE w czterech szkołach (piąta dołączyła rok później).
4. Jedno spotkanie warsztatowe z wszystkimi dyrektorami i przedstawicielami rad rodziców.
5. Projekt planu, konsultacja z radami pedagogicznymi i komisją oświaty rady gminy.
6. Przyjęcie planu zarządzeniem wójta (styczeń 2024).
7. Przegląd po roku: aktualizacja tabeli zadań i kosztów.`,
      resourcesNeeded: `Ok. 60 godzin pracy inspektorki ds. oświaty, konsultacje z ekspertką programu „Cyfrowy rozwój oświaty w JST”. Realizacja planu: ok. 1,2 mln zł na trzy lata, z czego ok. 40% ze źródeł zewnętrznych.`,
      outcomes: `- Wszystkie szkoły w OSE w ciągu 10 miesięcy.
- Wspólny informatyk z sąsiednią gminą na podstawie porozumienia międzygminnego.
- 41 nauczycieli (na 58) ukończyło cykl szkoleń z projektowania lekcji z technologią.
- Pierwszy w historii gminy raport z realizacji zadań oświatowych przedstawiony radzie gminy.`,
      difficulties: `Dwa założenia okazały się nierealne. Operator nie zdążył doprowadzić światłowodu do najmniejszej szkoły i przez pół roku działała na łączu radiowym. Koszt wymiany Wi‑Fi był oszacowany na podstawie cen sprzed dwóch lat i przekroczyliśmy go o 35%.

Nauczyciele w jednej szkole odmówili drugiego SELFIE („kolejna ankieta”); dopiero pokazanie, co zmieniło się po pierwszym, przekonało radę pedagogiczną. Dziś do planu wpisujemy rezerwę 15% na każde zadanie sprzętowe.`,
      transferConditions: `Wzór nadaje się dla gmin z 2–8 szkołami. Warunkiem jest osoba, która pilnuje tabeli zadań, i zgoda wójta na coroczny przegląd planu przed radą gminy.`,
      lessons: `- Krótki plan, który ktoś czyta, jest lepszy niż długi, którego nikt nie otwiera.
- Każde zadanie musi mieć koszt i nazwisko.
- Rezerwa na wzrost cen to nie luksus, tylko konieczność.`,
    },
  },
  organisation: { name: 'Gmina Wrzosowa Wola – Urząd Gminy', ownerType: 'municipality' },
  country: 'PL',
  region: 'lubelskie',
  sector: 'local-government',
  educationLevels: ['isced-0', 'isced-1', 'isced-2'],
  targetGroups: ['local-government-staff', 'school-leaders', 'policy-makers'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'evaluate',
  startDate: '2023-09-04',
  endDate: '2026-12-31',
  scale: { schools: 6, municipalities: 1, participants: 58 },
  digCompEdu: ['1.1', '1.4'],
  digComp: ['5.2'],
  selfieAreas: ['leadership', 'infrastructure-equipment', 'continuing-professional-development'],
  evidenceTypes: ['self-assessment-data', 'participation-data', 'case-study'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: PL_PROGRAMME,
  funding: 'Budżet gminy; OSE; doradztwo w ramach projektu ORE i ZMP (FERS 2021–2027)',
  contact: { name: 'Barbara Mazur', email: 'b.mazur@example.pl' },
  tags: ['plan cyfryzacji', 'gmina wiejska', 'oświata', 'ose', 'monitorowanie'],
};

export const practicesPolandSweden: SeedPractice[] = [pl01, pl02, pl03, pl04, pl05, pl06, pl07, pl08, pl09];
