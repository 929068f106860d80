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
      title: 'Experience Exchange Group of rural municipalities in the Lublin region: 14 members, one template folder',
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
    sv: {
      provenance: 'machine',
      reviewed: false,
      title: 'Digitaliseringsplan för skolan i en liten landsbygdskommun: fem skolor, tolv sidor med konkreta åtgärder',
      summary:
        'Kommunen Wrzosowa Wola tog fram en kort, treårig plan för skolans digitalisering där varje åtgärd har en kostnad, en finansieringskälla och en ansvarig person. Planen byggde på en mall från erfarenhetsutbytesgruppen och uppdaterades efter det första året, eftersom två antaganden visade sig vara orealistiska.',
      challenge: `Kommunen är huvudman för fem grundskolor (två har färre än 70 elever) och en förskola. Den har varken en IT-tekniker eller en person som arbetar med externa medel. Ansökningar till statliga program skrevs i all hast, och den utrustning som köptes passade inte alltid ihop med det som redan fanns i skolorna.

De mallar för digitaliseringsplaner som vi hittade hade 60–80 sidor och var skrivna av konsultföretag för stora städer. För oss skulle ett sådant dokument vara dött.`,
      description: `Planen har 12 sidor och fyra delar: nulägesanalys (tabell från inventeringen och SELFIE-resultat från fyra skolor), mål för tre år, en åtgärdstabell och ett sätt att följa upp. I åtgärdstabellen har varje åtgärd en kostnad, en finansieringskälla, en tidsfrist och en ansvarig person.

De viktigaste åtgärderna är: anslutning av alla skolor till det nationella utbildningsnätet OSE, en gemensam IT-tekniker med grannkommunen, nytt wifi i de två största skolorna, fortbildning av lärare som leds av en metodikrådgivare samt en dag per år om cybersäkerhet för den administrativa personalen.`,
      implementation: `1. Arbetsgrupp: kommunsekreteraren, skolinspektören och två rektorer (september 2023).
2. Inventering av utrustning i ett förenklat kalkylark från erfarenhetsutbytesgruppen.
3. SELFIE i fyra skolor (den femte anslöt ett år senare).
4. Ett workshopmöte med alla rektorer och representanter för föräldraråden.
5. Utkast till plan, samråd med lärarkollegierna och kommunfullmäktiges utbildningsutskott.
6. Planen antogs genom beslut av kommunchefen (januari 2024).
7. Översyn efter ett år: uppdatering av åtgärdstabellen och kostnaderna.`,
      resourcesNeeded: `Cirka 60 timmars arbete för skolinspektören och konsultationer med en expert från programmet ”Cyfrowy rozwój oświaty w JST”. Genomförandet av planen: cirka 1,2 miljoner złoty under tre år, varav cirka 40 % från externa källor.`,
      outcomes: `- Alla skolor anslutna till OSE inom 10 månader.
- En gemensam IT-tekniker med grannkommunen på grundval av ett mellankommunalt avtal.
- 41 lärare (av 58) genomförde fortbildningen i att planera lektioner med teknik.
- Kommunens första rapport om genomförandet av utbildningsåtgärder presenterades för kommunfullmäktige.`,
      difficulties: `Två antaganden visade sig vara orealistiska. Operatören hann inte dra fiber till den minsta skolan, som under ett halvår fick klara sig med en radiolänk. Kostnaden för nytt wifi hade beräknats utifrån priser från två år tidigare, och vi överskred den med 35 %.

Lärarna på en skola vägrade göra SELFIE en andra gång (”ännu en enkät”); först när vi visade vad som förändrats efter den första gick kollegiet med på det. I dag lägger vi in en reserv på 15 % för varje utrustningsåtgärd.`,
      transferConditions: `Mallen passar kommuner med 2–8 skolor. En förutsättning är en person som håller koll på åtgärdstabellen och att kommunchefen går med på en årlig översyn av planen inför fullmäktige.`,
      lessons: `- En kort plan som någon läser är bättre än en lång som ingen öppnar.
- Varje åtgärd måste ha en kostnad och ett namn.
- En reserv för prisökningar är ingen lyx, utan en nödvändighet.`,
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

const SE_PROGRAMME = 'Nationell digitaliseringsstrategi för skolväsendet (2017) – lokal uppföljning';

const se01: SeedPractice = {
  key: 'se-01',
  author: 'official-se-1',
  state: 'published',
  featured: true,
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Uppföljning av digitaliseringsstrategin i Göteborgs grundskolor: en årlig indikatorrapport som används',
      summary:
        'Grundskoleförvaltningen följer varje år upp den lokala digitaliseringsstrategin med tolv indikatorer från LIKA, elevenkäten, enhetsinventeringen och supportärenden. Resultaten diskuteras i uppföljningsdialoger med varje rektor och styr nästa års prioriteringar, i stället för att hamna i en rapport som ingen läser.',
      challenge: `Den lokala planen för skolans digitalisering utgick från den nationella digitaliseringsstrategin för skolväsendet från 2017 och dess tre fokusområden: digital kompetens för alla, likvärdig tillgång och användning samt forskning och uppföljning. Det tredje området var det svagaste: vi visste hur många datorer som köpts, men inte om eleverna faktiskt utvecklade sin digitala kompetens.

Uppföljningen bestod av enkäter från olika avdelningar, med låg svarsfrekvens och utan återkoppling till skolorna. Rektorerna upplevde uppföljningen som administration, inte som stöd.`,
      description: `Vi samlade uppföljningen i en årlig indikatorrapport med tolv indikatorer i fyra områden – ledning, infrastruktur, kompetens och användning – samma områden som i SKR:s självskattningsverktyg LIKA. Varje indikator har en datakälla, en ansvarig och ett målvärde för 2026.

Rapporten tas fram i oktober och används i uppföljningsdialoger mellan verksamhetschef och rektor i november. Varje skola får en egen sida där värdena jämförs med stadens snitt och med skolor med liknande förutsättningar – inte en rankning.`,
      implementation: `1. Inventering av all befintlig uppföljning – vi hittade nio enkäter till samma rektorer.
2. Val av tolv indikatorer i en arbetsgrupp med rektorer, IT-pedagoger och analytiker (våren 2022).
3. LIKA som gemensam självskattning för alla skolor varje september.
4. Tre frågor om digitalt lärande i stadens elevenkät för åk 5 och 8.
5. Automatisk hämtning av enhets- och supportdata från IT-avdelningen.
6. Skolsidor och en stadsövergripande sammanställning i oktober.
7. Uppföljningsdialoger i november och beslut om prioriteringar i december.`,
      resourcesNeeded: `En analytiker på 30 % under hösten, en digitaliseringsstrateg som samordnar, tid för rektorerna (LIKA tar ca två timmar i skolans ledningsgrupp) och en timme per skola i dialogen. Inga nya system – vi använde befintliga enkätverktyg och kalkylark.`,
      outcomes: `- 138 av 142 skolor genomförde LIKA både 2023 och 2024.
- Antalet enkäter om digitalisering till rektorerna minskade från nio till en.
- Andelen elever i åk 8 som svarar att de ofta skapar något digitalt i skolan ökade från 34 % till 45 % på två år.
- Tre stadsområden med stora skillnader i tillgång till stöd fick förstärkning med IT-pedagoger.
- Rapporten används nu som underlag i budgetarbetet.`,
      difficulties: `Självskattningen i LIKA blev för positiv på skolor som tidigare fått kritik – vissa rektorer ville visa förbättring. Vi har därför lagt till två objektiva indikatorer (andel enheter med aktuellt operativsystem och svarstid i supporten) och ber om exempel som stöd för höga värden.

Elevenkätens svarsfrekvens i åk 8 var bara 61 % på vissa skolor. När den nationella debatten 2023 svängde mot tryckta läroböcker blev några av våra målvärden omstridda, eftersom de mätte mer användning. Vi borde från början ha formulerat indikatorerna så att de mäter ändamålsenlig användning.`,
      transferConditions: `Fungerar i kommuner och förvaltningar som redan har en elevenkät och en IT-avdelning som kan ta fram enhetsdata. Mindre kommuner kan nöja sig med sex indikatorer och föra dialogen i ledningsgruppen.`,
      lessons: `- Färre indikatorer, men varje indikator ska kunna leda till ett beslut.
- Självskattning behöver kompletteras med minst ett objektivt mått.
- Uppföljningsdialogen är viktigare än själva rapporten.`,
    },
    en: {
      provenance: 'human',
      reviewed: true,
      title: 'Following up the digitalisation strategy in Göteborg\'s schools: an annual indicator report that is used',
      summary:
        'The compulsory school administration follows up the local digitalisation strategy every year with twelve indicators drawn from LIKA, the pupil survey, the device inventory and support tickets. The results are discussed in follow-up dialogues with each head teacher and set the next year\'s priorities, instead of ending up in a report nobody reads.',
      challenge: `The local plan for school digitalisation built on Sweden's 2017 national digitalisation strategy for the school system and its three focus areas: digital competence for all, equal access and use, and research and follow-up. The third area was the weakest: we knew how many computers had been bought, but not whether pupils were actually developing their digital competence.

Follow-up consisted of surveys from different departments, with low response rates and no feedback to schools. Head teachers experienced follow-up as paperwork, not support.`,
      description: `We brought the follow-up together in an annual indicator report with twelve indicators in four areas – leadership, infrastructure, competence and use – the same areas as in LIKA, the self-assessment tool of the Swedish Association of Local Authorities and Regions (SKR). Each indicator has a data source, an owner and a target value for 2026.

The report is produced in October and used in November in follow-up dialogues between the area manager and the head teacher. Each school gets its own page comparing its values with the city average and with schools in similar circumstances – not a ranking.`,
      implementation: `1. Inventory of all existing follow-up – we found nine surveys sent to the same head teachers.
2. Choice of twelve indicators by a working group of head teachers, IT pedagogues and analysts (spring 2022).
3. LIKA as a common self-assessment for all schools every September.
4. Three questions on digital learning in the city's pupil survey for years 5 and 8.
5. Automatic extraction of device and support data from the IT department.
6. School pages and a city-wide summary in October.
7. Follow-up dialogues in November and decisions on priorities in December.`,
      resourcesNeeded: `An analyst at 30% during the autumn, a digitalisation strategist who coordinates, head teachers' time (LIKA takes about two hours in the school leadership team) and one hour per school for the dialogue. No new systems – we used existing survey tools and spreadsheets.`,
      outcomes: `- 138 of 142 schools completed LIKA in both 2023 and 2024.
- The number of digitalisation surveys sent to head teachers fell from nine to one.
- The share of year 8 pupils who say they often create something digital at school rose from 34% to 45% in two years.
- Three city districts with large gaps in access to support were given additional IT pedagogues.
- The report is now used as input to budget work.`,
      difficulties: `Self-assessment in LIKA was too positive in schools that had previously been criticised – some head teachers wanted to show improvement. We therefore added two objective indicators (share of devices with a current operating system, and support response time) and ask for examples to back up high scores.

The pupil survey's response rate in year 8 was only 61% in some schools. When the national debate in 2023 swung towards printed textbooks, some of our target values became contested because they measured more use. We should have worded the indicators from the start to measure purposeful use.`,
      transferConditions: `Works in municipalities and school administrations that already have a pupil survey and an IT department able to produce device data. Smaller municipalities can settle for six indicators and hold the dialogue in the management team.`,
      lessons: `- Fewer indicators, but each indicator must be able to lead to a decision.
- Self-assessment needs at least one objective measure alongside it.
- The follow-up dialogue matters more than the report itself.`,
    },
    pl: {
      provenance: 'human',
      reviewed: true,
      title: 'Monitorowanie strategii cyfryzacji w szkołach Göteborga: coroczny raport wskaźników, który naprawdę działa',
      summary:
        'Zarząd szkół podstawowych co roku sprawdza realizację lokalnej strategii cyfryzacji za pomocą dwunastu wskaźników z narzędzia LIKA, ankiety uczniowskiej, inwentaryzacji urządzeń i zgłoszeń do pomocy technicznej. Wyniki są omawiane w rozmowach z każdym dyrektorem i wyznaczają priorytety na kolejny rok, zamiast trafiać do raportu, którego nikt nie czyta.',
      challenge: `Lokalny plan cyfryzacji szkół opierał się na szwedzkiej krajowej strategii cyfryzacji systemu szkolnego z 2017 r. i jej trzech obszarach: kompetencje cyfrowe dla wszystkich, równy dostęp i wykorzystanie oraz badania i monitorowanie. Trzeci obszar był najsłabszy: wiedzieliśmy, ile komputerów kupiono, ale nie wiedzieliśmy, czy uczniowie rzeczywiście rozwijają kompetencje cyfrowe.

Monitorowanie polegało na ankietach z różnych działów, z niską stopą zwrotu i bez informacji zwrotnej dla szkół. Dyrektorzy traktowali je jako biurokrację, a nie wsparcie.`,
      description: `Połączyliśmy monitorowanie w jeden coroczny raport z dwunastoma wskaźnikami w czterech obszarach – przywództwo, infrastruktura, kompetencje i wykorzystanie – tych samych co w narzędziu samooceny LIKA szwedzkiego związku gmin i regionów (SKR). Każdy wskaźnik ma źródło danych, osobę odpowiedzialną i wartość docelową na 2026 r.

Raport powstaje w październiku, a w listopadzie służy do rozmów kierownika obszaru z dyrektorem. Każda szkoła dostaje własną stronę, na której jej wyniki są porównane ze średnią miasta i ze szkołami o podobnych warunkach – bez rankingu.`,
      implementation: `1. Przegląd całego dotychczasowego monitorowania – znaleźliśmy dziewięć ankiet wysyłanych do tych samych dyrektorów.
2. Wybór dwunastu wskaźników przez zespół dyrektorów, pedagogów ds. TIK i analityków (wiosna 2022).
3. LIKA jako wspólna samoocena wszystkich szkół co roku we wrześniu.
4. Trzy pytania o uczenie się z technologią w miejskiej ankiecie dla uczniów klas 5 i 8.
5. Automatyczne pobieranie danych o urządzeniach i zgłoszeniach z działu IT.
6. Strony szkół i zestawienie dla całego miasta w październiku.
7. Rozmowy z dyrektorami w listopadzie i decyzje o priorytetach w grudniu.`,
      resourcesNeeded: `Analityk w wymiarze 30% etatu jesienią, strateg ds. cyfryzacji jako koordynator, czas dyrektorów (LIKA zajmuje ok. dwóch godzin w zespole kierowniczym szkoły) i godzina na rozmowę z każdą szkołą. Bez nowych systemów – wykorzystaliśmy istniejące narzędzia ankietowe i arkusze kalkulacyjne.`,
      outcomes: `- 138 ze 142 szkół wypełniło LIKA zarówno w 2023, jak i w 2024 r.
- Liczba ankiet o cyfryzacji kierowanych do dyrektorów spadła z dziewięciu do jednej.
- Odsetek uczniów klasy 8, którzy deklarują, że często tworzą coś cyfrowego w szkole, wzrósł w dwa lata z 34% do 45%.
- Trzy dzielnice z dużymi różnicami w dostępie do wsparcia otrzymały dodatkowych pedagogów ds. TIK.
- Raport jest dziś wykorzystywany przy planowaniu budżetu.`,
      difficulties: `Samoocena w LIKA wypadała zbyt pozytywnie w szkołach, które wcześniej były krytykowane – niektórzy dyrektorzy chcieli pokazać poprawę. Dodaliśmy więc dwa obiektywne wskaźniki (odsetek urządzeń z aktualnym systemem operacyjnym i czas reakcji pomocy technicznej) i prosimy o przykłady uzasadniające wysokie oceny.

Zwrotność ankiety uczniowskiej w klasie 8 wynosiła w niektórych szkołach tylko 61%. Gdy w 2023 r. debata krajowa zwróciła się w stronę drukowanych podręczników, część wartości docelowych stała się sporna, bo mierzyła więcej użycia technologii. Od początku należało tak sformułować wskaźniki, by mierzyły celowe wykorzystanie.`,
      transferConditions: `Sprawdzi się w gminach i zarządach oświaty, które mają już ankietę dla uczniów i dział IT zdolny dostarczyć dane o urządzeniach. Mniejsze gminy mogą poprzestać na sześciu wskaźnikach i prowadzić rozmowy w zespole kierowniczym.`,
      lessons: `- Mniej wskaźników, ale każdy musi móc prowadzić do decyzji.
- Samoocenę trzeba uzupełnić przynajmniej jednym obiektywnym miernikiem.
- Rozmowa o wynikach jest ważniejsza niż sam raport.`,
    },
  },
  organisation: { name: 'Göteborgs Stad – grundskoleförvaltningen', ownerType: 'municipality' },
  country: 'SE',
  region: 'Västra Götalands län',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['school-leaders', 'local-government-staff', 'policy-makers'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'evaluate',
  startDate: '2022-03-01',
  scale: { schools: 142, municipalities: 1, participants: 142 },
  digCompEdu: ['1.1', '1.4', '6.1'],
  digComp: ['5.2'],
  selfieAreas: ['leadership', 'infrastructure-equipment', 'student-digital-competence'],
  evidenceTypes: ['self-assessment-data', 'survey', 'participation-data'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Kommunal budget',
  contact: { name: 'Karin Lindqvist', email: 'karin.lindqvist@example.se' },
  tags: ['uppföljning', 'digitaliseringsstrategi', 'indikatorer', 'lika', 'göteborg'],
  images: [{ caption: 'Exempel på en skolsida i indikatorrapporten', colour: '#1F5F8B' }],
};

const se02: SeedPractice = {
  key: 'se-02',
  author: 'moderator-se',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Likvärdig tillgång i Malmö: byte samma dag, utlåningspool och uppkoppling hemma för alla elever',
      summary:
        'Grundskoleförvaltningen kompletterade en-till-en i åk 4–9 med en utlåningspool på varje skola, byte av trasig dator samma dag och lån av mobila routrar till familjer utan internet hemma. Syftet är att ingen elev ska hamna efter för att tekniken saknas.',
      challenge: `Alla elever i åk 4–9 hade en egen dator, men i praktiken var många utan den i veckor: en trasig skärm betydde att datorn skickades på reparation och att eleven fick klara sig utan. Kartläggningen visade att på skolor i socioekonomiskt utsatta områden var i snitt 7 % av elevdatorerna på reparation samtidigt, jämfört med 2 % på övriga skolor.

Dessutom saknade omkring 380 familjer fast internet hemma och hade bara mobilabonnemang med begränsad surf. Läxor och lärplattformen förutsatte uppkoppling.`,
      description: `Likvärdighetspaketet har tre delar:

- **utlåningspool** på varje skola (5 % av antalet elevdatorer), förkonfigurerade och klara att logga in på;
- **byte samma dag**: eleven lämnar den trasiga datorn hos skolans IT-ansvarige och får en lånedator direkt, utan blanketter;
- **uppkoppling hemma**: mobila routrar med obegränsad data lånas ut under läsåret till familjer som kurator eller mentor identifierat, utan att familjen behöver visa inkomstuppgifter.`,
      implementation: `1. Kartläggning av reparationer och enhetsbortfall per skola (hösten 2022).
2. Frågor om uppkoppling hemma i mentorssamtalen; kuratorerna identifierar familjer med behov.
3. Upphandling av 420 routrar med abonnemang.
4. Utlåningspool och rutin för byte samma dag på alla skolor.
5. Information till vårdnadshavare på nio språk.
6. Uppföljning varje termin: enhetsbortfall, lånetider och återlämning.`,
      resourcesNeeded: `Cirka 2,1 miljoner kronor per år för routrar och abonnemang, 5 % extra datorer i varje skolas pool och en timme i veckan för den IT-ansvarige på varje skola. Kuratorer och mentorer lägger tid på att identifiera familjer – det är den svåraste resursen att få fram.`,
      outcomes: `- Andelen elever utan fungerande dator sjönk från 7 % till under 1 % på de berörda skolorna.
- 412 familjer lånade router läsåret 2023/24.
- Andelen inlämnade digitala uppgifter i åk 7–9 ökade med 9 procentenheter på de fem skolor som lånade ut flest routrar.
- Lärarna rapporterar färre lektioner där planeringen måste ändras för att elever saknar dator.`,
      difficulties: `Vissa elever skämdes över att låna router och tackade nej; det fungerade bättre när mentorn erbjöd det som något alla kan få. Ett 40-tal routrar kom inte tillbaka efter sommarlovet, och några användes uppenbarligen av hela familjen – det accepterade vi till slut, eftersom syftet ändå uppfylldes.

Utlåningspoolen tömdes på några skolor i maj när många datorer gick sönder samtidigt; vi borde ha dimensionerat efter varje skolas historik i stället för samma procentsats överallt. Vi har ännu inte kunnat mäta effekten på lärandet, bara på tillgången.`,
      transferConditions: `Passar kommuner med en-till-en och en central IT-organisation. Kräver samarbete med elevhälsan för att hitta familjer utan uppkoppling utan att stigmatisera dem.`,
      lessons: `- Likvärdighet handlar om tillgång varje dag, inte om antalet datorer.
- Byte samma dag utan blanketter är den billigaste åtgärden med störst effekt.
- Fråga om uppkoppling i samtal, inte i enkäter.`,
    },
    en: {
      provenance: 'machine',
      reviewed: false,
      title: 'Equal access in Malmö: same-day replacement, loan pool and home connectivity for all pupils',
      summary:
        'The compulsory school administration supplemented one-to-one in grades 4–9 with a loan pool at each school, same-day replacement of broken computers and loans of mobile routers to families without internet at home. The aim is that no pupil falls behind because technology is missing.',
      challenge: `All pupils in grades 4–9 had their own computer, but in practice many were without it for weeks: a broken screen meant that the computer was sent for repair and the pupil had to manage without. The survey showed that in schools in socio-economically disadvantaged areas on average 7% of pupil computers were under repair at the same time, compared with 2% in other schools.

In addition, around 380 families lacked fixed internet at home and only had mobile subscriptions with limited data. Homework and the learning platform assumed connectivity.`,
      description: `The equality package has three parts:

- **loan pool** at each school (5% of the number of pupil computers), preconfigured and ready to log in;
- **same-day replacement**: the pupil leaves the broken computer with the school's IT manager and gets a loan computer directly, without forms;
- **connectivity at home**: mobile routers with unlimited data are lent during the school year to families identified by the counsellor or mentor, without the family having to show income information.`,
      implementation: `1. Survey of repairs and device loss per school (autumn 2022).
2. Questions about home connectivity in mentor conversations; counsellors identify families in need.
3. Procurement of 420 routers with subscriptions.
4. Loan pool and same-day replacement routine at all schools.
5. Information to guardians in nine languages.
6. Follow-up every term: device loss, loan times and returns.`,
      resourcesNeeded: `About SEK 2.1 million per year for routers and subscriptions, 5% extra computers in each school's pool and one hour a week for the IT manager at each school. Counsellors and mentors spend time identifying families – that is the hardest resource to obtain.`,
      outcomes: `- The share of pupils without a working computer fell from 7% to below 1% in the schools concerned.
- 412 families borrowed a router in the 2023/24 school year.
- The share of submitted digital assignments in grades 7–9 increased by 9 percentage points in the five schools that lent the most routers.
- Teachers report fewer lessons where planning must be changed because pupils lack a computer.`,
      difficulties: `Some pupils were ashamed to borrow a router and declined; it worked better when the mentor offered it as something everyone can get. About 40 routers did not come back after the summer holiday, and some were obviously used by the whole family – we finally accepted that, since the purpose was still fulfilled.

The loan pool was emptied at some schools in May when many computers broke at the same time; we should have dimensioned according to each school's history instead of the same percentage everywhere. We have not yet been able to measure the effect on learning, only on access.`,
      transferConditions: `Suitable for municipalities with one-to-one and a central IT organisation. Requires cooperation with student health services to find families without connectivity without stigmatising them.`,
      lessons: `- Equality is about access every day, not about the number of computers.
- Same-day replacement without forms is the cheapest measure with the greatest effect.
- Ask about connectivity in conversations, not in surveys.`,
    },
  },
  organisation: { name: 'Malmö stad – grundskoleförvaltningen', ownerType: 'municipality' },
  country: 'SE',
  region: 'Skåne län',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['pupils', 'parents', 'ict-coordinators', 'local-government-staff'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'implement',
  startDate: '2022-09-01',
  scale: { schools: 58, municipalities: 1, participants: 412 },
  digCompEdu: ['5.1'],
  digComp: ['2.1', '5.2'],
  selfieAreas: ['infrastructure-equipment', 'leadership'],
  evidenceTypes: ['participation-data', 'survey'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Kommunal budget',
  contact: { name: 'Amir Haddad', email: 'amir.haddad@example.se' },
  tags: ['likvärdighet', 'en-till-en', 'uppkoppling hemma', 'lånedatorer', 'malmö'],
};

const se03: SeedPractice = {
  key: 'se-03',
  author: 'teacher-se-1',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Programmering i matematik och teknik: ett kollegialt fortbildningsår för lärare i åk 4–9 i Umeå',
      summary:
        '46 lärare från nio skolor träffades åtta gånger under ett läsår för att lära sig programmering och planera lektioner tillsammans, i en modell inspirerad av lesson study. Resultatet blev en gemensam lektionsbank med 38 prövade lektioner och en tydligt ökad trygghet hos lärarna.',
      challenge: `Sedan 2018 ingår programmering i kursplanerna i matematik och teknik, och i Lgr22 har skrivningarna blivit tydligare. Ändå visade en enkät bland kommunens lärare i åk 4–9 att bara var tredje kände sig trygg att undervisa i programmering. Många hade gått en kort webbkurs men aldrig prövat i sitt eget klassrum.

Undervisningen blev ojämn: på vissa skolor programmerade eleverna regelbundet, på andra inte alls.`,
      description: `Fortbildningsåret bygger på åtta träffar om tre timmar, varannan med egen programmering och varannan med gemensam lektionsplanering. Lärarna arbetar i triader med kollegor från olika skolor: de planerar en lektion tillsammans, en genomför den medan en annan observerar (på plats eller via inspelning utan elevernas ansikten), och sedan justeras lektionen.

Innehållet följer en progression: blockprogrammering i Scratch i åk 4–6, micro:bit i teknik och textbaserad programmering i Python i matematik i åk 7–9. Varje lektion som prövats två gånger läggs i den gemensamma lektionsbanken.`,
      implementation: `1. Enkät till alla lärare i matematik och teknik i åk 4–9 om behov och trygghet.
2. Rektorerna avsätter tid: träffarna ligger på ordinarie kompetensutvecklingstid.
3. Två förstelärare i matematik och en IT-pedagog leder träffarna.
4. Åtta träffar under läsåret, i triader med lärare från olika skolor.
5. Lektionsbanken byggs upp successivt; varje lektion har mål, tidsåtgång och elevexempel.
6. Avslutande enkät och intervjuer med sex lärare.`,
      resourcesNeeded: `Tid för 46 lärare (24 timmar var), tre ledare på 10 % vardera under ett år, 120 micro:bit-kort som lånas ut mellan skolorna och en delad mapp för lektionsbanken.`,
      outcomes: `- Andelen lärare som känner sig trygga att undervisa i programmering ökade från 33 % till 74 %.
- 38 lektioner i lektionsbanken, varav 12 för Python i åk 7–9.
- Alla nio skolor har nu programmering inplanerad i minst två arbetsområden per läsår.
- Lärare beskriver att de vågar låta eleverna felsöka själva i stället för att ge dem lösningen.`,
      difficulties: `Python-miljön var blockerad på elevdatorerna de första två månaderna, eftersom IT-avdelningen inte tillät installation av program. Vi fick byta till en webbaserad editor, vilket kostade både tid och tålamod. IT borde ha varit med redan i planeringen.

Observationerna var svåra att schemalägga mellan skolor, och hälften av triaderna gjorde bara inspelade observationer. Några lärare hoppade av under våren när deras skolor fick ont om vikarier.`,
      transferConditions: `Kräver att rektorerna avsätter ordinarie tid och att IT-avdelningen godkänner verktygen i förväg. Modellen fungerar för 20–50 lärare; fler deltagare kräver fler ledare.`,
      lessons: `- Lärare lär sig programmering genom att undervisa i det, inte genom kurser.
- Triader över skolgränserna bygger ett nätverk som lever kvar efter året.
- Stäm av verktygen med IT före första träffen.`,
    },
  },
  organisation: { name: 'Umeå kommun – grundskoleverksamheten', ownerType: 'municipality' },
  country: 'SE',
  region: 'Västerbottens län',
  sector: 'school',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['teachers', 'ict-coordinators'],
  practiceType: 'training',
  lifecycleStage: 'diffuse',
  startDate: '2023-08-21',
  endDate: '2024-06-12',
  scale: { schools: 9, participants: 46, trainings: 8 },
  digCompEdu: ['1.3', '2.2', '3.1', '3.3', '6.5'],
  digComp: ['3.4', '5.4'],
  selfieAreas: ['continuing-professional-development', 'pedagogy-implementation', 'student-digital-competence'],
  evidenceTypes: ['survey', 'observation', 'testimonials'],
  evidenceLevel: 'good',
  licence: 'cc-by-sa-4.0',
  programme: SE_PROGRAMME,
  funding: 'Kommunal budget för kompetensutveckling',
  contact: { name: 'Johan Berglund', email: 'johan.berglund@example.se' },
  tags: ['programmering', 'fortbildning', 'lesson study', 'matematik', 'umeå'],
  images: [{ caption: 'Lärartriad testar en micro:bit-lektion i teknik', colour: '#2E8B57' }],
};

