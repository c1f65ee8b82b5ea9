// Questions per outlet: who asked how often across the selection.
import { nameKey, type ConferenceRecord, type Origin, type Outlet } from '../domain/record.ts';

export interface OutletRow {
  outlet: string;
  /** The origin the outlet had most often (origin is relative to each conference's host). */
  origin: Origin;
  country: string | null;
  questions: number;
  /** Of all questions in the selection, those without an outlet included; 0..1. */
  share: number;
  /** In how many conferences the outlet asked. */
  conferences: number;
}

export interface OutletsChart {
  rows: OutletRow[];
  /** Every question in the selection. */
  questions: number;
  /** Questions that name no outlet. */
  unattributed: number;
}

interface Tally {
  outlet: Outlet;
  questions: number;
  origins: Map<Origin, number>;
  conferences: Set<string>;
}

/** Every outlet's questions, most first (ties by name); `top` keeps the first rows. */
export function questionsPerOutlet(records: readonly ConferenceRecord[], top?: number): OutletsChart {
  const tallies = new Map<string, Tally>();
  let questions = 0;
  let unattributed = 0;
  for (const record of records) {
    for (const turn of record.turns) {
      if (turn.kind !== 'question') continue;
      questions++;
      if (!turn.outlet) {
        unattributed++;
        continue;
      }
      const key = nameKey(turn.outlet.name);
      const tally = tallies.get(key) ?? { outlet: turn.outlet, questions: 0, origins: new Map(), conferences: new Set() };
      tally.questions++;
      tally.origins.set(turn.outlet.origin, (tally.origins.get(turn.outlet.origin) ?? 0) + 1);
      tally.conferences.add(record.conference.slug);
      tallies.set(key, tally);
    }
  }
  const rows = [...tallies.values()]
    .map(
      (t): OutletRow => ({
        outlet: t.outlet.name,
        origin: mostFrequent(t.origins) ?? 'unknown',
        country: t.outlet.country,
        questions: t.questions,
        share: questions > 0 ? t.questions / questions : 0,
        conferences: t.conferences.size,
      }),
    )
    .sort((a, b) => b.questions - a.questions || a.outlet.localeCompare(b.outlet));
  return { rows: top === undefined ? rows : rows.slice(0, top), questions, unattributed };
}

export function mostFrequent<T>(counts: Map<T, number>): T | undefined {
  let best: T | undefined;
  let most = 0;
  for (const [value, n] of counts) if (n > most) [best, most] = [value, n];
  return best;
}
