// Server-rendered accessible SVG charts (bar, stacked bar, line with points), each a <figure> with an SVG that has
// role="img", a <title> and a <desc>, a legend, and the same numbers in a <table> beside it, so a chart reads
// without JavaScript, without colour and in print. Shared by the plans, trainings and statistics pages.
import { html, type SafeHtml } from '../html.js';

export interface ChartSeries {
  readonly label: string;
  /** One value per category; null where there is no value (a gap in a line, nothing in a bar). */
  readonly values: readonly (number | null)[];
}

export interface ChartSpec {
  /** Unique on the page: the SVG's title and description are referenced by it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The heading of the category column in the data table (e.g. "Status", "Date"). */
  readonly categoryLabel: string;
  readonly categories: readonly string[];
  /** Short labels under the bars or points (e.g. codes a key explains), one per category; the table keeps the categories. */
  readonly axisLabels?: readonly string[];
  readonly series: readonly ChartSeries[];
  /** A horizontal reference line, e.g. an indicator's target. */
  readonly reference?: { readonly label: string; readonly value: number };
  readonly formatNumber?: (value: number) => string;
}

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies; patterns of text in the table too. */
export const chartColours = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'] as const;

const width = 640;
const height = 300;
const plot = { left: 56, right: 16, top: 16, bottom: 64 };
const plotWidth = width - plot.left - plot.right;
const plotHeight = height - plot.top - plot.bottom;

/** A "nice" upper bound (1, 2, 2.5, 5 × 10ⁿ) at or above `max`, and the tick step for five intervals. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return { top: step * Math.ceil(max / step), step };
}

const round = (value: number): string => String(Math.round(value * 10) / 10);
const defaultFormat = (value: number): string => String(value);

function axes(spec: ChartSpec, top: number, step: number): SafeHtml {
  const format = spec.formatNumber ?? defaultFormat;
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 1000; value += step) ticks.push(value);
  const y = (value: number): number => plot.top + plotHeight - (value / top) * plotHeight;
  return html`<g class="chart-axis" aria-hidden="true">
    ${ticks.map((value) => html`<line x1="${plot.left}" x2="${width - plot.right}" y1="${round(y(value))}" y2="${round(y(value))}" stroke="#c9d0d8" stroke-width="1"/>
      <text x="${plot.left - 6}" y="${round(y(value) + 4)}" text-anchor="end" font-size="12" fill="#1b1f24">${format(value)}</text>`)}
    ${spec.reference
      ? html`<line class="chart-reference" x1="${plot.left}" x2="${width - plot.right}" y1="${round(y(spec.reference.value))}" y2="${round(y(spec.reference.value))}" stroke="#a4161a" stroke-width="2" stroke-dasharray="6 4"/>
        <text x="${width - plot.right}" y="${round(y(spec.reference.value) - 5)}" text-anchor="end" font-size="12" fill="#a4161a">${spec.reference.label}: ${format(spec.reference.value)}</text>`
      : ''}
  </g>`;
}

/** The labels under the bars or points, every n-th one when they are many, each cut to the room it has. */
function categoryLabels(spec: ChartSpec, centre: (index: number) => number): SafeHtml {
  const labels = spec.axisLabels ?? spec.categories;
  const every = Math.max(1, Math.ceil(labels.length / 12));
  const room = Math.max(3, Math.min(16, Math.floor((plotWidth / Math.max(1, labels.length)) * every / 7)));
  return html`<g aria-hidden="true">${labels.map((label, index) =>
    index % every === 0
      ? html`<text x="${round(centre(index))}" y="${plot.top + plotHeight + 18}" text-anchor="middle" font-size="12" fill="#1b1f24">${label.length > room ? `${label.slice(0, room - 1)}…` : label}</text>`
      : '',
  )}</g>`;
}

function legend(spec: ChartSpec): SafeHtml {
  if (spec.series.length < 2) return html``;
  return html`<ul class="chart-legend" aria-hidden="true">${spec.series.map(
    (series, index) => html`<li><svg class="chart-swatch" viewBox="0 0 10 10" focusable="false"><rect width="10" height="10" fill="${chartColours[index % chartColours.length]}"/></svg>${series.label}</li>`,
  )}</ul>`;
}

