// Demo self-assessment content: which demo teachers have results of the educator instrument (teacher-si-1 twice,
// so the change since the previous result shows), and a demo school whose staff answered one round of the school
// self-reflection (and a closed round the year before), enough people to show the aggregate, and which programme has the school in its cohort (so its
// advisors see the programme view). Every person and school here is fictional.

export interface DemoResult {
  /** A demo user's key. */
  readonly user: string;
  /** The level (1–6) answered for each competence in order 1.1 … 6.5, as a string of digits. */
  readonly levels: string;
}

export const demoEducatorResults: readonly DemoResult[] = [
  { user: 'teacher-si-1', levels: '2322122112112221111212' },
  { user: 'teacher-si-1', levels: '3433233223223332322323' },
  { user: 'teacher-pl-1', levels: '4434333442332444333233' },
  { user: 'teacher-se-1', levels: '3344443333442333442233' },
];

export interface DemoRespondent {
  readonly user: string;
  readonly role: 'leader' | 'teacher';
  /** Added to a base level per item, then kept within 1–5, so people differ. */
  readonly lean: number;
}

export const demoSchool = {
  founder: 'headteacher-si-1',
  organisation: { name: 'Osnovna šola Gorski vrh (demo)', type: 'school', country: 'SI', region: 'Gorenjska', description: 'A fictional primary school that runs the school self-reflection once a year.' },
  staff: ['teacher-si-1', 'teacher-si-2', 'teacher-si-3', 'official-si-1', 'official-si-2', 'moderator-si'],
  roundTitle: 'Samorefleksija šole 2026',
  /** A closed round a year earlier, answered by the first five respondents a level lower, so two rounds compare. */
  earlierRound: { title: 'Samorefleksija šole 2025', respondents: 5, lean: -1 },
  /** The seeded programme whose cohort the school joins, and that programme's organiser who adds it. */
  programme: { key: 'ddk-si', organiser: 'organiser-si' },
  respondents: [
    { user: 'headteacher-si-1', role: 'leader', lean: 1 },
    { user: 'teacher-si-1', role: 'teacher', lean: 0 },
    { user: 'teacher-si-2', role: 'teacher', lean: -1 },
    { user: 'teacher-si-3', role: 'teacher', lean: 0 },
    { user: 'official-si-1', role: 'teacher', lean: 1 },
    { user: 'official-si-2', role: 'teacher', lean: -1 },
  ] satisfies readonly DemoRespondent[],
  /** The base level (1–5) of each school item, in the instrument's order. */
  baseLevels: [3, 3, 2, 2, 4, 3, 2, 3, 2, 3, 3, 2, 2, 3, 2],
};
