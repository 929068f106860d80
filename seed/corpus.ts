// The whole demo corpus in one place, in the order the loader needs it.
import { municipalPlansCollection } from './data/collectionMunicipalPlans.js';
import { conferenceCollection } from './data/collectionConference.js';
import { communities } from './data/communities.js';
import { practicesPolandSweden } from './data/practicesPolandSweden.js';
import { practicesSlovenia } from './data/practicesSlovenia.js';
import { resources } from './data/resources.js';
import { users } from './data/users.js';
import type { SeedCollection, SeedCommunity, SeedPractice, SeedResource, SeedUser } from './types.js';

export interface SeedCorpus {
  readonly users: readonly SeedUser[];
  readonly practices: readonly SeedPractice[];
  readonly resources: readonly SeedResource[];
  readonly communities: readonly SeedCommunity[];
  readonly collections: readonly SeedCollection[];
}

export const corpus: SeedCorpus = {
  users,
  practices: [...practicesSlovenia, ...practicesPolandSweden],
  resources,
  communities,
  collections: [conferenceCollection, municipalPlansCollection],
};
