// Unit tests of the search text helpers: folding, the light stemmers, filter quoting and HTML-safe highlights.
import assert from 'node:assert/strict';
import { quoteFilterValue, visibilityClause } from '../../server/search/filters.js';
import { highlightToHtml } from '../../server/search/snippets.js';
import { foldText, stemText } from '../../server/search/textAnalysis.js';

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
});
