// Turn lengths: how long questions and answers run, in words and in characters, per language.
import type { ConferenceRecord } from '../domain/record.ts';
import { characters, words } from './text.ts';

export const LENGTH_KINDS = ['question', 'answer'] as const;
export type LengthKind = (typeof LENGTH_KINDS)[number];
export const LENGTH_UNITS = ['words', 'chars'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];

export interface LengthSummary {
  kind: LengthKind;
  lang: string;
  unit: LengthUnit;
  turns: number;
  mean: number;
  median: number;
  p90: number;
  max: number;
  total: number;
}

/** One bar of a histogram: turns whose length is at least `from` and below `to`. */
export interface LengthBin {
  kind: LengthKind;
  lang: string;
  unit: LengthUnit;
  from: number;
  to: number;
  turns: number;
}

export interface LengthsChart {
  /** One width per unit for every histogram, so bars line up across kinds and languages. */
  binWidth: Record<LengthUnit, number>;
  summary: LengthSummary[];
  /** Histogram bars from 0 to each group's longest turn (the CSV). */
  rows: LengthBin[];
}

const NICE_WIDTHS = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];
const MAX_BINS = 20;

/** A round bar width that keeps every histogram within MAX_BINS bars. */
export function binWidth(longest: number): number {
  return NICE_WIDTHS.find((w) => longest / w < MAX_BINS) ?? Math.ceil(longest / MAX_BINS);
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Each text of each question and answer is measured in its own language: a translation is a turn of that language. */
export function turnLengths(records: readonly ConferenceRecord[]): LengthsChart {
  const groups = new Map<string, { kind: LengthKind; lang: string; unit: LengthUnit; values: number[] }>();
  const add = (kind: LengthKind, lang: string, unit: LengthUnit, value: number) => {
    const key = `${kind}\u0000${lang}\u0000${unit}`;
    const group = groups.get(key) ?? { kind, lang, unit, values: [] };
    group.values.push(value);
    groups.set(key, group);
  };
  for (const record of records) {
    for (const turn of record.turns) {
      if (turn.kind !== 'question' && turn.kind !== 'answer') continue;
      for (const [lang, text] of Object.entries(turn.text)) {
        if (!text.trim()) continue;
        add(turn.kind, lang, 'words', words(text).length);
        add(turn.kind, lang, 'chars', characters(text));
      }
    }
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      LENGTH_KINDS.indexOf(a.kind) - LENGTH_KINDS.indexOf(b.kind) ||
      a.lang.localeCompare(b.lang) ||
      LENGTH_UNITS.indexOf(a.unit) - LENGTH_UNITS.indexOf(b.unit),
  );
  const longest = (unit: LengthUnit) => Math.max(0, ...ordered.filter((g) => g.unit === unit).flatMap((g) => g.values));
  const widths: Record<LengthUnit, number> = { words: binWidth(longest('words')), chars: binWidth(longest('chars')) };

  const summary: LengthSummary[] = [];
  const rows: LengthBin[] = [];
  for (const { kind, lang, unit, values } of ordered) {
    const sorted = [...values].sort((a, b) => a - b);
    const total = sorted.reduce((s, v) => s + v, 0);
    const max = sorted[sorted.length - 1] ?? 0;
    summary.push({
      kind,
      lang,
      unit,
      turns: sorted.length,
      mean: Math.round((total / sorted.length) * 10) / 10,
      median: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      max,
      total,
    });
    const width = widths[unit];
    const counts = new Array<number>(Math.floor(max / width) + 1).fill(0);
    for (const v of sorted) counts[Math.floor(v / width)]!++;
    counts.forEach((turns, i) => rows.push({ kind, lang, unit, from: i * width, to: (i + 1) * width, turns }));
  }
  return { binWidth: widths, summary, rows };
}
