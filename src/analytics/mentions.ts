// Countries and international organisations mentioned, and how widely.
import type { ConferenceRecord } from '../domain/record.ts';
import { findMentions, type Entity } from './entities.ts';
import { mainText, spokenTurns } from './text.ts';

export interface MentionRow {
  id: string;
  kind: Entity['kind'];
  name: string;
  nameZh: string;
  /** Every time it is named. */
  mentions: number;
  /** Turns that name it at least once. */
  turns: number;
  questions: number;
  answers: number;
  conferences: number;
}

export interface MentionsChart {
  rows: MentionRow[];
}

/** Spoken turns only, each in one language (mainText), so a translated turn is not counted twice. */
export function entityMentions(records: readonly ConferenceRecord[], top?: number): MentionsChart {
  const rows = new Map<string, MentionRow & { seen: Set<string> }>();
  for (const record of records) {
    for (const turn of spokenTurns(record)) {
      const inTurn = new Set<string>();
      for (const { entity } of findMentions(mainText(turn, record))) {
        const row = rows.get(entity.id) ?? { ...entity, mentions: 0, turns: 0, questions: 0, answers: 0, conferences: 0, seen: new Set<string>() };
        row.mentions++;
        if (!inTurn.has(entity.id)) {
          inTurn.add(entity.id);
          row.turns++;
          if (turn.kind === 'question') row.questions++;
          if (turn.kind === 'answer') row.answers++;
        }
        row.seen.add(record.conference.slug);
        rows.set(entity.id, row);
      }
    }
  }
  const sorted = [...rows.values()]
    .map(({ seen, ...row }): MentionRow => ({ ...row, conferences: seen.size }))
    .sort((a, b) => b.mentions - a.mentions || b.turns - a.turns || a.name.localeCompare(b.name));
  return { rows: top === undefined ? sorted : sorted.slice(0, top) };
}