function dataTable(spec: ChartSpec): SafeHtml {
  const format = spec.formatNumber ?? defaultFormat;
  return html`<table class="table chart-table">
    <caption class="visually-hidden">${spec.title}</caption>
    <thead><tr><th scope="col">${spec.categoryLabel}</th>${spec.series.map((series) => html`<th scope="col">${series.label}</th>`)}${
      spec.reference ? html`<th scope="col">${spec.reference.label}</th>` : ''
    }</tr></thead>
    <tbody>${spec.categories.map(
      (category, index) => html`<tr><th scope="row">${category}</th>${spec.series.map((series) => {
        const value = series.values[index];
        return html`<td class="numeric">${value === null || value === undefined ? '–' : format(value)}</td>`;
      })}${spec.reference ? html`<td class="numeric">${format(spec.reference.value)}</td>` : ''}</tr>`,
    )}</tbody>
  </table>`;
}

function figure(spec: ChartSpec, kind: string, marks: SafeHtml): SafeHtml {
  return html`<figure class="chart chart-${kind}" id="${spec.id}">
    <figcaption class="chart-caption">${spec.title}</figcaption>
    <svg role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">
      <title id="${spec.id}-title">${spec.title}</title>
      <desc id="${spec.id}-desc">${spec.description}</desc>
      ${marks}
    </svg>
    ${legend(spec)}
    <div class="chart-data">${dataTable(spec)}</div>
  </figure>`;
}

const maxOf = (values: readonly number[]): number => values.reduce((a, b) => Math.max(a, b), 0);
const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => typeof v === 'number');

function bars(spec: ChartSpec, stacked: boolean): SafeHtml {
  const count = Math.max(1, spec.categories.length);
  const totals = spec.categories.map((_c, index) => spec.series.reduce((sum, series) => sum + Math.max(0, series.values[index] ?? 0), 0));
  const highest = stacked ? maxOf(totals) : maxOf(spec.series.flatMap((series) => present(series.values)));
  const { top, step } = niceScale(Math.max(highest, spec.reference?.value ?? 0));
  const band = plotWidth / count;
  const groupWidth = band * 0.7;
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(1, spec.series.length);
  const scale = (value: number): number => (value / top) * plotHeight;
  const rects = spec.categories.map((_category, index) => {
    let stackBase = 0;
    return spec.series.map((series, s) => {
      const value = Math.max(0, series.values[index] ?? 0);
      const h = scale(value);
      const x = plot.left + band * index + (band - groupWidth) / 2 + (stacked ? 0 : barWidth * s);
      const y = plot.top + plotHeight - h - (stacked ? scale(stackBase) : 0);
      stackBase += value;
      return value > 0 ? html`<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(1, barWidth - 1))}" height="${round(h)}" fill="${chartColours[s % chartColours.length]}"/>` : '';
    });
  });
  return html`${axes(spec, top, step)}<g class="chart-marks" aria-hidden="true">${rects}</g>${categoryLabels(spec, (i) => plot.left + band * i + band / 2)}`;
}

/** Bars side by side per category (one bar per series). */
export const barChart = (spec: ChartSpec): SafeHtml => figure(spec, 'bar', bars(spec, false));

/** One bar per category with the series stacked (e.g. plans by status per programme). */
export const stackedBarChart = (spec: ChartSpec): SafeHtml => figure(spec, 'stacked', bars(spec, true));

/** A line per series with a point at each value; a null leaves a gap. */
export function lineChart(spec: ChartSpec): SafeHtml {
  const count = spec.categories.length;
  const highest = maxOf(spec.series.flatMap((series) => present(series.values)));
  const { top, step } = niceScale(Math.max(highest, spec.reference?.value ?? 0));
  const x = (index: number): number => plot.left + (count <= 1 ? plotWidth / 2 : (plotWidth * index) / (count - 1));
  const y = (value: number): number => plot.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const lines = spec.series.map((series, s) => {
    const colour = chartColours[s % chartColours.length];
    const segments: string[] = [];
    let current = '';
    series.values.forEach((value, index) => {
      if (value === null) {
        if (current) segments.push(current);
        current = '';
        return;
      }
      current += `${current ? ' L' : 'M'}${round(x(index))} ${round(y(value))}`;
    });
    if (current) segments.push(current);
    return html`${segments.map((d) => html`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"/>`)}
      ${series.values.map((value, index) => (value === null ? '' : html`<circle cx="${round(x(index))}" cy="${round(y(value))}" r="4" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`))}`;
  });
  return figure(spec, 'line', html`${axes(spec, top, step)}<g class="chart-marks" aria-hidden="true">${lines}</g>${categoryLabels(spec, x)}`);
}
