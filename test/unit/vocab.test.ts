// Unit tests for the controlled vocabularies: completeness of labels, the fixed id lists, lookups and zod schemas.
import { strict as assert } from 'node:assert';
import { z } from 'zod';
import {
  isTerm,
  isUiLocale,
  termIds,
  termLabel,
  termSchema,
  uiLocales,
  vocabularies,
  vocabularyForClient,
  vocabularyIds,
  type Labels,
  type TermId,
  type VocabularyId,
} from '../../server/vocab/index.js';

const expectedIds: Readonly<Partial<Record<VocabularyId, readonly string[]>>> = {
  digCompEduAreas: ['1', '2', '3', '4', '5', '6'],
  digCompEdu: [
    '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4',
    '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '6.4', '6.5',
  ],
  digCompAreas: ['1', '2', '3', '4', '5'],
  digComp: [
    '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2',
    '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4',
  ],
  selfieAreas: [
    'leadership', 'collaboration-networking', 'infrastructure-equipment', 'continuing-professional-development',
    'pedagogy-supports-resources', 'pedagogy-implementation', 'assessment-practices', 'student-digital-competence',
  ],
  educationLevels: [
    'isced-0', 'isced-1', 'isced-2', 'isced-3', 'isced-4', 'isced-5', 'isced-6', 'isced-7', 'isced-8',
    'adult-learning', 'not-applicable',
  ],
  sectors: [
    'school', 'kindergarten', 'vet', 'local-government', 'central-administration', 'training-provider', 'other',
  ],
  ownerTypes: [
    'school', 'kindergarten', 'vet-school', 'municipality', 'county-region', 'ministry-agency', 'public-institute',
    'university', 'ngo', 'training-provider', 'other',
  ],
  targetGroups: [
    'teachers', 'school-leaders', 'pupils', 'parents', 'local-government-staff', 'civil-servants', 'ict-coordinators',
    'librarians', 'trainers', 'policy-makers', 'general-public',
  ],
  practiceTypes: [
    'digital-strategy', 'training', 'e-training', 'learning-community', 'self-assessment', 'mentoring', 'advisory',
    'conference', 'handbook', 'tool',
  ],
  lifecycleStages: ['identify', 'ideas', 'develop', 'implement', 'evaluate', 'diffuse'],
  evidenceTypes: [
    'survey', 'self-assessment-data', 'observation', 'learning-outcomes', 'participation-data', 'external-evaluation',
    'case-study', 'testimonials',
  ],
  evidenceLevels: ['promising', 'good', 'expert-validated'],
  resourceKinds: ['handbook', 'training-material', 'e-training', 'self-assessment-guide', 'tool', 'link', 'other'],
  licences: [
    'cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nd-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc-by-nc-nd-4.0', 'cc0-1.0',
    'public-domain', 'all-rights-reserved',
  ],
  communityVisibility: ['public', 'members-only'],
  joinPolicies: ['open', 'request', 'invite'],
  flagReasons: ['spam', 'off-topic', 'abusive', 'personal-data', 'copyright', 'misinformation', 'other'],
};

const requiredLanguages = [
  'sl', 'pl', 'sv', 'en', 'hr', 'cs', 'sk', 'hu', 'de', 'fr', 'it', 'es', 'pt', 'nl', 'da', 'fi', 'et', 'lv', 'lt',
  'ro', 'bg', 'el', 'mt', 'ga', 'no', 'is',
];

const requiredCountries = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'UA', 'RS', 'BA', 'ME', 'MK', 'AL', 'GB',
];

function assertCompleteLabels(labels: Labels | undefined, where: string): void {
  assert.ok(labels, `${where}: labels missing`);
  assert.deepEqual(Object.keys(labels).sort(), [...uiLocales].sort(), `${where}: exactly the four UI locales`);
  for (const locale of uiLocales) {
    const label: string = labels[locale];
    assert.equal(typeof label, 'string', `${where}.${locale}: not a string`);
    assert.ok(label.trim().length > 0, `${where}.${locale}: empty`);
    assert.equal(label, label.trim(), `${where}.${locale}: surrounding whitespace`);
  }
}

