// Who had the floor how often over time: questions per outlet per month, year or conference.
import { nameKey, type ConferenceRecord, type Origin } from '../domain/record.ts';
import { mostFrequent } from './outlets.ts';

export const FLOOR_BUCKETS = ['auto', 'month', 'year', 'conference'] as const;
export type FloorBucket = Exclude<(typeof FLOOR_BUCKETS)[number], 'auto'>;

export interface Period {
  /** "2024-03" (month), "2024" (year), a slug (conference), or "undated". */
  key: string;
  label: string;
}

export interface FloorSeries {
  outlet: string;
  origin: Origin;
  /** Questions in each period, in the order of `periods`. */
  counts: number[];
  total: number;
}

export interface FloorRow {
  period: string;
  /** outlet: one of the series; other: the outlets past `top`, together; unattributed: no outlet named. */
  group: 'outlet' | 'other' | 'unattributed';
  outlet: string | null;
  origin: Origin | null;
  questions: number;
}

export interface FloorChart {
  by: FloorBucket;
  periods: Period[];
  series: FloorSeries[];
  others: number[];
  unattributed: number[];
  /** The same numbers in long form, one row per period and group (the CSV). */
  rows: FloorRow[];
}

/** Months for a selection of up to three years, years beyond; conferences within one month. */
export function autoBucket(records: readonly ConferenceRecord[]): FloorBucket {
  const months = [...new Set(records.map((r) => r.conference.date?.slice(0, 7) ?? 'undated'))].sort();
  if (records.length <= 1 || months.length <= 1) return 'conference';
  const dated = months.filter((m) => m !== 'undated');
  const [first, last] = [dated[0], dated[dated.length - 1]];
  if (first === undefined || last === undefined) return 'conference';
  return monthIndex(last) - monthIndex(first) < 36 ? 'month' : 'year';
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function periodsOf(records: readonly ConferenceRecord[], by: FloorBucket): Period[] {
  if (by === 'conference') return records.map((r) => ({ key: r.conference.slug, label: `${r.conference.date ?? 'undated'} ${r.conference.title}` }));
  const dates = records
    .map((r) => r.conference.date)
    .filter((d): d is string => d !== null)
    .sort();
  const periods: Period[] = [];
  const [first, last] = [dates[0], dates[dates.length - 1]];
  if (first !== undefined && last !== undefined) {
    // Every period between the first and the last, empty ones too, so the time axis is even.
    if (by === 'year') for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) periods.push({ key: String(y), label: String(y) });
    else {
      for (let m = monthIndex(first); m <= monthIndex(last); m++) {
        const key = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        periods.push({ key, label: key });
      }
    }
  }
  if (records.some((r) => r.conference.date === null)) periods.push({ key: 'undated', label: 'undated' });
  return periods;
}

function periodKey(record: ConferenceRecord, by: FloorBucket): string {
  const date = record.conference.date;
  if (by === 'conference') return record.conference.slug;
  if (date === null) return 'undated';
  return by === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

/** Questions per outlet per period; the `top` outlets by total get a series, the rest are summed. */
export function floorOverTime(records: readonly ConferenceRecord[], options: { by?: FloorBucket; top?: number } = {}): FloorChart {
  const by = options.by ?? autoBucket(records);
  const periods = periodsOf(records, by);
  const index = new Map(periods.map((p, i) => [p.key, i]));
  const zeros = () => periods.map(() => 0);
  const outlets = new Map<string, { outlet: string; origins: Map<Origin, number>; counts: number[]; total: number }>();
  const unattributed = zeros();
  for (const record of records) {
    const i = index.get(periodKey(record, by));
    if (i === undefined) continue;
    for (const turn of record.turns) {
      if (turn.kind !== 'question') continue;
      if (!turn.outlet) {
        unattributed[i]!++;
        continue;
      }
      const key = nameKey(turn.outlet.name);
      const entry = outlets.get(key) ?? { outlet: turn.outlet.name, origins: new Map(), counts: zeros(), total: 0 };
      entry.counts[i]!++;
      entry.total++;
      entry.origins.set(turn.outlet.origin, (entry.origins.get(turn.outlet.origin) ?? 0) + 1);
      outlets.set(key, entry);
    }
  }
  const ranked = [...outlets.values()].sort((a, b) => b.total - a.total || a.outlet.localeCompare(b.outlet));
  const shown = options.top === undefined ? ranked : ranked.slice(0, options.top);
  const others = zeros();
  for (const rest of ranked.slice(shown.length)) rest.counts.forEach((n, i) => (others[i]! += n));
  const series = shown.map((s): FloorSeries => ({ outlet: s.outlet, origin: mostFrequent(s.origins) ?? 'unknown', counts: s.counts, total: s.total }));

  const rows: FloorRow[] = [];
  periods.forEach((p, i) => {
    for (const s of series) rows.push({ period: p.key, group: 'outlet', outlet: s.outlet, origin: s.origin, questions: s.counts[i]! });
    if (ranked.length > shown.length) rows.push({ period: p.key, group: 'other', outlet: null, origin: null, questions: others[i]! });
    if (unattributed.some((n) => n > 0)) rows.push({ period: p.key, group: 'unattributed', outlet: null, origin: null, questions: unattributed[i]! });
  });
  return { by, periods, series, others, unattributed, rows };
}
