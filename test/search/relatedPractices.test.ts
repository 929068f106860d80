// "Related practices" on a practice page, against the real Meilisearch: practices about the same thing (shared words
// and competences) are shown, in the same language first but with a close match in another language too, and the
// newest practices that merely share the sector are not.
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { indexEverything, insertPractice, type PracticeSeed } from './searchTestKit.js';

describe('related practices', function () {
  let app: TestApp;
  const ids: Record<string, string> = {};

  const strategy = { sector: 'school', practiceType: 'digital-strategy', digCompEdu: ['1.1', '1.2'], selfieAreas: ['leadership'] };
  const seeds: Record<string, PracticeSeed> = {
    subject: { language: 'sl', title: 'Digitalna strategija šole za obdobje petih let', summary: 'Ravnatelji in učitelji so pripravili strategijo digitalnega razvoja šole.', ...strategy },
    sameLanguage: { language: 'sl', title: 'Strategija digitalnega razvoja osnovne šole', summary: 'Šolski tim je z orodjem SELFIE pripravil načrt.', ...strategy },
    otherLanguage: { language: 'en', title: 'A digital strategy for every school', summary: 'Head teachers wrote a five-year development plan.', ...strategy },
    sharedCompetences: { language: 'pl', title: 'Plan rozwoju cyfrowego szkoły', summary: 'Dyrektorzy szkół opracowali plan.', sector: 'school', practiceType: 'digital-strategy', digCompEdu: ['1.1'] },
    sameSectorOnly: { language: 'cs', title: 'Robotika v hodinách fyziky', summary: 'Žáci staví roboty.', sector: 'school', practiceType: 'training', digCompEdu: ['3.4'] },
    unrelatedSwedish: { language: 'sv', title: 'Källkritik i skolbiblioteket', summary: 'Elever granskar nyheter.', sector: 'school', practiceType: 'training', digCompEdu: ['6.1'] },
    unrelatedEstonian: { language: 'et', title: 'Matemaatika mängud tahvelarvutis', summary: 'Õpilased mängivad.', sector: 'school', practiceType: 'tool' },
  };

  const relatedTitles = async (key: string): Promise<string[]> => {
    const practice = await app.ctx.models.Practice.findById(ids[key]).lean();
    const page = (await app.client().get(`/practices/${practice?.slug ?? ''}`).query({ lang: 'en' }).expect(200)).text;
    const section = /<section class="related"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    return [...section.matchAll(/<h3 class="card-title"[^>]*>\s*<a [^>]*>([^<]+)<\/a>/g)].map((match) => match[1] ?? '');
  };

  before(async function () {
    app = await startTestApp();
    // The subject first, the unrelated ones last: they are the newest, as in the report that asked for this.
    for (const [key, seed] of Object.entries(seeds)) ids[key] = await insertPractice(app.ctx, seed);
    await indexEverything(app.ctx);
  });
  after(async () => app?.close());

  it('shows the practices about the same thing, the same language first, and not the newest of the sector', async function () {
    const titles = await relatedTitles('subject');
    assert.deepEqual(titles.slice(0, 2), [seeds.sameLanguage?.title, seeds.otherLanguage?.title]);
    assert.ok(titles.includes(seeds.sharedCompetences?.title ?? ''), `the Polish plan sharing a competence is related: ${titles.join(' | ')}`);
    for (const key of ['sameSectorOnly', 'unrelatedSwedish', 'unrelatedEstonian']) assert.ok(!titles.includes(seeds[key]?.title ?? ''), `${key} is not related`);
    assert.ok(!titles.includes(seeds.subject?.title ?? ''), 'a practice is not related to itself');
  });

  it('relates across languages: the English strategy finds the Slovenian ones', async function () {
    const titles = await relatedTitles('otherLanguage');
    assert.ok(titles.includes(seeds.subject?.title ?? '') && titles.includes(seeds.sameLanguage?.title ?? ''), titles.join(' | '));
    assert.ok(!titles.includes(seeds.unrelatedEstonian?.title ?? ''));
  });
});
