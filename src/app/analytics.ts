// The analytics of a selection, for GET /api/analytics and `presser stats` alike: load the selected
// records, compute the charts asked for (all of them by default).
import { CHARTS, computeCharts, isChartName, type ChartName, type ChartOptions, type Charts } from '../analytics/charts.ts';
import { FLOOR_BUCKETS, type FloorBucket } from '../analytics/floor.ts';
import { isIsoDate, type ConferenceStatus } from '../domain/record.ts';
import type { Selection } from '../domain/selection.ts';
import type { Store } from '../store/store.ts';
import { invalid, loadSelection, parseSelection, recordsOf, type RawSelection } from './selection.ts';

import { MAX_TOP } from './limits.ts';

export { MAX_TOP };

/** Options as a URL or a command line gives them. */
export interface RawChartOptions {
  chart?: string | readonly string[];
  by?: string;
  splitAt?: string;
  top?: string | number;
}

export interface SelectionSummary {
  filters: Selection;
  conferences: number;
  turns: number;
  questions: number;
  answers: number;
  /** First and last conference date in the selection. */
  from: string | null;
  to: string | null;
}

export type AnalyticsReport = { selection: SelectionSummary } & Charts;

/** The charts named (comma lists and repeats allowed), every chart when none is. */
export function parseCharts(raw: RawChartOptions['chart'], field = 'chart'): ChartName[] {
  const names = (typeof raw === 'string' ? [raw] : (raw ?? []))
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = names.find((n) => !isChartName(n));
  if (bad !== undefined) throw invalid(field, `unknown chart "${bad}": use one of ${CHARTS.join(', ')}`);
  return names.length > 0 ? [...new Set(names as ChartName[])] : [...CHARTS];
}

export function parseChartOptions(raw: RawChartOptions): ChartOptions {
  const options: ChartOptions = {};
  if (raw.by !== undefined && raw.by !== 'auto') {
    if (!(FLOOR_BUCKETS as readonly string[]).includes(raw.by)) throw invalid('by', `unknown period "${raw.by}": use one of ${FLOOR_BUCKETS.join(', ')}`);
    options.by = raw.by as FloorBucket;
  }
  if (raw.splitAt !== undefined) {
    if (!isIsoDate(raw.splitAt)) throw invalid('splitAt', `"${raw.splitAt}" is not a date: use YYYY-MM-DD`);
    options.splitAt = raw.splitAt;
  }
  if (raw.top !== undefined) {
    const top = typeof raw.top === 'number' ? raw.top : /^\d+$/.test(raw.top) ? Number(raw.top) : NaN;
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw invalid('top', `"${raw.top}" is not a whole number from 1 to ${MAX_TOP}`);
    options.top = top;
  }
  return options;
}

export async function analyze(store: Store, raw: RawSelection & RawChartOptions, statuses: readonly ConferenceStatus[]): Promise<AnalyticsReport> {
  const selection = parseSelection(raw);
  const names = parseCharts(raw.chart);
  const options = parseChartOptions(raw);
  // Outlets as the registry names them: one outlet is one row, whatever name or alias its turns carry.
  const records = recordsOf(await loadSelection(store, selection, statuses, { registeredOutlets: true }));
  const turns = records.flatMap((r) => r.turns);
  const dates = records
    .map((r) => r.conference.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    selection: {
      filters: selection,
      conferences: records.length,
      turns: turns.length,
      questions: turns.filter((t) => t.kind === 'question').length,
      answers: turns.filter((t) => t.kind === 'answer').length,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
    },
    ...computeCharts(records, names, options),
  };
}
