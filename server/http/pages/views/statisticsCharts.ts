// One statistics table as an accessible chart (the shared chart module: SVG with title, description and the data
// table beside it) with its CSV link; row keys become readable labels in the reader's language.
import type { StatisticsRow, StatisticsTable, TrainingStatistics } from '../../../commands/trainings/trainingStatistics.js';
import type { MessageKey } from '../../../i18n/translate.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { barChart, lineChart } from './charts.js';
import { label } from './vocabBadges.js';

function rowLabel(page: PageContext, table: StatisticsTable, row: StatisticsRow): string {
  if (table === 'byFormat') return page.t(`trainings.format.${row.key}` as MessageKey);
  if (table === 'byTraining') return row.label?.[page.locale] ?? Object.values(row.label ?? {})[0] ?? row.key;
  if (table === 'byCompetence') {
    const [vocab, id] = row.key.split(':') as ['digCompEdu' | 'digComp', string];
    return `${vocab === 'digComp' ? 'DigComp' : 'DigCompEdu'} ${id} ${label(page, vocab, id)}`;
  }
  if (table === 'byOrganisationType') return label(page, 'ownerTypes', row.key);
  if (table === 'byRegion') {
    const [country, ...region] = row.key.split(':');
    return `${region.join(':')} (${label(page, 'countries', country)})`;
  }
  return row.key;
}

/** The section for one table: heading, chart with data table, CSV link carrying the same filters. */
export function statisticsChart(page: PageContext, stats: TrainingStatistics, table: StatisticsTable, titleKey: MessageKey, filterQuery: string): SafeHtml {
  const rows = stats.tables[table];
  if (rows.length === 0) return html``;
  const spec = {
    id: `chart-${table}`,
    title: page.t(titleKey),
    description: page.t(table === 'byMonth' ? 'stats.overTimeDesc' : titleKey),
    categoryLabel: page.t(table === 'byMonth' ? 'stats.month' : 'stats.category'),
    categories: rows.map((row) => rowLabel(page, table, row)),
    series: [
      { label: page.t('stats.participations'), values: rows.map((row) => row.participations) },
      { label: page.t('stats.participants'), values: rows.map((row) => row.participants) },
    ],
    formatNumber: (value: number) => page.number(value),
  };
  return html`<section aria-labelledby="h-${table}"><h2 id="h-${table}">${page.t(titleKey)}</h2>${table === 'byMonth' ? lineChart(spec) : barChart(spec)}
    <p><a href="/api/statistics/trainings/${table}/csv${filterQuery ? `?${filterQuery}` : ''}" download>${page.t('stats.csv')}</a></p></section>`;
}
