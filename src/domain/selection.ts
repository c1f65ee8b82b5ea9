// A selection of the archive: which conferences, and within them which turns, a measure or a research
// export works on. The same filters serve GET /api/analytics, the exports and the CLI; they are
// checked in src/app/selection.ts. This file is the pure part: narrowing one record to the selection.
import { exchanges } from './exchanges.ts';
import { collectParticipants, nameKey, type ConferenceRecord, type Origin, type Outlet, type Turn } from './record.ts';

export interface Selection {
  /** Conference slugs; empty means every conference the caller may see. */
  conferences: string[];
  /** Conference dates, inclusive, YYYY-MM-DD; conferences without a date fall outside any range. */
  from?: string;
  to?: string;
  /** An outlet's name or alias, compared with nameKey (case and punctuation folded). */
  outlet?: string;
  origin?: Origin;
  /** A speaker's name, compared with nameKey. */
  speaker?: string;
  /** A language tag: only the text in this language, and only turns that have it. */
  lang?: string;
}

/** Whether the selection picks turns within conferences, not only conferences. */
export function narrowsTurns(selection: Selection): boolean {
  return selection.outlet !== undefined || selection.origin !== undefined || selection.speaker !== undefined || selection.lang !== undefined;
}

function outletMatches(outlet: Outlet | null, key: string): boolean {
  return outlet !== null && (nameKey(outlet.name) === key || outlet.aliases.some((a) => nameKey(a) === key));
}

/** Whether one turn passes the outlet, origin and speaker filters. */
export function turnMatches(turn: Turn, selection: Selection): boolean {
  if (selection.outlet !== undefined && !outletMatches(turn.outlet, nameKey(selection.outlet))) return false;
  if (selection.origin !== undefined && turn.outlet?.origin !== selection.origin) return false;
  if (selection.speaker !== undefined && (turn.speaker === null || nameKey(turn.speaker.name) !== nameKey(selection.speaker))) return false;
  return true;
}

/**
 * The record as the selection sees it, or null when nothing of it is left. A question and its
 * answers stay together: an exchange is kept whole when any of its turns matches, so outlet=X keeps
 * X's questions with their answers and speaker=Y keeps the questions Y answered. Other turns are kept
 * when they match themselves. Turns keep their seq (anchors into the full record stay valid), so a
 * narrowed record may have gaps in seq.
 */
export function narrowRecord(record: ConferenceRecord, selection: Selection): ConferenceRecord | null {
  if (!narrowsTurns(selection)) return record;
  let turns = record.turns;
  if (selection.lang !== undefined) {
    const lang = selection.lang;
    turns = turns.flatMap((t) => (t.text[lang] ? [{ ...t, text: { [lang]: t.text[lang] } }] : []));
  }
  if (selection.outlet !== undefined || selection.origin !== undefined || selection.speaker !== undefined) {
    const keep = new Set<number>();
    for (const { question, answers } of exchanges({ turns })) {
      if ([question, ...answers].some((t) => turnMatches(t, selection))) for (const t of [question, ...answers]) keep.add(t.seq);
    }
    for (const t of turns) if (turnMatches(t, selection)) keep.add(t.seq);
    turns = turns.filter((t) => keep.has(t.seq));
  }
  if (turns.length === 0) return null;
  const collected = collectParticipants(turns);
  const speaking = new Set(collected.people.map((p) => nameKey(p.name)));
  const principals = record.people.filter((p) => p.role === 'principal' && !speaking.has(nameKey(p.name)));
  const languages = selection.lang !== undefined ? [selection.lang] : record.conference.languages;
  return { ...record, conference: { ...record.conference, languages }, people: [...principals, ...collected.people], outlets: collected.outlets, turns };
}