const se04: SeedPractice = {
  key: 'se-04',
  author: 'headteacher-se-1',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Rektorsnätverk för digital skolutveckling i Västerås: egna data, kritiska vänner och skolbesök i par',
      summary:
        'Arton rektorer träffas fyra gånger per termin för att arbeta med sin egen skolas digitala utveckling utifrån data från LIKA och SELFIE. Nätverket drivs av rektorerna själva med stöd av en processledare, och varje rektor besöker en kollegas skola en gång per termin.',
      challenge: `Rektorn ansvarar för skolans inre arbete, men digitaliseringsfrågor hanterades ofta av IT-pedagogen eller förvaltningen. I LIKA skattade rektorerna området ledning lägst av alla områden.

Tidigare rektorsträffar om digitalisering hade blivit informationsmöten där förvaltningen berättade om nya system och avtal.`,
      description: `Nätverket bygger på att varje rektor tar med sig en konkret utvecklingsfråga från sin skola och data som belyser den. Träffarna (2,5 timmar) följer ett protokoll för kritiska vänner: en rektor presenterar, de andra ställer klargörande frågor och diskuterar medan presentatören lyssnar, och presentatören avslutar med vad hen tar med sig.

En gång per termin besöker rektorerna varandras skolor i par, med fokus på en fråga som värdskolans rektor har valt – till exempel hur eleverna i åk 2 använder lärplattor i läsinlärningen.`,
      implementation: `1. Inbjudan till alla grundskolerektorer; deltagandet är frivilligt och 18 av 31 anmäler sig.
2. Extern processledare de första två terminerna, därefter roterande ordförandeskap.
3. LIKA och SELFIE som gemensamt underlag; varje rektor formulerar en utvecklingsfråga.
4. Fyra träffar per termin enligt protokollet för kritiska vänner.
5. Skolbesök i par en gång per termin, med kort skriftlig återkoppling.
6. Årlig avstämning: vad har förändrats på skolorna?`,
      resourcesNeeded: `Processledare ca 60 timmar per termin under första året, rektorernas tid (ca 14 timmar per termin) och en lokal som roterar mellan skolorna. Förvaltningen deltar bara när nätverket bjuder in.`,
      outcomes: `- 16 av 18 rektorer deltog under hela första året.
- Rektorernas skattning av området ledning i LIKA steg från i snitt 2,2 till 3,0 (skala 1–4).
- Elva skolor har en skriftlig plan för digital utveckling kopplad till det systematiska kvalitetsarbetet, mot tre innan.
- Flera rektorer beskriver att de nu kan leda samtal med IT-pedagogen om pedagogik, inte bara om teknik.`,
      difficulties: `Under andra året började förvaltningen använda nätverket för att informera om nya system, och träffarna gled tillbaka mot informationsmöten. Vi fick fatta ett tydligt beslut om att information ges i ett annat forum.

Rektorsomsättningen är hög: fem nya rektorer kom in under andra året och behövde introduktion. Under vårterminen ställdes skolbesöken oftare in än de genomfördes, eftersom många skolor hade akuta personalfrågor.`,
      transferConditions: `Fungerar i kommuner med minst 8–10 rektorer som vill delta frivilligt. Kräver en processledare i början och att förvaltningen avstår från att styra innehållet.`,
      lessons: `- Egna data gör samtalet konkret.
- Protokollet för kritiska vänner håller diskussionen fokuserad.
- Nätverket måste ägas av rektorerna, annars blir det ett informationsmöte.`,
    },
    en: {
      provenance: 'human',
      reviewed: true,
      title: 'Head teachers\' network for digital school development in Västerås: own data, critical friends, paired visits',
      summary:
        'Eighteen head teachers meet four times a term to work on their own school\'s digital development using data from LIKA and SELFIE. The network is run by the head teachers themselves with the help of a facilitator, and each head teacher visits a colleague\'s school once a term.',
      challenge: `Head teachers are responsible for the internal work of their schools, but digitalisation was often left to the IT pedagogue or the central administration. In LIKA, head teachers rated leadership the lowest of all areas.

Earlier meetings of head teachers about digitalisation had turned into briefings where the administration presented new systems and contracts.`,
      description: `Each head teacher brings a concrete development question from their school and data that sheds light on it. Meetings (2.5 hours) follow a critical friends protocol: one head teacher presents, the others ask clarifying questions and discuss while the presenter listens, and the presenter closes with what they take away.

Once a term the head teachers visit each other's schools in pairs, focusing on a question chosen by the host – for example, how year 2 pupils use tablets when learning to read.`,
      implementation: `1. Invitation to all compulsory school head teachers; participation is voluntary and 18 of 31 sign up.
2. An external facilitator for the first two terms, then a rotating chair.
3. LIKA and SELFIE as common evidence; each head teacher formulates a development question.
4. Four meetings a term following the critical friends protocol.
5. Paired school visits once a term, with short written feedback.
6. Annual review: what has changed in the schools?`,
      resourcesNeeded: `A facilitator for about 60 hours a term in the first year, head teachers' time (about 14 hours a term) and a meeting room rotating between schools. The administration only attends when the network invites it.`,
      outcomes: `- 16 of 18 head teachers took part throughout the first year.
- Head teachers' LIKA rating for leadership rose from an average of 2.2 to 3.0 (scale 1–4).
- Eleven schools have a written plan for digital development linked to their systematic quality work, compared with three before.
- Several head teachers say they can now lead conversations with the IT pedagogue about pedagogy, not only technology.`,
      difficulties: `In the second year the administration started using the network to announce new systems, and the meetings slid back towards briefings. We had to take a clear decision that information is given in another forum.

Head teacher turnover is high: five new head teachers joined in the second year and needed an induction. In the spring term, paired visits were cancelled more often than they took place, because many schools had urgent staffing problems.`,
      transferConditions: `Works in municipalities with at least 8–10 head teachers who want to take part voluntarily. Needs a facilitator at the start and an administration willing not to steer the content.`,
      lessons: `- Your own data makes the conversation concrete.
- The critical friends protocol keeps the discussion focused.
- The network must be owned by the head teachers, otherwise it becomes a briefing.`,
    },
  },
  organisation: { name: 'Västerås stad – barn- och utbildningsförvaltningen', ownerType: 'municipality' },
  country: 'SE',
  region: 'Västmanlands län',
  sector: 'school',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['school-leaders'],
  practiceType: 'learning-community',
  lifecycleStage: 'implement',
  startDate: '2022-08-15',
  scale: { schools: 18, participants: 23, trainings: 16 },
  digCompEdu: ['1.2', '1.4'],
  digComp: ['2.2', '5.2'],
  selfieAreas: ['leadership', 'collaboration-networking'],
  evidenceTypes: ['self-assessment-data', 'participation-data', 'testimonials'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Kommunal budget',
  contact: { name: 'Maria Sandberg', email: 'maria.sandberg@example.se' },
  tags: ['rektorsnätverk', 'skolledning', 'kritiska vänner', 'skolutveckling', 'västerås'],
};

