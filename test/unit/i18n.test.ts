// Every interface language has every key of the English catalogue, non-empty, with the same {placeholders}; plural
// messages name every plural category of their language, and t() picks the right one.
import { strict as assert } from 'node:assert';
import { intlTag, negotiateLocale, type InterfaceLocale } from '../../server/i18n/locales.js';
import { formatMessage } from '../../server/i18n/messageFormat.js';
import { catalogues, t } from '../../server/i18n/translate.js';
import { fillText } from '../../web/src/lib/fillText.js';

/** The argument names a message uses: `{name}` and the head of `{count, plural, …}`. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();
/** The selectors of every plural in a message, e.g. ['few', 'one', 'other', 'two']. */
const pluralSelectors = (text: string): string[][] =>
  [...text.matchAll(/\{\w+\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => [...(m[1] ?? '').matchAll(/([=\w]+)\s*\{/g)].map((s) => s[1] ?? '').sort());

describe('interface translations', () => {
  const reference = catalogues.en;
  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`${locale} has every key, non-empty, with matching placeholders`, () => {
      const missing = Object.keys(reference).filter((key) => !(key in messages));
      assert.deepEqual(missing, [], `missing keys in ${locale}`);
      const extra = Object.keys(messages).filter((key) => !(key in reference));
      assert.deepEqual(extra, [], `keys in ${locale} that English lacks`);
      for (const [key, text] of Object.entries(messages)) {
        assert.ok(text.trim().length > 0, `${locale}.${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(reference[key as keyof typeof reference]), `${locale}.${key} placeholders`);
      }
    });
  }

  for (const [locale, messages] of Object.entries(catalogues) as [InterfaceLocale, Record<string, string>][]) {
    it(`${locale}: every plural message names exactly its language's plural categories`, () => {
      const categories = [...new Intl.PluralRules(intlTag[locale]).resolvedOptions().pluralCategories].sort();
      const plurals = Object.entries(messages).filter(([, text]) => /,\s*plural\s*,/.test(text));
      assert.ok(plurals.length >= 7, `${locale} has its counted messages as plurals`);
      for (const [key, text] of plurals) {
        for (const selectors of pluralSelectors(text)) assert.deepEqual(selectors.filter((s) => !s.startsWith('=')), categories, `${locale}.${key}`);
      }
    });
  }

  it('chooses the Slovenian dual and the Polish genitive plural, with the number written for the language', () => {
    const schools = (locale: InterfaceLocale, count: number) => t(locale, 'practice.scale.schools', { count });
    assert.deepEqual([1, 2, 3, 4, 5, 101, 102, 103].map((n) => schools('sl', n)), ['1 šola', '2 šoli', '3 šole', '4 šole', '5 šol', '101 šola', '102 šoli', '103 šole']);
    assert.deepEqual([1, 2, 4, 5, 12, 22, 25].map((n) => schools('pl', n)), ['1 szkoła', '2 szkoły', '4 szkoły', '5 szkół', '12 szkół', '22 szkoły', '25 szkół']);
    assert.deepEqual([1, 2].map((n) => schools('sv', n)), ['1 skola', '2 skolor']);
    assert.equal(schools('en', 1), '1 school');
    assert.equal(schools('en', 1450), '1,450 schools');
    assert.equal(t('pl', 'practice.scale.participants', { count: 12345 }), '12\u00a0345 uczestników');
    assert.equal(t('sl', 'community.threadMeta', { name: 'Maja', count: 2 }), 'začel(a) Maja · 2 objavi');
  });

  it('fills the texts an island got from the page exactly as the server fills them, plurals included', () => {
    for (const locale of ['sl', 'pl', 'sv', 'en'] as const) {
      for (const [key, params] of [['practice.scale.schools', { count: 2 }], ['practice.scale.schools', { count: 5 }], ['room.jumpToNewest', { count: 3 }], ['community.threadMeta', { name: 'Maja', count: 102 }]] as const) {
        assert.equal(fillText(catalogues[locale][key], params, intlTag[locale]), t(locale, key, params), `${locale} ${key}`);
      }
    }
    assert.equal(fillText('{count, plural, one {# šola} two {# šoli} few {# šole} other {# šol}}', { count: 2 }, 'sl'), '2 šoli');
    assert.equal(fillText(undefined, { count: 1 }, 'en'), '');
  });

  it('formats messages: exact matches, placeholders inside branches, # only as the number, unknown names kept', () => {
    const locale = { plural: (n: number) => (n === 1 ? 'one' : 'other') as Intl.LDMLPluralRule, number: (n: number) => `<${n}>` };
    const template = '{count, plural, =0 {nothing from {name}} one {# from {name}} other {# from {name}}} {missing}';
    assert.equal(formatMessage(template, { count: 0, name: '#x' }, locale), 'nothing from #x {missing}');
    assert.equal(formatMessage(template, { count: 1, name: '#x' }, locale), '<1> from #x {missing}');
    assert.equal(formatMessage(template, { count: 7, name: '#x' }, locale), '<7> from #x {missing}');
    assert.equal(formatMessage('Hello {name}, # is just a sign', { name: 'Ana' }, locale), 'Hello Ana, # is just a sign');
  });

  it('negotiates the interface language from Accept-Language', () => {
    assert.equal(negotiateLocale('pl-PL,pl;q=0.9,en;q=0.8'), 'pl');
    assert.equal(negotiateLocale('de-DE,sv;q=0.7,en;q=0.5'), 'sv');
    assert.equal(negotiateLocale('fr'), 'en');
    assert.equal(negotiateLocale(undefined), 'en');
  });
});
