// Unit tests for slugs: transliteration of Slovenian, Polish, Swedish and other Latin letters, shape and uniqueness.
import { strict as assert } from 'node:assert';
import { foldToAscii, slugify, uniqueSlug } from '../../server/content/slug.js';
import { slugNeedsChange } from '../../server/commands/shared/slugs.js';

describe('slugs', () => {
  const cases: Array<[string, string]> = [
    ['Čebelica in šolski vrt: žabe', 'cebelica-in-solski-vrt-zabe'],
    ['Łódź, Gdańsk i Żółć', 'lodz-gdansk-i-zolc'],
    ['Åsa, Märta och Östersund', 'asa-marta-och-ostersund'],
    ['Straße, Ærø, Øresund, œuvre', 'strasse-aero-oresund-oeuvre'],
    ['Đurđevac – Kraljevica', 'durdevac-kraljevica'],
    ['  --Hello,   World!!--  ', 'hello-world'],
    ['DigCompEdu 2.1 & SELFIE', 'digcompedu-2-1-selfie'],
  ];
  for (const [title, slug] of cases) {
    it(`${JSON.stringify(title)} → ${slug}`, () => {
      assert.equal(slugify(title), slug);
    });
  }

  it('folds diacritics for search without changing plain ASCII', () => {
    assert.equal(foldToAscii('Žiga Čuk, Łukasz, Åke'), 'Ziga Cuk, Lukasz, Ake');
    assert.equal(foldToAscii('plain text'), 'plain text');
  });

  it('never returns an empty slug and cuts long titles at a hyphen', () => {
    assert.equal(slugify('!!!'), 'item');
    assert.equal(slugify('中文'), 'item');
    const long = slugify('word '.repeat(40));
    assert.ok(long.length <= 80 && !long.endsWith('-'));
  });

  it('numbers a taken slug', async () => {
    const taken = new Set(['naslov', 'naslov-2']);
    assert.equal(await uniqueSlug('Naslov', async (c) => taken.has(c)), 'naslov-3');
    assert.equal(await uniqueSlug('Drugi', async (c) => taken.has(c)), 'drugi');
  });

  it('keeps a slug (or its numbered variant) while the title still fits it', () => {
    assert.equal(slugNeedsChange('stari-naslov', 'Stari naslov'), false);
    assert.equal(slugNeedsChange('stari-naslov-2', 'Stari  naslov!'), false);
    assert.equal(slugNeedsChange('stari-naslov', 'Nov naslov'), true);
    assert.equal(slugNeedsChange('stari-naslov-2x', 'Stari naslov'), true);
  });
});
