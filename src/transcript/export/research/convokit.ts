// A ConvoKit corpus (https://convokit.cornell.edu/documentation/data_format.html): utterances.jsonl,
// speakers.json, conversations.json, corpus.json and index.json. One conversation per conference,
// rooted at its first turn; an answer replies to its question, every other turn to the turn before
// it, so each conference is one reply tree as ConvoKit expects (docs/research.md).
import { primaryText, RECORD_SCHEMA, type ConferenceRecord, type Turn } from '../../../domain/record.ts';
import { conferenceStart } from './clock.ts';
import type { ExportFile } from './files.ts';
import { speakerOf } from './speakers.ts';

type Meta = Record<string, unknown>;

export interface Utterance {
  id: string;
  speaker: string;
  conversation_id: string;
  reply_to: string | null;
  timestamp: number;
  text: string;
  meta: Meta;
}

export function utteranceId(slug: string, seq: number): string {
  return `${slug}#t${seq}`;
}

/** Python's name for a JSON value's type, as ConvoKit's index.json records it. */
function pythonType(value: unknown): string {
  if (value === null || value === undefined) return "<class 'NoneType'>";
  if (typeof value === 'string') return "<class 'str'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  return Array.isArray(value) ? "<class 'list'>" : "<class 'dict'>";
}

/** Each meta field with the type of its first non-null value. */
function metaIndex(metas: Iterable<Meta>): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const meta of metas) {
    for (const [key, value] of Object.entries(meta)) {
      if (!index[key] || (index[key][0] === "<class 'NoneType'>" && value !== null)) index[key] = [pythonType(value)];
    }
  }
  return index;
}

/**
 * Seconds since the epoch: the conference's start plus the turn's startsAt when timed. Untimed turns
 * follow the turn before by a second, so ConvoKit's chronological order is the record's order; a
 * conference without a date counts from 0.
 */
function timestamps(record: ConferenceRecord): number[] {
  const base = conferenceStart(record.conference) ?? 0;
  let last = base - 1;
  return record.turns.map((turn) => {
    const at = typeof turn.startsAt === 'number' ? base + turn.startsAt : last + 1;
    last = Math.max(at, last);
    return last;
  });
}

function utterances(record: ConferenceRecord, speakerIds: Map<string, string>): Utterance[] {
  const { slug, languages } = record.conference;
  const root = record.turns[0];
  if (!root) return [];
  const times = timestamps(record);
  const present = new Set(record.turns.map((t) => t.seq));
  return record.turns.map((turn: Turn, i): Utterance => {
    const lang = languages.find((l) => turn.text[l]) ?? Object.keys(turn.text)[0] ?? null;
    const translations = Object.fromEntries(Object.entries(turn.text).filter(([l]) => l !== lang));
    const previous = record.turns[i - 1];
    // A question left out of a narrowed record cannot be replied to: ConvoKit rejects such a reply.
    const replyTo = (turn.replyTo !== null && present.has(turn.replyTo) ? turn.replyTo : previous?.seq) ?? null;
    return {
      id: utteranceId(slug, turn.seq),
      speaker: speakerIds.get(speakerOf(turn).key)!,
      conversation_id: utteranceId(slug, root.seq),
      reply_to: replyTo === null ? null : utteranceId(slug, replyTo),
      timestamp: times[i]!,
      text: primaryText(turn, languages),
      meta: {
        kind: turn.kind,
        outlet: turn.outlet?.name ?? null,
        origin: turn.outlet?.origin ?? null,
        label: turn.label,
        lang,
        conference: slug,
        seq: turn.seq,
        starts_at: turn.startsAt ?? null,
        ends_at: turn.endsAt ?? null,
        translations,
      },
    };
  });
}

export function toConvoKit(records: readonly ConferenceRecord[], name = 'presser'): ExportFile[] {
  // Speaker ids: the name as first printed, made unique if two kinds of speaker share it.
  const speakers = new Map<string, { id: string; meta: Meta }>();
  const taken = new Set<string>();
  for (const record of records) {
    for (const turn of record.turns) {
      const ref = speakerOf(turn);
      if (speakers.has(ref.key)) continue;
      let id = ref.name;
      for (let n = 2; taken.has(id); n++) id = `${ref.name} (${n})`;
      taken.add(id);
      speakers.set(ref.key, {
        id,
        meta: {
          name: ref.name,
          kind: ref.kind,
          role: turn.speaker?.role ?? null,
          titles: turn.speaker?.titles ?? [],
          outlet: turn.outlet?.name ?? null,
          origin: turn.outlet?.origin ?? null,
        },
      });
    }
  }
  const speakerIds = new Map([...speakers].map(([key, s]) => [key, s.id]));
  const all = records.flatMap((r) => utterances(r, speakerIds));
  const conversations = Object.fromEntries(
    records
      .filter((r) => r.turns.length > 0)
      .map((r) => {
        const c = r.conference;
        const meta: Meta = {
          conference: c.slug,
          title: c.title,
          date: c.date,
          time: c.time,
          time_zone: c.timeZone,
          venue: c.venue,
          occasion: c.occasion,
          host: c.host,
          host_country: c.hostCountry,
          topic: c.topic,
          languages: c.languages,
          status: c.status,
        };
        return [utteranceId(c.slug, r.turns[0]!.seq), { meta, vectors: [] }];
      }),
  );
  const corpus: Meta = { name, source: 'presser', record_schema: RECORD_SCHEMA, conferences: records.length };
  const index = {
    'utterances-index': metaIndex(all.map((u) => u.meta)),
    'speakers-index': metaIndex([...speakers.values()].map((s) => s.meta)),
    'conversations-index': metaIndex(Object.values(conversations).map((c) => c.meta)),
    'overall-index': metaIndex([corpus]),
    version: 1,
    vectors: [],
  };
  return [
    { path: 'utterances.jsonl', content: all.map((u) => JSON.stringify(u)).join('\n') + (all.length > 0 ? '\n' : '') },
    { path: 'speakers.json', content: JSON.stringify(Object.fromEntries([...speakers.values()].map((s) => [s.id, { meta: s.meta, vectors: [] }]))) },
    { path: 'conversations.json', content: JSON.stringify(conversations) },
    { path: 'corpus.json', content: JSON.stringify(corpus) },
    { path: 'index.json', content: JSON.stringify(index) },
  ];
}