function schemaMessage(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  assert.equal(result.success, false, `expected ${JSON.stringify(input)} to be rejected`);
  return result.error?.issues[0]?.message ?? '';
}

describe('vocabularies', () => {
  it('registers every vocabulary id exactly once, under its own id', () => {
    assert.deepEqual(Object.keys(vocabularies).sort(), [...vocabularyIds].sort());
    for (const id of vocabularyIds) assert.equal(vocabularies[id].id, id);
  });

  for (const vocabId of vocabularyIds) {
    describe(vocabId, () => {
      const vocabulary = vocabularies[vocabId];

      it('has a label in every UI locale', () => {
        assertCompleteLabels(vocabulary.labels, vocabId);
      });

      it('has at least one term, with unique ids', () => {
        const ids = vocabulary.terms.map((term) => term.id);
        assert.ok(ids.length > 0);
        assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${vocabId}`);
        for (const id of ids) assert.match(id, /^[A-Za-z0-9][A-Za-z0-9.-]*$/, `${vocabId}: malformed id "${id}"`);
      });

      it('labels every term (and every description) in all four UI locales', () => {
        for (const term of vocabulary.terms) {
          assertCompleteLabels(term.labels, `${vocabId}/${term.id}`);
          if (term.description) assertCompleteLabels(term.description, `${vocabId}/${term.id} description`);
        }
      });

      it('has no two terms with the same label in one locale', () => {
        for (const locale of uiLocales) {
          const labels = vocabulary.terms.map((term) => term.labels[locale]);
          assert.equal(new Set(labels).size, labels.length, `${vocabId}: duplicate ${locale} label`);
        }
      });

      const expected = expectedIds[vocabId];
      if (expected) {
        it('uses exactly the agreed term ids, in order', () => {
          assert.deepEqual(termIds(vocabId), expected);
        });
      }
    });
  }
});

describe('competence frameworks', () => {
  const frameworks = [
    { competences: 'digCompEdu', areas: 'digCompEduAreas', competenceCount: 22, areaCount: 6 },
    { competences: 'digComp', areas: 'digCompAreas', competenceCount: 21, areaCount: 5 },
  ] as const;

  for (const { competences, areas, competenceCount, areaCount } of frameworks) {
    it(`${competences} has ${competenceCount} competences in ${areaCount} areas, numbered by area`, () => {
      const terms = vocabularies[competences].terms;
      assert.equal(terms.length, competenceCount);
      assert.equal(vocabularies[areas].terms.length, areaCount);
      const used = new Set<string>();
      for (const term of terms) {
        assert.ok(term.area, `${competences}/${term.id} has no area`);
        assert.ok(isTerm(areas, term.area), `${competences}/${term.id}: unknown area ${term.area}`);
        assert.equal(term.id.split('.')[0], term.area, `${competences}/${term.id} is filed under area ${term.area}`);
        used.add(term.area);
      }
      assert.equal(used.size, areaCount, 'every area has at least one competence');
    });
  }

  it('uses the official English competence names', () => {
    assert.equal(termLabel('digCompEdu', '1.4', 'en'), 'Digital continuous professional development');
    assert.equal(termLabel('digCompEdu', '6.5', 'en'), 'Digital problem solving');
    assert.equal(termLabel('digCompEduAreas', '6', 'en'), "Facilitating learners' digital competence");
    assert.equal(termLabel('digComp', '2.5', 'en'), 'Netiquette');
    assert.equal(termLabel('digComp', '5.4', 'en'), 'Identifying digital competence gaps');
    assert.equal(termLabel('digCompAreas', '1', 'en'), 'Information and data literacy');
  });

  it('only competences carry an area', () => {
    for (const vocabId of vocabularyIds) {
      if (vocabId === 'digCompEdu' || vocabId === 'digComp') continue;
      for (const term of vocabularies[vocabId].terms) assert.equal(term.area, undefined, `${vocabId}/${term.id}`);
    }
  });
});

describe('specific vocabularies', () => {
  it('describes every evidence level', () => {
    for (const term of vocabularies.evidenceLevels.terms) assertCompleteLabels(term.description, term.id);
  });

  it('names the national forms of local government', () => {
    assert.match(termLabel('sectors', 'local-government', 'sl'), /občina/);
    assert.match(termLabel('sectors', 'local-government', 'pl'), /gmina/);
    assert.match(termLabel('sectors', 'local-government', 'sv'), /Kommun/);
    assert.match(termLabel('sectors', 'local-government', 'en'), /municipality/);
  });

  it('gives every licence except "all rights reserved" an https URL', () => {
    for (const term of vocabularies.licences.terms) {
      if (term.id === 'all-rights-reserved') assert.equal(term.url, undefined);
      else assert.ok(term.url && new URL(term.url).protocol === 'https:', `${term.id} has no https url`);
    }
  });

  it('covers the required content languages with ISO 639-1 ids and ISO 639-3 Meilisearch locales', () => {
    for (const id of requiredLanguages) assert.ok(isTerm('languages', id), `language ${id} missing`);
    for (const term of vocabularies.languages.terms) {
      assert.match(term.id, /^[a-z]{2}$/);
      if (term.meiliLocale !== undefined) assert.match(term.meiliLocale, /^[a-z]{3}$/, `${term.id}: bad meiliLocale`);
    }
    const meili = (id: string): string | undefined =>
      vocabularies.languages.terms.find((term) => term.id === id)?.meiliLocale;
    assert.equal(meili('sl'), 'slv');
    assert.equal(meili('pl'), 'pol');
    assert.equal(meili('sv'), 'swe');
    assert.equal(meili('en'), 'eng');
    assert.equal(meili('hr'), 'hrv');
    assert.equal(meili('cs'), 'ces');
  });

  it('covers EU, EEA and the neighbouring countries with upper-case ISO 3166-1 alpha-2 ids', () => {
    for (const id of requiredCountries) assert.ok(isTerm('countries', id), `country ${id} missing`);
    for (const term of vocabularies.countries.terms) assert.match(term.id, /^[A-Z]{2}$/);
    assert.equal(termLabel('countries', 'SE', 'sv'), 'Sverige');
    assert.equal(termLabel('countries', 'PL', 'pl'), 'Polska');
    assert.equal(termLabel('countries', 'SI', 'sl'), 'Slovenija');
  });
});

describe('lookups', () => {
  it('isTerm accepts known ids and rejects unknown ids and non-strings', () => {
    assert.equal(isTerm('sectors', 'school'), true);
    assert.equal(isTerm('sectors', 'xyz'), false);
    assert.equal(isTerm('sectors', 42), false);
    assert.equal(isTerm('sectors', undefined), false);
    assert.equal(isTerm('countries', 'si'), false);
  });

  it('termLabel resolves per locale and falls back to the id for unknown terms', () => {
    assert.equal(termLabel('evidenceLevels', 'good', 'en'), 'Good practice');
    assert.equal(termLabel('languages', 'sv', 'sv'), 'Svenska');
    assert.equal(termLabel('sectors', 'retired-sector', 'sl'), 'retired-sector');
  });

  it('termIds returns a frozen list', () => {
    assert.ok(Object.isFrozen(termIds('sectors')));
  });

  it('isUiLocale recognises exactly the four UI locales', () => {
    for (const locale of uiLocales) assert.equal(isUiLocale(locale), true);
    assert.equal(isUiLocale('de'), false);
    assert.equal(isUiLocale(undefined), false);
  });

  it('TermId narrows to the literal ids', () => {
    const sector: TermId<'sectors'> = 'school';
    // @ts-expect-error 'xyz' is not a sector id
    const wrong: TermId<'sectors'> = 'xyz';
    assert.equal(isTerm('sectors', sector), true);
    assert.equal(isTerm('sectors', wrong), false);
  });
});

describe('termSchema', () => {
  it('accepts every id of the vocabulary', () => {
    for (const vocabId of vocabularyIds) {
      const schema = termSchema(vocabId);
      for (const id of termIds(vocabId)) assert.equal(schema.parse(id), id);
    }
  });

  it('rejects an unknown id with a message naming the value and the vocabulary', () => {
    assert.equal(schemaMessage(termSchema('sectors'), 'xyz'), '"xyz" is not a known sector');
    assert.equal(schemaMessage(termSchema('digCompEdu'), '7.1'), '"7.1" is not a known DigCompEdu competence');
    assert.equal(schemaMessage(termSchema('countries'), 'si'), '"si" is not a known country');
    for (const vocabId of vocabularyIds) {
      const message = schemaMessage(termSchema(vocabId), 'no-such-term');
      assert.match(message, /"no-such-term" is not a known /, `${vocabId}: ${message}`);
    }
  });

  it('rejects non-strings and missing values with readable messages', () => {
    assert.equal(schemaMessage(termSchema('licences'), 42), '42 is not a known licence');
    assert.equal(schemaMessage(termSchema('licences'), { id: 'cc-by-4.0' }), 'an object is not a known licence');
    assert.equal(schemaMessage(z.object({ licence: termSchema('licences') }), {}), 'a licence is required');
  });

  it('composes into object and array schemas with paths', () => {
    const schema = z.object({ competences: z.array(termSchema('digComp')) });
    assert.deepEqual(schema.parse({ competences: ['1.1', '5.4'] }), { competences: ['1.1', '5.4'] });
    const result = schema.safeParse({ competences: ['1.1', '6.1'] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['competences', 1]);
    assert.equal(result.error?.issues[0]?.message, '"6.1" is not a known DigComp competence');
  });

  it('returns the same schema instance for repeated calls', () => {
    assert.equal(termSchema('targetGroups'), termSchema('targetGroups'));
  });
});

describe('vocabularyForClient', () => {
  it('resolves every label to the requested locale', () => {
    const client = vocabularyForClient('pl');
    assert.deepEqual(Object.keys(client).sort(), [...vocabularyIds].sort());
    assert.equal(client.countries.label, 'Kraj');
    const level = client.evidenceLevels.terms.find((term) => term.id === 'promising');
    assert.equal(level?.label, 'Obiecująca praktyka');
    assert.equal(typeof level?.description, 'string');
    assert.equal(client.digCompEdu.terms.find((term) => term.id === '3.3')?.area, '3');
    assert.ok(client.licences.terms.find((term) => term.id === 'cc-by-4.0')?.url?.startsWith('https://'));
  });

  it('carries all locales when no locale is given', () => {
    const client = vocabularyForClient();
    assert.deepEqual(client.sectors.labels, vocabularies.sectors.labels);
    assert.equal(client.sectors.terms.length, vocabularies.sectors.terms.length);
    assertCompleteLabels(client.sectors.terms[0]?.labels, 'client sectors[0]');
  });

  it('is plain JSON without search-only fields', () => {
    for (const client of [vocabularyForClient(), vocabularyForClient('sv')]) {
      assert.deepEqual(JSON.parse(JSON.stringify(client)), client);
      assert.ok(!JSON.stringify(client).includes('meiliLocale'));
    }
  });

  it('returns fresh objects, so callers cannot mutate the vocabularies', () => {
    const client = vocabularyForClient();
    assert.notEqual(client.sectors.labels, vocabularies.sectors.labels);
  });
});
