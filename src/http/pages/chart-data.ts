// The analytics charts reshaped for display, shared by the server's tables and the browser's charts
// so both show the same grouping: the histogram as bins × groups, the floor as periods × outlets.
import type { FloorChart } from '../../analytics/floor.ts';
import type { LengthKind, LengthsChart, LengthUnit } from '../../analytics/lengths.ts';
import type { TermsChart } from '../../analytics/terms.ts';

export interface HistogramGroup {
  kind: LengthKind;
  lang: string;
  /** Turns per bin, in the order of `bins`. */
  counts: number[];
}

export interface Histogram {
  /** Lengths each bin holds, as shown: "0–4" (lengths are whole numbers, `to` is exclusive). */
  bins: string[];
  groups: HistogramGroup[];
}

/** One unit's histogram with every group over the same bins: from 0 to the longest group's end. */
export function lengthHistogram(lengths: LengthsChart, unit: LengthUnit): Histogram {
  const rows = lengths.rows.filter((r) => r.unit === unit);
  const width = lengths.binWidth[unit];
  const end = rows.reduce((max, r) => Math.max(max, r.to), 0);
  const starts = Array.from({ length: Math.ceil(end / width) }, (_, i) => i * width);
  const groups = new Map<string, HistogramGroup>();
  for (const row of rows) {
    const key = `${row.kind} ${row.lang}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: row.kind, lang: row.lang, counts: starts.map(() => 0) }));
    const index = Math.floor(row.from / width);
    if (index < group.counts.length) group.counts[index] = row.turns;
  }
  return { bins: starts.map((from) => (width === 1 ? String(from) : `${from}–${from + width - 1}`)), groups: [...groups.values()] };
}

export interface FloorColumn {
  /** The outlet's name; null for the other outlets together or for questions that name none. */
  outlet: string | null;
  group: 'outlet' | 'other' | 'unattributed';
  counts: number[];
}

/** The floor's series as columns, with "other outlets" and "no outlet named" only when they count. */
export function floorColumns(floor: FloorChart): FloorColumn[] {
  const columns: FloorColumn[] = floor.series.map((s) => ({ outlet: s.outlet, group: 'outlet', counts: s.counts }));
  if (floor.others.some((n) => n > 0)) columns.push({ outlet: null, group: 'other', counts: floor.others });
  if (floor.unattributed.some((n) => n > 0)) columns.push({ outlet: null, group: 'unattributed', counts: floor.unattributed });
  return columns;
}

/** The languages the terms chart has rows for, in the order of its rows. */
export function termLanguages(terms: TermsChart): string[] {
  return [...new Set(terms.rows.map((r) => r.lang))];
}

/** Long labels on an axis are cut (the full text is in the tooltip and the table). */
export function shortLabel(text: string, max = 22): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
