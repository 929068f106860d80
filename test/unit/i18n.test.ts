// Every interface language has every key of the English catalogue, non-empty, with the same {placeholders}.
import { strict as assert } from 'node:assert';
import { negotiateLocale } from '../../server/i18n/locales.js';
import { catalogues } from '../../server/i18n/translate.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

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

  it('negotiates the interface language from Accept-Language', () => {
    assert.equal(negotiateLocale('pl-PL,pl;q=0.9,en;q=0.8'), 'pl');
    assert.equal(negotiateLocale('de-DE,sv;q=0.7,en;q=0.5'), 'sv');
    assert.equal(negotiateLocale('fr'), 'en');
    assert.equal(negotiateLocale(undefined), 'en');
  });
});
