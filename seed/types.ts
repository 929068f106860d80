// Shapes of the demo corpus in seed/data: plain data that the seed loader feeds through the real commands.

export type ContentLanguage = 'sl' | 'pl' | 'sv' | 'en' | 'hr' | 'de' | 'fi' | 'et' | 'cs' | 'it';

/** One language version of a practice. Markdown is allowed in every long field. */
export interface SeedPracticeText {
  provenance: 'original' | 'human' | 'machine';
  reviewed: boolean;
  title: string;
  summary: string;
  challenge: string;
  description: string;
  implementation: string;
  resourcesNeeded: string;
  outcomes: string;
  difficulties: string;
  transferConditions: string;
  lessons: string;
}

export interface SeedPractice {
  key: string;
  author: string;
  state: 'draft' | 'submitted' | 'in-review' | 'changes-requested' | 'published';
  featured?: boolean;
  originalLanguage: ContentLanguage;
  texts: Partial<Record<ContentLanguage, SeedPracticeText>>;
  organisation: { name: string; ownerType: string };
  country: string;
  region: string;
  sector: string;
  educationLevels: string[];
  targetGroups: string[];
  practiceType: string;
  lifecycleStage: string;
  startDate: string;
  endDate?: string;
  scale: { schools?: number; municipalities?: number; participants?: number; trainings?: number };
  digCompEdu: string[];
  digComp: string[];
  selfieAreas: string[];
  evidenceTypes: string[];
  evidenceLevel: string;
  licence: string;
  programme: string;
  funding: string;
  contact: { name: string; email: string };
  tags: string[];
  /** Images the seed generates with sharp and attaches through the upload pipeline. */
  images?: { caption: string; colour: string }[];
}

export interface SeedCollection {
  key: string;
  organiser: string;
  title: Partial<Record<ContentLanguage, string>>;
  introduction: Partial<Record<ContentLanguage, string>>;
  event: { name: string; date: string; place: string };
  practiceKeys: string[];
  resourceKeys: string[];
}

export interface SeedUser {
  key: string;
  email: string;
  displayName: string;
  roles: ('member' | 'moderator' | 'organiser' | 'admin')[];
  locale: 'sl' | 'pl' | 'sv' | 'en';
  organisation: string;
  country: string;
}

export interface SeedResource {
  key: string;
  author: string;
  kind: string;
  language: ContentLanguage;
  title: string;
  description: string;
  licence: string;
  url?: string;
  /** A small document the seed writes and uploads (plain text or Markdown). */
  file?: { name: string; text: string };
  tags: string[];
  relatedPracticeKeys: string[];
  digCompEdu: string[];
  digComp: string[];
}

export interface SeedPost {
  author: string;
  body: string;
  replies?: { author: string; body: string }[];
}

export interface SeedThread {
  author: string;
  title: string;
  body: string;
  replies: { author: string; body: string }[];
}

export interface SeedCommunity {
  key: string;
  owner: string;
  moderators: string[];
  members: string[];
  slug: string;
  name: string;
  description: string;
  language: ContentLanguage;
  visibility: 'public' | 'members-only';
  joinPolicy: 'open' | 'request' | 'invite';
  threads: SeedThread[];
  rooms: { name: string; topic: string; scheduledAt?: string; messages: { author: string; body: string }[] }[];
}
