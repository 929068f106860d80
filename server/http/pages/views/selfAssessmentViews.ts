// Views of self-assessment shared by the result, round and programme pages: the name of a competence or area, a
// level chart (accessible SVG bars with the table beside them; numbers or letters under the bars, explained in a
// key), an instrument's title in the reader's language, and a change written with its sign.
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

/** The short label of a dimension under a chart's bars: the DigCompEdu number, or the SELFIE area's letter A, B, C… */
const axisLabel = (framework: InstrumentFramework, id: string, index: number): string => (framework === 'digCompEdu' ? id : String.fromCharCode(65 + index));

/** A chart's categories (full names, for its table), the short labels under its bars and the heading of the table. */
export function dimensionAxis(page: PageContext, framework: InstrumentFramework, dimensions: readonly string[]): { categoryLabel: string; categories: string[]; axisLabels: string[] } {
  return {
    categoryLabel: page.t(framework === 'digCompEdu' ? 'sa.dimension.digCompEdu' : 'sa.dimension.selfieAreas'),
    categories: dimensions.map((id) => dimensionName(page, framework, id)),
    axisLabels: dimensions.map((id, index) => axisLabel(framework, id, index)),
  };
}

export function levelChart(page: PageContext, spec: LevelChartSpec): SafeHtml {
  return barChart({ id: spec.id, title: spec.title, description: spec.description, ...dimensionAxis(page, spec.framework, spec.dimensions), series: spec.series, formatNumber: (value) => page.number(value) });
}

/** The key to the short labels under a chart: each dimension's number or letter with its name. */
export function dimensionKey(page: PageContext, framework: InstrumentFramework, dimensions: readonly string[]): SafeHtml {
  return html`<details class="sa-key"><summary>${page.t('sa.dimensionKey')}</summary><dl>${dimensions.map((id, index) => html`<div><dt>${axisLabel(framework, id, index)}</dt><dd>${termLabel(framework, id, page.locale)}</dd></div>`)}</dl></details>`;
}
