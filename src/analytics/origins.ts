// Questions per origin: the domestic and foreign share of the floor.
import { ORIGINS, type ConferenceRecord, type Origin } from '../domain/record.ts';

export interface OriginRow {
  origin: Origin;
  questions: number;
  /** Of all questions; 0..1. */
  share: number;
}

export interface OriginsChart {
  /** Always the three origins, in the order domestic, foreign, unknown. */
  rows: OriginRow[];
  questions: number;
}

/** A question without an outlet has no origin and counts as unknown. */
export function questionsPerOrigin(records: readonly ConferenceRecord[]): OriginsChart {
  const counts = new Map<Origin, number>(ORIGINS.map((o) => [o, 0]));
  let questions = 0;
  for (const record of records) {
    for (const turn of record.turns) {
      if (turn.kind !== 'question') continue;
      questions++;
      const origin = turn.outlet?.origin ?? 'unknown';
      counts.set(origin, (counts.get(origin) ?? 0) + 1);
    }
  }
  return {
    rows: ORIGINS.map((origin) => ({ origin, questions: counts.get(origin) ?? 0, share: questions > 0 ? (counts.get(origin) ?? 0) / questions : 0 })),
    questions,
  };
}
