// The chart module: every chart is an accessible figure (role="img", title, desc) with its numbers in a table,
// scales end on round numbers, stacked bars add up, a missing value leaves a gap in a line, labels under the marks
// fit their room, and nothing needs an inline style (the Content-Security-Policy allows none).
import { strict as assert } from 'node:assert';
import { barChart, lineChart, niceScale, stackedBarChart, type ChartSpec } from '../../server/http/pages/views/charts.js';

const spec: ChartSpec = {
  id: 'plans-by-status',
  title: 'Plans by status',
  description: 'Three plans drafted, five adopted.',
  categoryLabel: 'Status',
  categories: ['Draft', 'Adopted', '<In implementation>'],
  series: [
    { label: 'Schools', values: [3, 5, 2] },
    { label: 'Municipalities', values: [1, null, 4] },
  ],
};

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;
/** The marks of a chart (bars, lines, points), without the legend's swatches. */
const marks = (text: string): string => /<g class="chart-marks"[^>]*>([\s\S]*?)<\/g>/.exec(text)?.[1] ?? '';
const axisTexts = (text: string): string[] => [...text.matchAll(/<text x="[\d.]+" y="\d+" text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('charts', () => {
  it('renders an SVG with role img, a title and a description it is labelled by', () => {
    for (const chart of [barChart(spec), stackedBarChart(spec), lineChart(spec)]) {
      const out = chart.value;
      assert.match(out, /<svg role="img" aria-labelledby="plans-by-status-title plans-by-status-desc"/);
      assert.match(out, /<title id="plans-by-status-title">Plans by status<\/title>/);
      assert.match(out, /<desc id="plans-by-status-desc">Three plans drafted, five adopted.<\/desc>/);
    }
  });

  it('puts every value in a data table beside the chart, with a dash for a missing one', () => {
    const out = barChart({ ...spec, formatNumber: (n) => `${n} pcs` }).value;
    assert.match(out, /<th scope="col">Status<\/th><th scope="col">Schools<\/th><th scope="col">Municipalities<\/th>/);
    assert.equal(count(out, /<tr><th scope="row">/g), 3);
    assert.match(out, /<th scope="row">Adopted<\/th><td class="numeric">5 pcs<\/td><td class="numeric">–<\/td>/);
  });

  it('escapes category and series text', () => {
    const out = barChart(spec).value;
    assert.ok(!out.includes('<In implementation>'));
    assert.match(out, /&lt;In implementation&gt;/);
  });

  it('draws one bar per non-empty value, and stacks reach the category total', () => {
    assert.equal(count(marks(barChart(spec).value), /<rect /g), 5);
    const stacked = stackedBarChart({ ...spec, series: [{ label: 'a', values: [2] }, { label: 'b', values: [3] }], categories: ['x'] }).value;
    const heights = [...marks(stacked).matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(heights.length, 2);
    assert.ok(Math.abs(heights.reduce((a, b) => a + b, 0) - 220) < 1.5, `stack heights ${heights.join('+')}`);
  });

  it('leaves a gap in a line where a value is missing, with a point per value', () => {
    const out = lineChart({ ...spec, series: [{ label: 'Share', values: [10, null, 30, 40] }], categories: ['Q1', 'Q2', 'Q3', 'Q4'] }).value;
    assert.equal(count(marks(out), /<path /g), 2);
    assert.equal(count(marks(out), /<circle /g), 3);
  });

  it('colours the legend’s swatches without an inline style, which the Content-Security-Policy would block', () => {
    for (const chart of [barChart(spec), stackedBarChart(spec), lineChart(spec)]) {
      assert.doesNotMatch(chart.value, /style=/);
      assert.match(chart.value, /<li><svg class="chart-swatch"[^>]*><rect width="10" height="10" fill="#0072b2"\/><\/svg>Schools<\/li>/);
    }
  });

  it('cuts the labels under the marks to the room they have, or shows the short axis labels, keeping full names in the table', () => {
    const long = ['Leadership', 'Collaboration and networking', 'Infrastructure and equipment', 'Continuing professional development', 'Pedagogy: supports and resources', 'Pedagogy: implementation in the classroom', 'Assessment practices', 'Student digital competence'];
    const series = [{ label: 'Everyone', values: long.map(() => 3) }];
    const cut = axisTexts(barChart({ ...spec, categories: long, series }).value);
    assert.equal(cut.length, 8);
    assert.ok(cut.every((label) => label.length <= 10), cut.join(' | '));
    assert.equal(cut[0], 'Leadership');
    const short = barChart({ ...spec, categories: long, axisLabels: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], series }).value;
    assert.deepEqual(axisTexts(short), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    assert.match(short, /<th scope="row">Pedagogy: implementation in the classroom<\/th>/);
  });

  it('draws and tabulates a reference line such as a target', () => {
    const out = lineChart({ ...spec, series: [{ label: 'Share', values: [10, 20] }], categories: ['2024', '2025'], reference: { label: 'Target', value: 80 } }).value;
    assert.match(out, /class="chart-reference"/);
    assert.match(out, /Target: 80/);
    assert.equal(count(out, /<td class="numeric">80<\/td>/g), 2);
  });

  it('rounds the scale up to a nice number', () => {
    assert.deepEqual(niceScale(0), { top: 1, step: 0.2 });
    assert.deepEqual(niceScale(7), { top: 8, step: 2 });
    assert.deepEqual(niceScale(93), { top: 100, step: 20 });
    assert.deepEqual(niceScale(1200), { top: 1250, step: 250 });
  });
});