const se05: SeedPractice = {
  key: 'se-05',
  author: 'teacher-se-2',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Generalrepetition inför digitala nationella prov: teknik, inloggning och skrivvana i åk 9',
      summary:
        'Inför övergången till digitala nationella prov genomförde skolan en generalrepetition med hela årskurs 9 under provlika förhållanden. Övningen avslöjade problem med laddning, inloggning, nätverk och elevernas vana att skriva längre texter på dator – problem som kunde åtgärdas i god tid före provet.',
      challenge: `Digitala nationella prov ställer nya krav på skolan: alla elever måste kunna logga in samtidigt, datorerna måste klara hela provpasset och nätverket måste bära en hel årskurs på en gång. Vi hade aldrig testat det i stor skala.

Samtidigt skrev många elever längre texter för hand eller i korta stycken i lärplattformen. En längre text på dator under tidspress, utan de hjälpmedel de var vana vid, var nytt för dem.`,
      description: `Generalrepetitionen gjordes en förmiddag i november, i aulan och fyra klassrum, med alla 112 eleverna i åk 9. Eleverna skrev en argumenterande text under 80 minuter i en övningsmiljö som efterliknade provet: låst webbläsare, inga webbtjänster och automatisk sparning. Vi valde också att öva utan stavningskontroll.

Samtidigt mätte skolans IT-tekniker nätverksbelastningen och noterade varje avbrott. Efteråt gick mentorerna igenom elevernas upplevelser, och speciallärarna stämde av vilka anpassningar – till exempel talsyntes och förstoring – som behövde förberedas för enskilda elever.`,
      implementation: `1. Checklista från förvaltningen: enheter, laddning, nätverk, konton och anpassningar.
2. Kontroll av att alla elever kan logga in med sina skolkonton – 14 hade glömt lösenordet.
3. Generalrepetition med hela åk 9 under provlika förhållanden.
4. Mätning av nätverk och batteritid; protokoll över alla avbrott.
5. Åtgärder: laddvagnar till aulan, en extra åtkomstpunkt och en rutin för lösenordsåterställning på provdagen.
6. Skrivövningar på dator i svenska och engelska under våren.
7. En kortare repetition två veckor före provet.`,
      resourcesNeeded: `En förmiddag för hela årskursen, IT-tekniker och två speciallärare på plats, fyra laddvagnar och en extra trådlös åtkomstpunkt för aulan (ca 9 000 kronor).`,
      outcomes: `- 11 elevdatorer laddade ur under passet; problemet löstes med laddvagnar och en rutin för laddning kvällen innan.
- En åtkomstpunkt i aulan klarade inte belastningen; efter åtgärden blev det inga avbrott vid den andra repetitionen.
- 14 glömda lösenord upptäcktes och åtgärdades före provet.
- Eleverna skrev i snitt 20 % längre texter vid den andra repetitionen.
- Rutinen har delats med kommunens övriga högstadieskolor.`,
      difficulties: `Vi underskattade hur stressande det var för en del elever att skriva utan rättstavningsstöd – några gav upp efter halva tiden. Skrivövningarna på dator borde ha börjat redan i åk 8.

Anpassningarna tog längre tid än väntat: talsyntes och förstoring måste ställas in och testas för varje elev, och två elever hade egna hjälpmedel som inte fungerade i provmiljön. Planera anpassningarna först, inte sist.`,
      transferConditions: `Alla skolor med årskurser som skriver nationella prov kan göra detta. Det kräver en IT-tekniker på plats och att skolan avsätter en hel förmiddag för årskursen.`,
      lessons: `- Testa med hela årskursen samtidigt – tekniken fallerar först under full belastning.
- Skrivvana på dator är en förmåga som måste tränas, inte förutsättas.
- Börja med de elever som behöver anpassningar.`,
    },
  },
  organisation: { name: 'Ekbackeskolan, Umeå', ownerType: 'school' },
  country: 'SE',
  region: 'Västerbottens län',
  sector: 'school',
  educationLevels: ['isced-2'],
  targetGroups: ['pupils', 'teachers', 'ict-coordinators'],
  practiceType: 'handbook',
  lifecycleStage: 'diffuse',
  startDate: '2024-11-12',
  endDate: '2025-04-30',
  scale: { schools: 1, participants: 112 },
  digCompEdu: ['4.1', '5.1'],
  digComp: ['1.1', '3.1', '4.1'],
  selfieAreas: ['assessment-practices', 'infrastructure-equipment', 'student-digital-competence'],
  evidenceTypes: ['observation', 'learning-outcomes'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Skolans egen budget',
  contact: { name: 'Sara Holmgren', email: 'sara.holmgren@example.se' },
  tags: ['nationella prov', 'digitala prov', 'provförberedelse', 'anpassningar', 'skrivande'],
  images: [{ caption: 'Aulan under generalrepetitionen med laddvagnar längs väggen', colour: '#6C5B7B' }],
};

