// Views of self-assessment shared by the result, round and programme pages: the name of a competence or area, a
// level chart (accessible SVG bars with the table beside them), an instrument's title in the reader's language,
// and a change written with its sign.
import type { Instrument, InstrumentFramework } from '../../../models/instrument.js';
import { getTerm, termLabel } from '../../../vocab/index.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { barChart, type ChartSeries } from './charts.js';

/** "2.3 Managing, protecting and sharing" for a DigCompEdu competence, the area's name for SELFIE. */
export function dimensionName(page: PageContext, framework: InstrumentFramework, id: string): string {
  const name = termLabel(framework, id, page.locale);
  return framework === 'digCompEdu' ? `${id} ${name}` : name;
}

/** The group a dimension belongs to on the form: its DigCompEdu area, or the SELFIE area itself. */
export function dimensionGroup(page: PageContext, framework: InstrumentFramework, id: string): string {
  if (framework !== 'digCompEdu') return termLabel(framework, id, page.locale);
  const area = getTerm('digCompEdu', id)?.area ?? '';
  return `${area} ${termLabel('digCompEduAreas', area, page.locale)}`;
}

export const instrumentTitle = (page: PageContext, instrument: Pick<Instrument, 'title'>): string => instrument.title[page.locale] ?? instrument.title.en ?? '';

export function signedChange(page: PageContext, change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return page.number(0);
  return `${change > 0 ? '+' : '−'}${page.number(Math.abs(change))}`;
}

export interface LevelChartSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly framework: InstrumentFramework;
  readonly dimensions: readonly string[];
  readonly series: readonly ChartSeries[];
}

export function levelChart(page: PageContext, spec: LevelChartSpec): SafeHtml {
  return barChart({
    id: spec.id,
    title: spec.title,
    description: spec.description,
    categoryLabel: page.t(spec.framework === 'digCompEdu' ? 'sa.dimension.digCompEdu' : 'sa.dimension.selfieAreas'),
    categories: spec.dimensions.map((id) => (spec.framework === 'digCompEdu' ? id : dimensionName(page, spec.framework, id))),
    series: spec.series,
    formatNumber: (value) => page.number(value),
  });
}

/** A legend of the dimensions shown by their short id on the chart (DigCompEdu), with their names. */
export function dimensionKey(page: PageContext, framework: InstrumentFramework, dimensions: readonly string[]): SafeHtml {
  if (framework !== 'digCompEdu') return html``;
  return html`<details class="sa-key"><summary>${page.t('sa.dimensionKey')}</summary><dl>${dimensions.map((id) => html`<div><dt>${id}</dt><dd>${termLabel(framework, id, page.locale)}</dd></div>`)}</dl></details>`;
}
