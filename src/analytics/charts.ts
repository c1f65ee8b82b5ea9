// The measures as charts: one name per measure, computed together over the same records, each with
// its rows as CSV. Every chart's JSON has `rows`, the same records its CSV holds.
import { stringify } from 'csv-stringify/sync';
import type { ConferenceRecord } from '../domain/record.ts';
import { floorOverTime, type FloorBucket, type FloorChart } from './floor.ts';
import { turnLengths, type LengthsChart } from './lengths.ts';
import { entityMentions, type MentionsChart } from './mentions.ts';
import { questionsPerOrigin, type OriginsChart } from './origins.ts';
import { questionsPerOutlet, type OutletsChart } from './outlets.ts';
import { risingAndFallingTerms, type TermsChart } from './terms.ts';

import { CHARTS, type ChartName } from './chart-names.ts';

export { CHARTS, type ChartName };

export function isChartName(value: string): value is ChartName {
  return (CHARTS as readonly string[]).includes(value);
}

export interface ChartOptions {
  /** Periods of the floor chart; chosen from the selection's span when not given. */
  by?: FloorBucket;
  /** First day of the later period for the terms chart; the date that halves the selection when not given. */
  splitAt?: string;
  /** Rows the ranked charts keep: outlets (all by default), floor series (10), mentions (50), terms per direction and language (25). */
  top?: number;
}

export interface Charts {
  outlets?: OutletsChart;
  origins?: OriginsChart;
  floor?: FloorChart;
  lengths?: LengthsChart;
  mentions?: MentionsChart;
  terms?: TermsChart;
}

export function computeCharts(records: readonly ConferenceRecord[], names: readonly ChartName[], options: ChartOptions = {}): Charts {
  const charts: Charts = {};
  const want = new Set(names);
  if (want.has('outlets')) charts.outlets = questionsPerOutlet(records, options.top);
  if (want.has('origins')) charts.origins = questionsPerOrigin(records);
  if (want.has('floor')) charts.floor = floorOverTime(records, { ...(options.by ? { by: options.by } : {}), top: options.top ?? 10 });
  if (want.has('lengths')) charts.lengths = turnLengths(records);
  if (want.has('mentions')) charts.mentions = entityMentions(records, options.top ?? 50);
  if (want.has('terms')) charts.terms = risingAndFallingTerms(records, { ...(options.splitAt ? { splitAt: options.splitAt } : {}), top: options.top ?? 25 });
  return charts;
}

type Column<Row> = [header: string, value: (row: Row) => string | number | null];
type RowOf<K extends ChartName> = NonNullable<Charts[K]>['rows'][number];

const share = (v: number) => Math.round(v * 10000) / 10000;

/** CSV headers per chart (docs/research.md lists them). */
export const CSV_COLUMNS: { [K in ChartName]: Column<RowOf<K>>[] } = {
  outlets: [
    ['outlet', (r) => r.outlet],
    ['origin', (r) => r.origin],
    ['country', (r) => r.country],
    ['questions', (r) => r.questions],
    ['share', (r) => share(r.share)],
    ['conferences', (r) => r.conferences],
  ],
  origins: [
    ['origin', (r) => r.origin],
    ['questions', (r) => r.questions],
    ['share', (r) => share(r.share)],
  ],
  floor: [
    ['period', (r) => r.period],
    ['group', (r) => r.group],
    ['outlet', (r) => r.outlet],
    ['origin', (r) => r.origin],
    ['questions', (r) => r.questions],
  ],
  lengths: [
    ['kind', (r) => r.kind],
    ['lang', (r) => r.lang],
    ['unit', (r) => r.unit],
    ['from', (r) => r.from],
    ['to', (r) => r.to],
    ['turns', (r) => r.turns],
  ],
  mentions: [
    ['id', (r) => r.id],
    ['kind', (r) => r.kind],
    ['name', (r) => r.name],
    ['name_zh', (r) => r.nameZh],
    ['mentions', (r) => r.mentions],
    ['turns', (r) => r.turns],
    ['questions', (r) => r.questions],
    ['answers', (r) => r.answers],
    ['conferences', (r) => r.conferences],
  ],
  terms: [
    ['lang', (r) => r.lang],
    ['term', (r) => r.term],
    ['direction', (r) => r.direction],
    ['before', (r) => r.before],
    ['after', (r) => r.after],
    ['before_per_10k', (r) => r.beforeRate],
    ['after_per_10k', (r) => r.afterRate],
    ['log_odds', (r) => r.logOdds],
    ['z', (r) => r.z],
    ['g2', (r) => r.g2],
  ],
};

/** One chart's rows as CSV with a header line; empty cells for nulls. */
export function chartCsv<K extends ChartName>(name: K, chart: NonNullable<Charts[K]>): string {
  const columns = CSV_COLUMNS[name] as Column<RowOf<K>>[];
  const rows = (chart.rows as RowOf<K>[]).map((row) =>
    columns.map(([, value]) => {
      const v = value(row);
      return v === null ? '' : String(v);
    }),
  );
  return stringify([columns.map(([header]) => header), ...rows]);
}

/** The CSV of a chart that was computed with the others. */
export function csvOfChart(charts: Charts, name: ChartName): string {
  const chart = charts[name];
  if (!chart) throw new Error(`the ${name} chart was not computed`);
  return chartCsv(name, chart);
}
