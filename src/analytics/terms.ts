// The terms that rise and fall between two periods of the selection.
import type { ConferenceRecord } from '../domain/record.ts';
import { keyness } from './keyness.ts';
import { contentWords, spokenTurns } from './text.ts';

export interface TermRow {
  lang: string;
  term: string;
  direction: 'rising' | 'falling';
  before: number;
  after: number;
  /** Per 10,000 content words of the term's language in the period. */
  beforeRate: number;
  afterRate: number;
  logOdds: number;
  z: number;
  g2: number;
}

export interface TermPeriod {
  /** First and last conference date in the period. */
  from: string | null;
  to: string | null;
  conferences: number;
  /** Content words per language. */
  words: Record<string, number>;
}

export interface TermsChart {
  /** The first day of the later period: given, or the date that best halves the conferences. */
  splitAt: string | null;
  before: TermPeriod;
  after: TermPeriod;
  /** Per language: the `top` rising terms (z descending), then the `top` falling ones (z ascending). */
  rows: TermRow[];
  /** Why there are no rows, when there are none for a reason. */
  notice?: string;
}

export interface TermsOptions {
  splitAt?: string;
  top?: number;
  /** Terms used fewer times in both periods together are left out as noise. */
  minCount?: number;
}

/** The date that splits the dated conferences into two halves as even as possible. */
export function halfwayDate(dates: readonly string[]): string | null {
  const sorted = [...dates].sort();
  let best: string | null = null;
  let bestGap = Infinity;
  for (const candidate of new Set(sorted.slice(1))) {
    if (candidate === sorted[0]) continue;
    const before = sorted.filter((d) => d < candidate).length;
    const gap = Math.abs(sorted.length - 2 * before);
    if (gap < bestGap) [best, bestGap] = [candidate, gap];
  }
  return best;
}

function period(records: readonly ConferenceRecord[]): TermPeriod & { counts: Map<string, Map<string, number>> } {
  const counts = new Map<string, Map<string, number>>();
  const words: Record<string, number> = {};
  for (const record of records) {
    for (const turn of spokenTurns(record)) {
      for (const [lang, text] of Object.entries(turn.text)) {
        const terms = counts.get(lang) ?? new Map<string, number>();
        const found = contentWords(text);
        for (const w of found) terms.set(w, (terms.get(w) ?? 0) + 1);
        words[lang] = (words[lang] ?? 0) + found.length;
        counts.set(lang, terms);
      }
    }
  }
  const dates = records
    .map((r) => r.conference.date)
    .filter((d): d is string => d !== null)
    .sort();
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, conferences: records.length, words, counts };
}

/** Earlier against later conferences, language by language; undated conferences take no part. */
export function risingAndFallingTerms(records: readonly ConferenceRecord[], options: TermsOptions = {}): TermsChart {
  const top = options.top ?? 25;
  const minCount = options.minCount ?? 3;
  const dated = records.filter((r) => r.conference.date !== null);
  const splitAt = options.splitAt ?? halfwayDate(dated.map((r) => r.conference.date!));
  const early = period(splitAt === null ? [] : dated.filter((r) => r.conference.date! < splitAt));
  const late = period(splitAt === null ? [] : dated.filter((r) => r.conference.date! >= splitAt));
  const strip = ({ counts: _c, ...p }: ReturnType<typeof period>): TermPeriod => p;
  const chart: TermsChart = { splitAt, before: strip(early), after: strip(late), rows: [] };
  if (splitAt === null) return { ...chart, notice: 'comparing periods needs conferences on at least two dates' };
  if (early.conferences === 0 || late.conferences === 0)
    return { ...chart, notice: `no conferences ${early.conferences === 0 ? 'before' : 'from'} ${splitAt}` };

  for (const lang of [...new Set([...early.counts.keys(), ...late.counts.keys()])].sort()) {
    const a = early.counts.get(lang) ?? new Map<string, number>();
    const b = late.counts.get(lang) ?? new Map<string, number>();
    const [nA, nB] = [early.words[lang] ?? 0, late.words[lang] ?? 0];
    if (nA === 0 || nB === 0) continue;
    const scored = [...new Set([...a.keys(), ...b.keys()])]
      .map((term) => ({ term, yA: a.get(term) ?? 0, yB: b.get(term) ?? 0 }))
      .filter(({ yA, yB }) => yA + yB >= minCount)
      .map(({ term, yA, yB }) => ({ term, yA, yB, ...keyness(yA, nA, yB, nB) }))
      .sort((x, y) => y.z - x.z || x.term.localeCompare(y.term));
    const row = (s: (typeof scored)[number], direction: TermRow['direction']): TermRow => ({
      lang,
      term: s.term,
      direction,
      before: s.yA,
      after: s.yB,
      beforeRate: round((s.yA / nA) * 10000),
      afterRate: round((s.yB / nB) * 10000),
      logOdds: round(s.logOdds, 4),
      z: round(s.z, 3),
      g2: round(s.g2, 3),
    });
    chart.rows.push(
      ...scored
        .filter((s) => s.z > 0)
        .slice(0, top)
        .map((s) => row(s, 'rising')),
    );
    const falling = scored.filter((s) => s.z < 0).sort((x, y) => x.z - y.z || x.term.localeCompare(y.term));
    chart.rows.push(...falling.slice(0, top).map((s) => row(s, 'falling')));
  }
  return chart;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
