// The pure section logic of collections: grouping keeps the organisers' order and puts items of an unknown section
// outside any; moving an item passes over items of other sections; placing one puts it last in its new section.
import { strict as assert } from 'node:assert';
import type { CollectionSection } from '../../server/models/collection.js';
import { groupBySection, moveWithinSection, placeInSection, removeSection, sectionTitle } from '../../server/commands/collections/collectionSections.js';

const sections: CollectionSection[] = [{ id: 'a', title: { en: 'Track A', sl: 'Sklop A' } }, { id: 'b', title: { sl: 'Sklop B' } }];
const items = [
  { type: 'practice' as const, id: '1', section: 'a' },
  { type: 'practice' as const, id: '2', section: 'b' },
  { type: 'practice' as const, id: '3', section: 'a' },
  { type: 'resource' as const, id: '4' },
  { type: 'resource' as const, id: '5', section: 'gone' },
];
const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('collection sections (unit)', () => {
  it('groups items outside any section first, then every section in order, even an empty one', () => {
    const groups = groupBySection([...sections, { id: 'c', title: { en: 'Empty' } }], items, (item) => item.section);
    assert.deepEqual(groups.map((group) => [group.section?.id ?? null, ids(group.items)]), [[null, ['4', '5']], ['a', ['1', '3']], ['b', ['2']], ['c', []]]);
  });

  it('moves an item past its neighbour in the same section, leaving the others in place, and not beyond the ends', () => {
    assert.deepEqual(ids(moveWithinSection(items, 0, 'down')), ['3', '2', '1', '4', '5']);
    assert.deepEqual(ids(moveWithinSection(items, 2, 'up')), ['3', '2', '1', '4', '5']);
    assert.deepEqual(ids(moveWithinSection(items, 0, 'up')), ['1', '2', '3', '4', '5']);
    assert.deepEqual(ids(moveWithinSection(items, 1, 'down')), ['1', '2', '3', '4', '5'], 'the only item of its section stays');
  });

  it('places an item last in its new section, or at the end outside any', () => {
    const placed = placeInSection(items, 3, 'a');
    assert.deepEqual(placed.map((item) => [item.id, item.section ?? null]), [['1', 'a'], ['2', 'b'], ['3', 'a'], ['4', 'a'], ['5', 'gone']]);
    const out = placeInSection(items, 0, undefined);
    assert.deepEqual(out.map((item) => [item.id, item.section ?? null]), [['2', 'b'], ['3', 'a'], ['4', null], ['1', null], ['5', 'gone']]);
  });

  it('removes a section and keeps its items outside any; titles fall back to the first language', () => {
    const removed = removeSection(sections, items, 'a');
    assert.deepEqual(ids(removed.sections), ['b']);
    assert.deepEqual(removed.items.map((item) => item.section ?? null), [null, 'b', null, null, 'gone']);
    assert.deepEqual(sectionTitle(sections[0]!, 'sl'), { language: 'sl', text: 'Sklop A' });
    assert.deepEqual(sectionTitle(sections[1]!, 'en'), { language: 'sl', text: 'Sklop B' });
  });
});
