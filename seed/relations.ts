// Deterministic links the seed data leaves open: the practices a resource relates to (shared DigCompEdu/DigComp
// competences and language) and the resources a collection shows beside its practices.
import type { SeedCollection, SeedPractice, SeedResource } from './types.js';

const overlap = (a: readonly string[], b: readonly string[]): number => a.filter((value) => b.includes(value)).length;

const byScoreThenKey = <T extends { key: string }>(scored: Array<{ item: T; score: number }>): T[] =>
  scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.item.key.localeCompare(b.item.key))
    .map(({ item }) => item);

/** The resource's own related practices, else up to 3 published ones sharing competences or its language. */
export function relatedPracticeKeys(resource: SeedResource, practices: readonly SeedPractice[]): string[] {
  if (resource.relatedPracticeKeys.length > 0) return resource.relatedPracticeKeys;
  const published = practices.filter((practice) => practice.state === 'published');
  const scored = published.map((practice) => ({
    item: practice,
    score:
      overlap(resource.digCompEdu, practice.digCompEdu) +
      overlap(resource.digComp, practice.digComp) +
      (practice.texts[resource.language] ? 2 : 0),
  }));
  const ranked = byScoreThenKey(scored).slice(0, 3);
  return (ranked.length > 0 ? ranked : published.slice(0, 1)).map((practice) => practice.key);
}

/** The collection's own resources, else the 2 most related to its practices (by shared related practices). */
export function collectionResourceKeys(
  collection: SeedCollection,
  resources: readonly SeedResource[],
  relatedOf: (resource: SeedResource) => readonly string[],
): string[] {
  if (collection.resourceKeys.length > 0) return collection.resourceKeys;
  const scored = resources.map((resource) => ({ item: resource, score: overlap(relatedOf(resource), collection.practiceKeys) }));
  return byScoreThenKey(scored)
    .slice(0, 2)
    .map((resource) => resource.key);
}