const se06: SeedPractice = {
  key: 'se-06',
  author: 'teacher-se-1',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Adaptiva läromedel i matematik: fortbildning i att läsa elevdata och leda undervisningen',
      summary:
        'Sju matematiklärare i åk 4–6 gick en fortbildning i att använda ett adaptivt läromedel som stöd för undervisningen, inte som ersättning för den. Fokus låg på att tolka elevdata, planera korta genomgångar i grupp och förhindra att eleverna bara klickar sig vidare.',
      challenge: `Skolan hade licens för ett adaptivt matematikläromedel, och eleverna arbetade i det ungefär en lektion i veckan. Lärarna såg att vissa elever klarade många uppgifter men ändå inte kunde förklara hur de tänkt, och att de svagaste eleverna fastnade på samma nivå i veckor.

Rapporterna i plattformen användes knappt – de flesta lärare visste inte vad de visade.`,
      description: `Fortbildningen omfattade sex träffar under en termin. Lärarna lärde sig läsa plattformens rapporter (vilka elever som fastnar, på vilka begrepp och hur länge) och använde dem för att planera korta genomgångar i små grupper.

Lektionerna fick en ny arbetsgång: 15 minuter adaptiv träning, 15 minuter lärarledd genomgång för en grupp med samma svårighet och resten av lektionen gemensam problemlösning utan skärm. Effekten följdes med skolans ordinarie diagnoser i taluppfattning före och efter.`,
      implementation: `1. Kartläggning av hur läromedlet användes och vilka rapporter som fanns.
2. Sex träffar ledda av en förstelärare; en kontaktperson från läromedelsföretaget deltog på de två första.
3. Lärarna prövar arbetsgången i sina klasser mellan träffarna och tar med exempel.
4. Gemensamma regler: ingen elev arbetar mer än 20 minuter i följd i plattformen, och efter varje avklarad nivå förklarar eleven för en kamrat.
5. Diagnoser före och efter; samtal med elever i två klasser.`,
      resourcesNeeded: `Sex träffar à 90 minuter för sju lärare, förstelärarens tid (ca 30 timmar) och den befintliga licensen. Ingen extra kostnad för programvara.`,
      outcomes: `- Andelen elever som nådde gränsvärdet på diagnosen i taluppfattning ökade från 68 % till 77 % i de deltagande klasserna; i jämförelseklasserna från 70 % till 73 %.
- Lärarna använder rapporterna varje vecka för att välja genomgångsgrupp.
- Eleverna arbetar kortare tid i plattformen men klarar fler uppgifter per arbetspass.`,
      difficulties: `Jämförelsen är svag: klasserna valdes inte slumpmässigt, och lärarna i jämförelseklasserna hörde delvis talas om arbetssättet. Vi kan inte säga säkert att fortbildningen orsakade förbättringen.

Vårdnadshavare ifrågasatte skärmtiden efter den nationella debatten om digitala läromedel, och vi hade inte förberett oss på att förklara varför och hur vi använder plattformen. Kontaktpersonen från företaget ville hellre visa nya funktioner än svara på lärarnas frågor – fortbildningen bör hållas oberoende av leverantören.`,
      transferConditions: `Passar skolor som redan har licens för ett adaptivt läromedel. Kräver en lärare som leder arbetet och att fortbildningen inte styrs av leverantören.`,
      lessons: `- Adaptiva läromedel kräver mer lärarledning, inte mindre.
- Rapporterna blir värdefulla först när de används för att gruppera elever.
- Förklara för vårdnadshavare varför och hur länge skärmen används.`,
    },
  },
  organisation: { name: 'Kvarnängsskolan, Västerås', ownerType: 'school' },
  country: 'SE',
  region: 'Västmanlands län',
  sector: 'school',
  educationLevels: ['isced-1'],
  targetGroups: ['teachers'],
  practiceType: 'training',
  lifecycleStage: 'evaluate',
  startDate: '2024-01-10',
  endDate: '2024-06-14',
  scale: { schools: 1, participants: 7, trainings: 6 },
  digCompEdu: ['2.1', '3.1', '4.2', '5.2'],
  digComp: ['1.3'],
  selfieAreas: ['pedagogy-implementation', 'assessment-practices', 'continuing-professional-development'],
  evidenceTypes: ['learning-outcomes', 'observation'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Skolans egen budget',
  contact: { name: 'Johan Berglund', email: 'johan.berglund@example.se' },
  tags: ['adaptivt lärande', 'matematik', 'elevdata', 'fortbildning', 'mellanstadiet'],
};

