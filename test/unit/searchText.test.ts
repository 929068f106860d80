// Unit tests of the search text helpers: folding, the light stemmers, filter quoting and HTML-safe highlights.
import assert from 'node:assert/strict';
import { quoteFilterValue, visibilityClause } from '../../server/search/filters.js';
import { highlightToHtml } from '../../server/search/snippets.js';
import { foldText, stemText } from '../../server/search/textAnalysis.js';
import { termsNamedBy } from '../../server/search/namedTerms.js';
import { vocabularyText } from '../../server/search/vocabularyText.js';

describe('search text helpers', function () {
  it('folds letters Meilisearch does not fold', function () {
    assert.equal(foldText('Łódź, Đakovo, Ørsted, šolska'), 'lodz, dakovo, orsted, solska');
  });

  it('maps inflected forms to one stem per language', function () {
    assert.equal(stemText('akcijskega načrta', 'sl'), stemText('akcijski načrt', 'sl'));
    assert.equal(stemText('dobrych praktyk samorządowych', 'pl'), stemText('dobre praktyki samorządowe', 'pl'));
    assert.equal(stemText('förskolan', 'sv'), stemText('förskola', 'sv'));
    assert.equal(stemText('strategies', 'en'), stemText('strategy', 'en'));
    assert.equal(stemText('2024', 'sl'), '2024');
  });

  it('quotes and escapes filter values', function () {
    assert.equal(quoteFilterValue('a"b\\c'), '"a\\"b\\\\c"');
    assert.deepEqual(visibilityClause({ allCommunities: false, communityIds: ['x"y'] }), ['visibility = "public"', 'visibility = "members" AND communityId IN ["x\\"y"]']);
    assert.equal(visibilityClause({ allCommunities: true }), null);
  });

  it('escapes highlighted text and keeps <mark> balanced', function () {
    assert.equal(highlightToHtml('<b>\uE000x&y\uE001</b>'), '&lt;b&gt;<mark>x&amp;y</mark>&lt;/b&gt;');
    assert.equal(highlightToHtml('\uE001a\uE000b\uE000c'), 'a<mark>bc</mark>');
  });

  it('indexes a term under its labels in the four languages and their folded and stemmed forms', function () {
    const text = vocabularyText({ sectors: ['local-government', null, 'not-a-term'] });
    assert.match(text.vocab, /Samorząd terytorialny/);
    assert.match(text.vocab, /Kommun och region/);
    assert.match(text.vocab, /Lokalna samouprava \(občina\)/);
    assert.match(text.foldVocab, /samorzad terytorialny/);
    assert.match(text.foldVocab, /lokaln samouprav/);
    assert.doesNotMatch(text.vocab, /not-a-term/);
  });

  it('tells which vocabulary terms a query names, in any language, with typos, but not by a common word', function () {
    const vocabs = ['sectors', 'practiceTypes', 'educationLevels', 'digCompEdu', 'digComp', 'selfieAreas'] as const;
    const named = (q: string): string[] => termsNamedBy(q, vocabs).map((term) => `${term.vocab}:${term.id}`);
    for (const q of ['samorząd', 'samorzad', 'kommun', 'občina', 'municipality', 'Local government']) assert.deepEqual(named(q), ['sectors:local-government'], q);
    assert.deepEqual(named('ISCED 2'), ['educationLevels:isced-2']);
    assert.deepEqual(named('mentorig'), ['practiceTypes:mentoring']);
    assert.deepEqual(named('training'), ['practiceTypes:training']);
    for (const q of ['isced', 'digital', 'strategija', 'senzorji', 'a']) assert.deepEqual(named(q), [], q);
  });
});
