import type { EventType, LiveEvent, NewEvent } from '../../domain/events.ts';
import type { EventsTable } from '../schema.ts';
import type { EventRepository } from '../store.ts';
import { json, type Db } from './db.ts';
import { parseJson } from './rows.ts';

function fromRow(row: EventsTable): LiveEvent {
  return {
    conferenceId: row.conference_id,
    id: row.id,
    type: row.type as EventType,
    createdAt: row.created_at,
    public: parseJson<unknown>(row.public_data, null),
    staff: parseJson<unknown>(row.staff_data, null),
    users: parseJson<Record<string, unknown> | null>(row.user_data, null),
  };
}

export class EventRepo implements EventRepository {
  constructor(private readonly db: Db) {}

  /**
   * Appends events to a conference's log with the next ids. Call inside the transaction that makes
   * the change they describe: the counter row lock keeps ids gapless under concurrent writers.
   */
  async append(conferenceId: string, events: readonly NewEvent[], at: string): Promise<LiveEvent[]> {
    if (events.length === 0) return [];
    const counter = await this.db
      .updateTable('conferences')
      .set((eb) => ({ last_event_id: eb('last_event_id', '+', events.length) }))
      .where('id', '=', conferenceId)
      .returning('last_event_id')
      .executeTakeFirstOrThrow();
    const first = counter.last_event_id - events.length + 1;
    const now = at;
    const rows: EventsTable[] = events.map((e, i) => ({
      conference_id: conferenceId,
      id: first + i,
      type: e.type,
      public_data: json(e.public),
      staff_data: json(e.staff),
      user_data: json(e.users),
      created_at: now,
    }));
    await this.db.insertInto('events').values(rows).execute();
    // The events as given, not parsed back from the JSON just written: a queue change carries the
    // whole queue, and parsing it again on every hand raised cost as much as writing it.
    return events.map((e, i) => ({
      conferenceId,
      id: first + i,
      type: e.type,
      createdAt: now,
      public: e.public ?? null,
      staff: e.staff ?? null,
      users: e.users ?? null,
    }));
  }

  /** Events after an id, in order, at most limit of them. */
  async after(conferenceId: string, afterId: number, limit = 1000): Promise<LiveEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /** The last event id of each conference asked about (the head of its log). */
  async heads(conferenceIds: readonly string[]): Promise<Map<string, number>> {
    if (conferenceIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('conferences').select(['id', 'last_event_id']).where('id', 'in', conferenceIds).execute();
    return new Map(rows.map((r) => [r.id, Number(r.last_event_id)]));
  }
}