const se07: SeedPractice = {
  key: 'se-07',
  author: 'official-se-1',
  state: 'published',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Digital kompetens för alla elever: en gemensam progression F–9 i Lövsjö kommun',
      summary:
        'En liten kommun med sju grundskolor tog fram en gemensam progression för elevernas digitala kompetens från förskoleklass till åk 9, kopplad till läroplanens skrivningar. Varje stadium har konkreta förmågor som följs upp i en enkel elevlogg, och efter två år visar en ny kartläggning tydliga förbättringar.',
      challenge: `Läroplanen beskriver digital kompetens utspritt i olika ämnen: källkritik, programmering, att skapa digitalt och att förstå digitaliseringens påverkan på samhället. Ingen hade ansvar för helheten, så elever som bytte skola inom kommunen hade helt olika förkunskaper.

En kartläggning i åk 7 visade att 40 % av eleverna aldrig hade bifogat en fil i ett e-postmeddelande och att bara 38 % kunde motivera om en källa var pålitlig.`,
      description: `Progressionen är ett dokument på sex sidor med fyra områden: att använda och förstå digitala verktyg, att skapa, att vara källkritisk och säker samt att lösa problem och programmera. För varje stadium anges förmågor och exempel på ämnen och arbetsområden där de tränas.

Varje elev har en enkel logg i lärplattformen där lärarna markerar förmågor som eleven visat. Mentorn ser loggen vid utvecklingssamtalet, och den följer med eleven vid stadiebyte.`,
      implementation: `1. Kartläggning i åk 3, 6 och 7 med praktiska uppgifter (20 minuter per elev).
2. Arbetsgrupp med en lärare från varje skola och en skolbibliotekarie (hösten 2022).
3. Utkast till progression och remiss till alla arbetslag.
4. Beslut i förvaltningens ledningsgrupp.
5. Elevlogg i lärplattformen och introduktion på studiedagar.
6. Ny kartläggning i åk 7 efter två år.`,
      resourcesNeeded: `En arbetsgrupp med sju lärare och en bibliotekarie (ca 40 timmar var), en samordnare på förvaltningen och studiedagstid för introduktionen. Ingen ny programvara.`,
      outcomes: `- Alla sju skolor använder progressionen; sex av sju fyller i elevloggen regelbundet.
- I den nya kartläggningen i åk 7 kunde 82 % bifoga en fil och 61 % motivera om en källa var pålitlig, jämfört med 60 % och 38 % två år tidigare.
- Skolbiblioteken tog över ansvaret för källkritik i åk 4–6.`,
      difficulties: `Elevloggen blev för detaljerad i början: 42 förmågor att markera upplevdes som administration, och på en skola slutade lärarna använda den. I version 2 har vi slagit ihop förmågorna till 24.

Det var svårt att få ämneslärarna på högstadiet att ta ansvar för förmågor utanför sitt eget ämne, och ansvaret hamnade ofta hos tekniklärarna. Progressionen borde ha fördelat ansvaret per ämne från början.`,
      transferConditions: `Passar särskilt små och medelstora kommuner där elever byter skola vid stadiebyten. Kräver att skolbibliotekarier och lärare i flera ämnen är med i arbetsgruppen.`,
      lessons: `- Börja med en praktisk kartläggning – siffrorna övertygar.
- Färre förmågor gör progressionen användbar.
- Ansvaret måste fördelas per ämne, annars hamnar det hos en enda lärare.`,
    },
  },
  organisation: { name: 'Lövsjö kommun – barn- och utbildningsförvaltningen', ownerType: 'municipality' },
  country: 'SE',
  region: 'Västerbottens län',
  sector: 'local-government',
  educationLevels: ['isced-0', 'isced-1', 'isced-2'],
  targetGroups: ['teachers', 'librarians', 'pupils', 'local-government-staff'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'evaluate',
  startDate: '2022-09-01',
  scale: { schools: 7, municipalities: 1, participants: 1450 },
  digCompEdu: ['6.1', '6.2', '6.5'],
  digComp: ['1.2', '2.1', '3.1', '3.4', '4.2'],
  selfieAreas: ['student-digital-competence', 'pedagogy-implementation', 'leadership'],
  evidenceTypes: ['learning-outcomes', 'participation-data'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Kommunal budget',
  contact: { name: 'Karin Lindqvist', email: 'karin.lindqvist@example.se' },
  tags: ['digital kompetens', 'progression', 'källkritik', 'likvärdighet', 'kommun'],
  images: [{ caption: 'Progressionens fyra områden på en sida', colour: '#C06C84' }],
};

const se08: SeedPractice = {
  key: 'se-08',
  author: 'headteacher-se-1',
  state: 'draft',
  originalLanguage: 'sv',
  texts: {
    sv: {
      provenance: 'original',
      reviewed: true,
      title: 'Medveten balans i lågstadiet: tryckta böcker, handskrift och digitala verktyg där de gör nytta',
      summary:
        'Skolan kartlade hur lärplattor används i F–3 och införde en tydlig användningsprofil: läs- och skrivinlärningen sker främst med tryckta böcker och penna, medan lärplattor används för inspelning, ljudböcker och talsyntes. Beskrivningen är ett utkast – utvärderingen pågår.',
      challenge: `Efter flera år med en lärplatta per elev i F–3 upplevde lärare och vårdnadshavare att eleverna satt för mycket framför skärmen och att handskriften blev lidande. Samtidigt var lärplattan ett viktigt stöd för elever med läs- och skrivsvårigheter.

Den nationella debatten om skärmar i skolan gjorde frågan laddad på föräldramötena, och lärarna saknade ett gemensamt förhållningssätt.`,
      description: `Arbetslagen förde under två veckor loggbok över när och varför lärplattorna användes. Utifrån det beslutade skolan om en användningsprofil för F–3: tryckta läroböcker och skrivhäften i svenska och matematik, handskrift varje dag och lärplattor för att spela in egen läsning, lyssna på ljudböcker, skapa berättelser med bild och ljud samt för elever som behöver talsyntes.

Lärplattorna delas nu av två elever i stället för en per elev.`,
      implementation: `1. Loggbok i två veckor: aktivitet, tid och syfte.
2. Analys i arbetslagen tillsammans med specialpedagogen.
3. Användningsprofil för F–3, beslutad av rektor.
4. Inköp av läroböcker med stöd av det statliga bidraget för läroböcker.
5. Information på föräldramöten.
6. Uppföljning av läsutvecklingen med Skolverkets bedömningsstöd och en enkät till vårdnadshavare (planerad).`,
      resourcesNeeded: `Lärarnas tid för loggbok och analys (ca 6 timmar per lärare), specialpedagogens stöd, läroböcker för ca 180 000 kronor.`,
      outcomes: `Preliminärt efter en termin:

- lärarna uppskattar att skärmtiden i F–3 har minskat med ungefär hälften;
- elever med behov av talsyntes har fortsatt tillgång till sin egen lärplatta;
- färre frågor från vårdnadshavare om skärmtid.

Resultat från läsuppföljningen kommer under våren.`,
      difficulties: `Loggboken fylldes i ojämnt: två arbetslag glömde flera dagar, så underlaget är osäkert. Några lärare upplevde beslutet som ett underkännande av det digitala arbete de byggt upp under flera år – vi borde ha lyft fram vad som fungerat bra innan vi ändrade.

Det är ännu oklart hur vi ska följa upp om handskriften faktiskt förbättras.`,
      transferConditions: `Kan prövas på skolor med 1:1-lärplattor i F–3. Kräver att specialpedagogen är med, så att elever med behov av digitalt stöd inte förlorar det.`,
      lessons: `- Kartlägg användningen innan ni ändrar den.
- Balans betyder olika för olika elever.
- (fler lärdomar efter utvärderingen)`,
    },
  },
  organisation: { name: 'Granbackaskolan, Malmö', ownerType: 'school' },
  country: 'SE',
  region: 'Skåne län',
  sector: 'school',
  educationLevels: ['isced-1'],
  targetGroups: ['teachers', 'parents', 'school-leaders'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'develop',
  startDate: '2024-08-19',
  scale: { schools: 1, participants: 14 },
  digCompEdu: ['2.1', '5.1', '5.2'],
  digComp: ['4.3'],
  selfieAreas: ['pedagogy-implementation', 'leadership'],
  evidenceTypes: ['observation'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: SE_PROGRAMME,
  funding: 'Skolans egen budget; statligt bidrag för läroböcker',
  contact: { name: 'Maria Sandberg', email: 'maria.sandberg@example.se' },
  tags: ['skärmtid', 'läroböcker', 'lågstadiet', 'handskrift', 'balans'],
};

const ee01: SeedPractice = {
  key: 'ee-01',
  author: 'member-en-1',
  state: 'published',
  featured: true,
  originalLanguage: 'en',
  texts: {
    en: {
      provenance: 'original',
      reviewed: true,
      title: 'One educational technologist for five rural schools: a shared post funded by the parish',
      summary:
        'A rural parish with five small basic schools created one full-time educational technologist post shared between them, instead of each school relying on a few spare hours of one teacher. Within two years every school had a digital chapter in its development plan, and teachers planned and co-taught lessons with the technologist every week.',
      challenge: `Kaasiku Parish runs five basic schools with between 38 and 160 pupils. Each school had one teacher who looked after "computer things" for two to four hours a week, which in practice meant fixing projectors and resetting passwords. Nobody had time to help teachers use digital tools in their subjects.

Larger Estonian schools commonly employ an educational technologist (haridustehnoloog); none of our schools could afford even a half-time post on its own. National level tests taken electronically in the EIS testing system caused stress every spring, because each school solved the same technical problems alone.`,
      description: `The parish created one full-time educational technologist post in its education department. The technologist spends one fixed day a week in each of the four larger schools and alternates the fifth day between the smallest school and planning work.

The job is explicitly pedagogical: co-planning and co-teaching lessons, short training sessions after school, and helping each school write the digital chapter of its development plan. Hardware and network support was moved to the parish IT contractor, with a simple ticket form, so that the technologist does not become the repair person.`,
      implementation: `1. Agreement of the five head teachers and a parish council decision to fund the post (spring 2022).
2. Job description written with the head teachers: at least 60% of time in lessons and with teachers.
3. Recruitment; the post stayed vacant for four months before the second round succeeded.
4. Fixed weekly timetable across the schools, published to all staff.
5. Hardware and network support moved to the parish IT contractor.
6. Each school uses the national teachers' digital competence model for a short self-assessment and picks two priorities.
7. Joint preparation for the electronic level tests: one checklist and a trial run in every school.
8. Annual review with the head teachers and the parish education committee.`,
      resourcesNeeded: `One full-time salary (about EUR 2,300 a month with taxes) from the parish budget, a car allowance for travel between schools (around 90 km a week), and national in-service courses for the technologist.`,
      outcomes: `- All five schools added a digital chapter with measurable goals to their development plans.
- 71 teachers worked with the technologist; about 240 lessons were co-planned or co-taught in the first two years.
- No electronic level test had to be rescheduled for technical reasons in the second year (three had been in the year before).
- Teachers' self-assessment on the national digital competence model rose in the areas of digital resources and assessment.`,
      difficulties: `For the first months teachers kept bringing broken devices to the technologist, and head teachers asked him to "just fix it"; the split with the IT contractor only worked after the parish put it in writing and the contractor answered tickets within two days.

The smallest school felt neglected because it got only every other Friday. We underestimated the travel: on some days the technologist drove more than he taught. The four-month vacancy at the start nearly ended the project – rural parishes should budget for a competitive salary from day one.`,
      transferConditions: `Suits municipalities with three to six small schools within about 40 km of each other. Needs head teachers who agree on a shared timetable and a separate arrangement for technical support.`,
      lessons: `- Write "pedagogical, not technical" into the job description and defend it.
- A fixed, public weekly timetable makes the post visible and fair.
- Shared checklists for national e-tests save every school the same trouble.`,
    },
  },
  organisation: { name: 'Kaasiku Parish Government – Education Department', ownerType: 'municipality' },
  country: 'EE',
  region: 'Tartu County',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['teachers', 'school-leaders', 'local-government-staff'],
  practiceType: 'mentoring',
  lifecycleStage: 'implement',
  startDate: '2022-04-01',
  scale: { schools: 5, municipalities: 1, participants: 71 },
  digCompEdu: ['1.3', '2.1', '3.1', '4.1'],
  digComp: ['3.1', '5.2'],
  selfieAreas: ['continuing-professional-development', 'pedagogy-implementation', 'leadership'],
  evidenceTypes: ['self-assessment-data', 'participation-data', 'testimonials'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: 'Parish education development plan',
  funding: 'Parish budget',
  contact: { name: 'Kristi Tamm', email: 'kristi.tamm@example.org' },
  tags: ['educational technologist', 'rural schools', 'shared post', 'e-tests', 'municipality'],
  images: [{ caption: 'Co-teaching a geography lesson with tablets in the smallest school', colour: '#0072CE' }],
};

const ee02: SeedPractice = {
  key: 'ee-02',
  author: 'member-en-1',
  state: 'changes-requested',
  originalLanguage: 'en',
  texts: {
    en: {
      provenance: 'original',
      reviewed: true,
      title: 'SELFIE and DigiPeegel side by side: a one-page digital profile for six Tallinn basic schools',
      summary:
        'Six basic schools in Tallinn ran both the SELFIE survey and the DigiPeegel digital maturity self-assessment in the same month and merged the results into a one-page profile per school. The profile showed where the two instruments agreed and where they told different stories, and it replaced two separate reports that nobody used.',
      challenge: `The schools had used DigiPeegel for several years and some had also tried SELFIE. Each tool produced its own long report, the results were discussed once at a staff meeting and then forgotten. Head teachers asked which tool to trust when they seemed to contradict each other.

A network of six schools wanted a common way of reading the data that could be repeated every second year.`,
      description: `Each school ran SELFIE (leaders, teachers and pupils of grades 6–9) and DigiPeegel (leadership team with teacher representatives) within four weeks. A working group of the six schools' educational technologists mapped the SELFIE areas onto the DigiPeegel dimensions and agreed a one-page profile: five areas, each with a SELFIE score, a DigiPeegel level and one sentence explaining any disagreement.

Each school presented its profile at a joint meeting and chose one area to work on together with another school.`,
      implementation: `1. Agreement of the six head teachers and a shared calendar (September).
2. SELFIE and DigiPeegel completed within the same four weeks.
3. Mapping of the two instruments by the educational technologists (two half-day workshops).
4. One-page profile per school and a short guide on how to read it.
5. Joint meeting: each school presents its profile; pairs of schools choose a common area.
6. Repeat planned after two years.`,
      resourcesNeeded: `About 20 hours per educational technologist, one joint meeting for leadership teams, both tools free of charge.`,
      outcomes: `- Six one-page profiles replaced twelve separate reports.
- In four schools the instruments agreed on the weakest area (mostly assessment practices).
- In two schools pupils' answers in SELFIE were clearly more critical than the leadership's DigiPeegel rating, which started a discussion about involving pupils in planning.
- Three pairs of schools started joint work on digital assessment.`,
      difficulties: `The mapping between the instruments is not exact, and some areas (for example infrastructure) had to be forced into our five headings. Running two self-assessments in one month was too much for two schools, which completed SELFIE with under half of their teachers.

We have not yet done the repeat measurement, so we cannot say whether the profile leads to change.`,
      transferConditions: `Useful where schools already use one self-assessment tool and want to add another without doubling the reporting work. Needs someone in each school who can read both reports.`,
      lessons: `- Disagreement between instruments is information, not an error.
- One page per school is enough for a leadership team to act on.
- Do not run two surveys in the same month as parent meetings.`,
    },
  },
  organisation: { name: 'Männiku Basic School (network of six Tallinn schools)', ownerType: 'school' },
  country: 'EE',
  region: 'Harju County',
  sector: 'school',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['school-leaders', 'teachers', 'ict-coordinators'],
  practiceType: 'self-assessment',
  lifecycleStage: 'evaluate',
  startDate: '2024-09-02',
  endDate: '2025-01-31',
  scale: { schools: 6, participants: 312 },
  digCompEdu: ['1.4', '4.1'],
  digComp: ['5.2'],
  selfieAreas: ['leadership', 'assessment-practices', 'student-digital-competence', 'collaboration-networking'],
  evidenceTypes: ['self-assessment-data', 'case-study'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: 'School network self-assessment',
  funding: 'Schools\' own budgets',
  contact: { name: 'Mart Kask', email: 'mart.kask@example.org' },
  tags: ['selfie', 'digipeegel', 'self-assessment', 'school network', 'tallinn'],
};

const cz01: SeedPractice = {
  key: 'cz-01',
  author: 'member-en-1',
  state: 'published',
  originalLanguage: 'cs',
  texts: {
    cs: {
      provenance: 'original',
      reviewed: true,
      title: 'Sdílený digitální koordinátor pro sedm malých škol v rámci MAP ORP Lesná nad Jizerou',
      summary:
        'Sedm malých základních škol spojilo prostředky na digitálního koordinátora z Národního plánu obnovy a díky pracovní skupině místního akčního plánu zaměstnalo jednoho sdíleného koordinátora. Ten pomohl všem školám upravit ŠVP pro novou informatiku a spravuje společnou půjčovnu robotických stavebnic.',
      challenge: `Školy v našem území jsou malé, tři z nich málotřídní. Peníze na digitálního koordinátora z Národního plánu obnovy se odvíjely od počtu žáků, takže nejmenší škola měla na tuto práci jen asi dvě hodiny týdně. Najít na tak malý úvazek člověka, který rozumí technice i výuce, se nedařilo.

Zároveň musely všechny školy upravit školní vzdělávací program podle revidovaného RVP ZV a zavést novou informatiku, na kterou většina učitelů nebyla připravena.`,
      description: `Pracovní skupina pro digitalizaci v rámci MAP navrhla, aby školy své prostředky spojily. Koordinátor má částečný úvazek v každé ze sedmi škol (každá škola je samostatný právní subjekt), celkem 0,9 úvazku. Podle pevného rozpisu navštěvuje každou školu jednou za týden nebo za čtrnáct dní.

Jeho hlavní úkoly: pomoc s úpravou ŠVP pro informatiku, ukázkové hodiny a tandemová výuka, krátké workshopy pro učitele po vyučování a správa společné půjčovny robotických stavebnic a micro:bitů, které školy nakoupily z prostředků na digitální učební pomůcky.`,
      implementation: `1. Jednání ředitelů na pracovní skupině MAP a dohoda o spojení prostředků (jaro 2022).
2. Výběr koordinátora – bývalý učitel informatiky z největší školy.
3. Sedm pracovních smluv na částečné úvazky a jednotný rozpis návštěv.
4. Společná šablona pro úpravu ŠVP informatiky a konzultace v každé škole.
5. Půjčovna pomůcek: rezervační tabulka a předávání při návštěvách koordinátora.
6. Čtyři společné workshopy ročně v rámci MAP.
7. Roční vyhodnocení s řediteli a zpráva pro řídicí výbor MAP.`,
      resourcesNeeded: `Prostředky na digitálního koordinátora z NPO všech sedmi škol, cestovné hrazené ze společného rozpočtu MAP, robotické stavebnice a micro:bity z prostředků na digitální učební pomůcky (sdílené, ne rozdělené), čas ředitelů na koordinaci.`,
      outcomes: `- Všech sedm škol upravilo ŠVP pro informatiku včas.
- Koordinátor spolupracoval s 52 učiteli a odučil přes 180 tandemových hodin.
- Půjčovna pomůcek byla využívána 70 % školních týdnů; málotřídní školy získaly přístup k pomůckám, které by samy nekoupily.
- Učitelé z různých škol začali sdílet přípravy na informatiku v jedné společné složce.`,
      difficulties: `Sedm pracovních smluv, sedm výkazů a sedm vyúčtování bylo administrativně velmi náročné pro koordinátora i pro účetní škol. Jedna škola po roce odstoupila, protože její ředitelka chtěla koordinátora „jen pro sebe“ na opravy techniky.

Největší problém je udržitelnost: financování digitálních koordinátorů z NPO je časově omezené a obce zatím nerozhodly, zda pozici převezmou. Kdybychom začínali znovu, jednali bychom se zřizovateli o budoucím financování hned od začátku.`,
      transferConditions: `Vhodné pro území s více malými školami, kde funguje MAP nebo jiná spolupráce ředitelů. Předpokladem je, že školy jsou ochotné sdílet pomůcky i čas jednoho člověka.`,
      lessons: `- Malé školy dokážou společně to, co by samy nezvládly.
- Rozpis návštěv musí být pevný a veřejný, jinak vyhraje ten, kdo nejvíc volá.
- O udržitelnosti je třeba mluvit se zřizovateli od prvního dne.`,
    },
    en: {
      provenance: 'human',
      reviewed: true,
      title: 'A shared digital coordinator for seven small schools through the local education action plan (MAP)',
      summary:
        'Seven small primary and lower-secondary schools pooled their National Recovery Plan funding for a digital coordinator and, through the local education action plan (MAP) working group, employed one shared coordinator. The coordinator helped all the schools revise their curricula for the new informatics subject and runs a shared lending pool of robotics kits.',
      challenge: `The schools in our area are small, three of them with mixed-age classes. National Recovery Plan funding for a digital coordinator depended on pupil numbers, so the smallest school had only about two hours a week for the job. Nobody who understood both technology and teaching could be found for such a small contract.

At the same time every school had to revise its school curriculum under the revised national framework and introduce the new informatics subject, for which most teachers were not prepared.`,
      description: `The MAP working group on digitalisation proposed that the schools pool their funds. The coordinator has a part-time contract with each of the seven schools (each school is a separate legal entity), 0.9 FTE in total, and visits each school weekly or fortnightly on a fixed timetable.

The main tasks: helping revise the informatics curriculum, demonstration and team-taught lessons, short after-school workshops for teachers, and managing a shared lending pool of robotics kits and micro:bits that the schools bought with their funding for digital teaching aids.`,
      implementation: `1. Head teachers discussed the idea in the MAP working group and agreed to pool funds (spring 2022).
2. Selection of the coordinator – a former informatics teacher from the largest school.
3. Seven part-time contracts and one visiting timetable.
4. A common template for revising the informatics curriculum and consultations in each school.
5. Lending pool: a booking sheet, with kits handed over during the coordinator's visits.
6. Four joint workshops a year within MAP.
7. Annual review with the head teachers and a report to the MAP steering committee.`,
      resourcesNeeded: `The digital coordinator funding of all seven schools from the National Recovery Plan, travel costs paid from the joint MAP budget, robotics kits and micro:bits bought with digital teaching aid funds (shared rather than split), and head teachers' time for coordination.`,
      outcomes: `- All seven schools revised their informatics curriculum on time.
- The coordinator worked with 52 teachers and team-taught more than 180 lessons.
- The lending pool was in use in 70% of school weeks; small mixed-age schools gained access to equipment they would never have bought alone.
- Teachers from different schools started sharing informatics lesson plans in one common folder.`,
      difficulties: `Seven employment contracts, seven timesheets and seven payroll settlements were a heavy administrative load for the coordinator and the schools' accountants. One school withdrew after a year because its head teacher wanted the coordinator "just for us" to repair equipment.

The biggest problem is sustainability: National Recovery Plan funding for digital coordinators is time-limited, and the municipalities have not yet decided whether to take over the post. If we started again, we would negotiate future funding with the municipalities from the very beginning.`,
      transferConditions: `Suitable for areas with several small schools where a MAP or other head teachers' cooperation already works. The schools must be willing to share equipment and one person's time.`,
      lessons: `- Small schools can achieve together what none of them could alone.
- The visiting timetable must be fixed and public, otherwise whoever calls most often wins.
- Talk to the municipalities about sustainability from day one.`,
    },
  },
  organisation: { name: 'MAP ORP Lesná nad Jizerou – pracovní skupina pro digitalizaci', ownerType: 'other' },
  country: 'CZ',
  region: 'Liberecký kraj',
  sector: 'local-government',
  educationLevels: ['isced-1', 'isced-2'],
  targetGroups: ['teachers', 'school-leaders', 'ict-coordinators'],
  practiceType: 'mentoring',
  lifecycleStage: 'evaluate',
  startDate: '2022-09-01',
  endDate: '2025-06-30',
  scale: { schools: 7, municipalities: 6, participants: 52, trainings: 12 },
  digCompEdu: ['1.3', '2.1', '3.1', '6.5'],
  digComp: ['3.4', '5.4'],
  selfieAreas: ['collaboration-networking', 'continuing-professional-development', 'infrastructure-equipment'],
  evidenceTypes: ['participation-data', 'case-study', 'testimonials'],
  evidenceLevel: 'good',
  licence: 'cc-by-4.0',
  programme: 'Místní akční plán rozvoje vzdělávání (MAP)',
  funding: 'Národní plán obnovy (digitální koordinátor, digitální učební pomůcky); rozpočet MAP',
  contact: { name: 'Lucie Dvořáková', email: 'lucie.dvorakova@example.org' },
  tags: ['digitální koordinátor', 'malé školy', 'informatika', 'map', 'sdílení pomůcek'],
};

const it01: SeedPractice = {
  key: 'it-01',
  author: 'member-en-1',
  state: 'submitted',
  originalLanguage: 'it',
  texts: {
    it: {
      provenance: 'original',
      reviewed: true,
      title: 'Scuola 4.0 a Valdoria: pianificazione comune tra Comune e quattro istituti comprensivi',
      summary:
        'Il Comune e i quattro istituti comprensivi del territorio hanno coordinato l’uso dei fondi PNRR per gli ambienti di apprendimento innovativi con i lavori di competenza comunale su impianti elettrici e connettività. Una rete degli animatori digitali ha condiviso capitolati, calendario e formazione dei docenti.',
      challenge: `Con il Piano Scuola 4.0 ogni istituto ha ricevuto fondi per trasformare le aule in ambienti di apprendimento innovativi, con tempi di acquisto molto stretti. Gli edifici però sono di proprietà del Comune, che è responsabile degli impianti elettrici e del cablaggio.

Nei primi mesi due istituti hanno ordinato monitor interattivi e carrelli di ricarica per aule in cui l’impianto elettrico non reggeva il carico, e un plesso aveva una connessione insufficiente. Scuole e Comune si parlavano solo a problema già avvenuto.`,
      description: `È nato un tavolo tecnico mensile tra l’ufficio tecnico comunale, l’ufficio scuola e i quattro dirigenti scolastici, affiancato da una rete dei quattro animatori digitali. La rete ha prodotto una mappa condivisa di tutte le aule (impianto, rete, arredi, dispositivi), un calendario unico dei lavori e degli acquisti e capitolati tecnici comuni.

La formazione dei docenti, finanziata con i fondi PNRR per la transizione digitale del personale scolastico e orientata al quadro DigCompEdu, è stata programmata dopo l’arrivo dei dispositivi in ogni aula, con laboratori nelle aule stesse.`,
      implementation: `1. Primo incontro Comune–dirigenti e costituzione del tavolo tecnico mensile.
2. Mappatura di tutte le aule da parte degli animatori digitali con l’ufficio tecnico.
3. Calendario unico: prima impianti e rete, poi arredi, poi dispositivi.
4. Capitolati comuni per monitor, dispositivi e carrelli.
5. Formazione dei docenti in laboratorio nelle aule rinnovate.
6. Incontro di verifica a fine anno con il Consiglio comunale.`,
      resourcesNeeded: `Fondi PNRR Scuola 4.0 dei quattro istituti, fondi PNRR per la formazione del personale, circa 180.000 euro del bilancio comunale per adeguamenti elettrici e di rete, tempo degli animatori digitali (circa 4 ore al mese per il tavolo e la rete).`,
      outcomes: `- 96 aule trasformate in quattro istituti senza ulteriori fermi per impianti inadeguati dopo l’avvio del tavolo.
- Tutti i plessi collegati in fibra grazie al coordinamento con il piano nazionale per la connettività delle scuole.
- 212 docenti hanno partecipato ai laboratori; il 63% dichiara di usare settimanalmente i nuovi ambienti in modo attivo.`,
      difficulties: `Il tavolo è partito troppo tardi: i primi ordini erano già stati fatti e in due plessi i monitor sono rimasti imballati per quattro mesi in attesa dei lavori elettrici. Alcuni docenti hanno vissuto la formazione come un obbligo calato dall’alto, soprattutto dove i dispositivi erano arrivati prima di qualsiasi confronto sulla didattica.

Il ricambio degli animatori digitali (due su quattro sono cambiati in un anno) ha interrotto la continuità della rete.`,
      transferConditions: `Utile in ogni Comune con più istituti comprensivi che ricevono finanziamenti per dispositivi o ambienti. Serve la disponibilità dell’ufficio tecnico comunale a partecipare con regolarità.`,
      lessons: `- Prima gli impianti, poi i dispositivi: il calendario unico evita sprechi.
- Gli animatori digitali sono il ponte naturale tra scuola e Comune.
- La formazione funziona meglio nelle aule dove i docenti insegneranno davvero.`,
    },
    en: {
      provenance: 'machine',
      reviewed: false,
      title: 'School 4.0 in Valdoria: joint planning between the Municipality and four comprehensive institutes',
      summary:
        'The Municipality and the four comprehensive institutes of the territory coordinated the use of PNRR funds for innovative learning environments with the works under municipal responsibility on electrical systems and connectivity. A network of digital animators shared specifications, calendar and teacher training.',
      challenge: `With the School 4.0 Plan each institute received funds to transform classrooms into innovative learning environments, with very tight purchasing deadlines. The buildings, however, are owned by the Municipality, which is responsible for electrical systems and cabling.

In the first months two institutes ordered interactive monitors and charging trolleys for classrooms where the electrical system could not bear the load, and one building had an insufficient connection. Schools and the Municipality only talked once the problem had already occurred.`,
      description: `A monthly technical table was created between the municipal technical office, the school office and the four head teachers, alongside a network of the four digital animators. The network produced a shared map of all classrooms (electrical system, network, furniture, devices), a single calendar of works and purchases and common technical specifications.

Teacher training, funded with PNRR funds for the digital transition of school staff and oriented to the DigCompEdu framework, was scheduled after the arrival of the devices in each classroom, with workshops in the classrooms themselves.`,
      implementation: `1. First Municipality–head teachers meeting and establishment of the monthly technical table.
2. Mapping of all classrooms by the digital animators with the technical office.
3. Single calendar: first electrical systems and network, then furniture, then devices.
4. Common specifications for monitors, devices and trolleys.
5. Teacher training in workshops in the renovated classrooms.
6. End-of-year review meeting with the Municipal Council.`,
      resourcesNeeded: `School 4.0 PNRR funds of the four institutes, PNRR funds for staff training, about 180,000 euros from the municipal budget for electrical and network upgrades, time of the digital animators (about 4 hours per month for the table and the network).`,
      outcomes: `- 96 classrooms transformed in four institutes without further stoppages due to inadequate systems after the table started.
- All buildings connected with fibre thanks to coordination with the national plan for school connectivity.
- 212 teachers took part in the workshops; 63% declare that they use the new environments actively every week.`,
      difficulties: `The table started too late: the first orders had already been placed and in two buildings the monitors remained packed for four months waiting for the electrical works. Some teachers experienced the training as an obligation imposed from above, especially where the devices had arrived before any discussion about teaching.

The turnover of digital animators (two out of four changed in one year) interrupted the continuity of the network.`,
      transferConditions: `Useful in every Municipality with several comprehensive institutes receiving funding for devices or environments. The municipal technical office must be willing to participate regularly.`,
      lessons: `- First the systems, then the devices: the single calendar avoids waste.
- Digital animators are the natural bridge between school and Municipality.
- Training works better in the classrooms where teachers will actually teach.`,
    },
  },
  organisation: { name: 'Comune di Valdoria – Ufficio Scuola', ownerType: 'municipality' },
  country: 'IT',
  region: 'Piemonte',
  sector: 'local-government',
  educationLevels: ['isced-0', 'isced-1', 'isced-2'],
  targetGroups: ['school-leaders', 'local-government-staff', 'teachers', 'ict-coordinators'],
  practiceType: 'digital-strategy',
  lifecycleStage: 'implement',
  startDate: '2023-01-16',
  scale: { schools: 4, municipalities: 1, participants: 212, trainings: 24 },
  digCompEdu: ['1.3', '2.1', '3.1'],
  digComp: ['5.2'],
  selfieAreas: ['infrastructure-equipment', 'collaboration-networking', 'continuing-professional-development'],
  evidenceTypes: ['participation-data', 'survey'],
  evidenceLevel: 'promising',
  licence: 'cc-by-4.0',
  programme: 'Piano Nazionale Scuola Digitale / PNRR Piano Scuola 4.0',
  funding: 'PNRR (Scuola 4.0, formazione del personale); bilancio comunale',
  contact: { name: 'Giulia Ferraris', email: 'giulia.ferraris@example.org' },
  tags: ['scuola 4.0', 'pnrr', 'animatore digitale', 'comune', 'ambienti di apprendimento'],
};

export const practicesPolandSweden: SeedPractice[] = [
  pl01, pl02, pl03, pl04, pl05, pl06, pl07, pl08, pl09,
  se01, se02, se03, se04, se05, se06, se07, se08,
  ee01, ee02, cz01, it01,
];
