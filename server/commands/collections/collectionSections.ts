// How a collection's items fall into its titled sections (a conference's tracks): the groups in the organisers'
// order (items outside any section first, then each section with its items), a section's title in the reader's
// language, and the edits the editor's buttons make to the item and section lists (no database here).
import type { CollectionSection } from '../../models/collection.js';

export interface SectionedItem {
  readonly type: 'practice' | 'resource';
  readonly id: string;
  readonly section?: string;
}

export interface SectionGroup<T> {
  /** null for the items that belong to no section. */
  readonly section: CollectionSection | null;
  readonly items: T[];
}

/** Every section (even an empty one) after the group of items in none; an item naming an unknown section is in none. */
export function groupBySection<T>(sections: readonly CollectionSection[], items: readonly T[], sectionOf: (item: T) => string | undefined): SectionGroup<T>[] {
  const groups = new Map<string | null, T[]>([[null, []], ...sections.map((section): [string, T[]] => [section.id, []])]);
  for (const item of items) {
    const id = sectionOf(item);
    (groups.get(id && groups.has(id) ? id : null) ?? []).push(item);
  }
  return [{ section: null, items: groups.get(null) ?? [] }, ...sections.map((section) => ({ section, items: groups.get(section.id) ?? [] }))];
}

/** The section's title in `locale` where it has one, else its first, with the language it is in. */
export function sectionTitle(section: CollectionSection, locale: string): { language: string; text: string } {
  const entries = Object.entries(section.title).filter(([, text]) => text);
  const [language, text] = entries.find(([lang]) => lang === locale) ?? entries[0] ?? [locale, section.id];
  return { language, text };
}

const swap = <T>(list: T[], a: number, b: number): T[] => {
  const copy = [...list];
  const [first, second] = [copy[a], copy[b]];
  if (first === undefined || second === undefined) return copy;
  copy[a] = second;
  copy[b] = first;
  return copy;
};

/** Moves the item at `index` past its neighbour in the same section (items of other sections keep their places). */
export function moveWithinSection<T extends SectionedItem>(items: readonly T[], index: number, direction: 'up' | 'down'): T[] {
  const item = items[index];
  if (!item) return [...items];
  const step = direction === 'up' ? -1 : 1;
  for (let other = index + step; other >= 0 && other < items.length; other += step) {
    if ((items[other]?.section ?? '') === (item.section ?? '')) return swap([...items], index, other);
  }
  return [...items];
}

/** Puts the item at `index` into `section` (undefined: into none), as the last item there. */
export function placeInSection<T extends SectionedItem>(items: readonly T[], index: number, section: string | undefined): Array<T | SectionedItem> {
  const item = items[index];
  if (!item) return [...items];
  const rest: Array<T | SectionedItem> = items.filter((_, position) => position !== index);
  const { section: _previous, ...plain } = item;
  const moved: SectionedItem = section ? { ...plain, section } : plain;
  let last = -1;
  rest.forEach((other, position) => {
    if ((other.section ?? '') === (section ?? '')) last = position;
  });
  rest.splice(last === -1 ? rest.length : last + 1, 0, moved);
  return rest;
}

/** Moves a section up or down in the list. */
export function moveSection(sections: readonly CollectionSection[], index: number, direction: 'up' | 'down'): CollectionSection[] {
  return swap([...sections], index, index + (direction === 'up' ? -1 : 1));
}

/** Removes a section; its items stay in the collection, outside any section. */
export function removeSection<T extends SectionedItem>(sections: readonly CollectionSection[], items: readonly T[], id: string): { sections: CollectionSection[]; items: SectionedItem[] } {
  return {
    sections: sections.filter((section) => section.id !== id),
    items: items.map((item) => {
      if (item.section !== id) return item;
      const { section: _removed, ...plain } = item;
      return plain;
    }),
  };
}
