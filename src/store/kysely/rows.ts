// Mapping between the record model and table rows.
import {
  collectParticipants,
  nameKey,
  RECORD_SCHEMA,
  type Conference,
  type ConferenceRecord,
  type ConferenceStatus,
  type Origin,
  type Outlet,
  type Person,
  type Turn,
  type TurnKind,
} from '../../domain/record.ts';
import { DEFAULT_FLOOR_SETTINGS } from '../../domain/floor-policy.ts';
import type { ConferencesTable, OutletsTable, TurnsTable } from '../schema.ts';
import type { StoredOutlet } from '../store.ts';
import { json } from './db.ts';

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

export function conferenceFromRow(row: ConferencesTable): Conference {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    date: row.date,
    time: row.time,
    timeZone: row.time_zone,
    venue: row.venue,
    occasion: row.occasion,
    host: row.host,
    hostCountry: row.host_country,
    topic: row.topic,
    languages: parseJson<string[]>(row.languages, []),
    status: row.status as ConferenceStatus,
  };
}

export function turnRow(conferenceId: string, turn: Turn, outletId: string | null, now: string): TurnsTable {
  return {
    conference_id: conferenceId,
    seq: turn.seq,
    kind: turn.kind,
    speaker: turn.speaker ? JSON.stringify(turn.speaker) : null,
    speaker_name: turn.speaker?.name ?? null,
    outlet: turn.outlet ? JSON.stringify(turn.outlet) : null,
    outlet_id: outletId,
    outlet_name: turn.outlet?.name ?? null,
    outlet_origin: turn.outlet?.origin ?? null,
    reply_to: turn.replyTo,
    label: turn.label,
    text: JSON.stringify(turn.text),
    starts_at: turn.startsAt ?? null,
    ends_at: turn.endsAt ?? null,
    updated_at: now,
    state: 'final',
    revision: 0,
    hand_id: null,
  };
}

export function turnFromRow(row: TurnsTable): Turn {
  const turn: Turn = {
    seq: row.seq,
    kind: row.kind as TurnKind,
    speaker: parseJson<Person | null>(row.speaker, null),
    outlet: parseJson<Outlet | null>(row.outlet, null),
    replyTo: row.reply_to,
    label: row.label,
    text: parseJson<Record<string, string>>(row.text, {}),
  };
  if (row.starts_at !== null) turn.startsAt = row.starts_at;
  if (row.ends_at !== null) turn.endsAt = row.ends_at;
  return turn;
}

export function recordFromRows(row: ConferencesTable, turnRows: TurnsTable[]): ConferenceRecord {
  const turns = turnRows.map(turnFromRow);
  const collected = collectParticipants(turns);
  const principals = parseJson<Person[]>(row.principals, []);
  const known = new Set(collected.people.map((p) => nameKey(p.name)));
  const people = [...principals.filter((p) => !known.has(nameKey(p.name))), ...collected.people];
  return { schema: RECORD_SCHEMA, conference: conferenceFromRow(row), people, outlets: collected.outlets, turns };
}

export function outletFromRow(row: OutletsTable): StoredOutlet {
  return {
    id: row.id,
    name: row.name,
    aliases: parseJson<string[]>(row.aliases, []),
    country: row.country,
    origin: row.origin as Origin,
  };
}

/** A record's conference as its row, before the content hash and source are added. */
export function conferenceRow(record: ConferenceRecord, principals: Person[], id: string, slug: string, now: string): ConferencesTable {
  const c = record.conference;
  return {
    id,
    slug,
    title: c.title,
    date: c.date,
    time: c.time,
    time_zone: c.timeZone,
    venue: c.venue,
    occasion: c.occasion,
    host: c.host,
    host_country: c.hostCountry,
    topic: c.topic,
    languages: JSON.stringify(c.languages),
    principals: JSON.stringify(principals),
    status: c.status,
    content_hash: null,
    source: null,
    created_at: now,
    updated_at: now,
    published_at: c.status === 'published' ? now : null,
    last_event_id: 0,
    settings: json(DEFAULT_FLOOR_SETTINGS)!,
    starts_at: null,
  };
}

/** The outlets a record's turns name, once each (by name key), in order of first mention. */
export function uniqueOutlets(record: ConferenceRecord): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const t of record.turns) if (t.outlet && !seen.has(nameKey(t.outlet.name))) seen.set(nameKey(t.outlet.name), t.outlet);
  return [...seen.values()];
}
