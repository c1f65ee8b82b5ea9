import { randomUUID } from 'node:crypto';
import type { Hand, HandStatus } from '../../domain/floor.ts';
import type { Origin } from '../../domain/record.ts';
import type { HandRepository, NewHand } from '../store.ts';
import type { Db } from './db.ts';

export class HandRepo implements HandRepository {
  constructor(private readonly db: Db) {}

  private select() {
    return this.db
      .selectFrom('hands as h')
      .innerJoin('users as u', 'u.id', 'h.user_id')
      .leftJoin('outlets as o', 'o.id', 'h.outlet_id')
      .select([
        'h.id',
        'h.conference_id',
        'h.user_id',
        'u.name as journalist_name',
        'h.outlet_id',
        'o.name as outlet_name',
        'o.origin',
        'h.topic',
        'h.question',
        'h.follow_up',
        'h.status',
        'h.raised_at',
        'h.resolved_at',
      ]);
  }

  async raise(input: NewHand, at: string): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('hands')
      .values({
        id,
        conference_id: input.conferenceId,
        user_id: input.userId,
        outlet_id: input.outletId,
        topic: input.topic,
        question: input.question,
        follow_up: input.followUp ? 1 : 0,
        status: 'waiting',
        raised_at: at,
        resolved_at: null,
      })
      .execute();
    return id;
  }

  async get(id: string): Promise<Hand | null> {
    const row = await this.select().where('h.id', '=', id).executeTakeFirst();
    return row ? handFromRow(row) : null;
  }

  async waiting(conferenceId: string): Promise<Hand[]> {
    const rows = await this.select().where('h.conference_id', '=', conferenceId).where('h.status', '=', 'waiting').orderBy('h.raised_at').execute();
    return rows.map(handFromRow);
  }

  async waitingOf(conferenceId: string, userId: string): Promise<Hand | null> {
    const row = await this.select()
      .where('h.conference_id', '=', conferenceId)
      .where('h.user_id', '=', userId)
      .where('h.status', '=', 'waiting')
      .executeTakeFirst();
    return row ? handFromRow(row) : null;
  }

  async resolve(id: string, status: Exclude<HandStatus, 'waiting'>, at: string): Promise<void> {
    await this.db.updateTable('hands').set({ status, resolved_at: at }).where('id', '=', id).where('status', '=', 'waiting').execute();
  }

  /** Withdraws every waiting hand of a user (revoked accreditation); answers the conferences touched. */
  async withdrawAllOf(userId: string, at: string): Promise<string[]> {
    const rows = await this.db.selectFrom('hands').select('conference_id').where('user_id', '=', userId).where('status', '=', 'waiting').execute();
    await this.db.updateTable('hands').set({ status: 'withdrawn', resolved_at: at }).where('user_id', '=', userId).where('status', '=', 'waiting').execute();
    return [...new Set(rows.map((r) => r.conference_id))];
  }

  /** Hands raised in a conference in the last interval, by one user: for rate limiting. */
  async countSince(userId: string, since: string): Promise<number> {
    const row = await this.db
      .selectFrom('hands')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('raised_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

interface HandRow {
  id: string;
  conference_id: string;
  user_id: string;
  journalist_name: string;
  outlet_id: string | null;
  outlet_name: string | null;
  origin: string | null;
  topic: string | null;
  question: string | null;
  follow_up: number;
  status: string;
  raised_at: string;
  resolved_at: string | null;
}

function handFromRow(row: HandRow): Hand {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    userId: row.user_id,
    journalistName: row.journalist_name,
    outletId: row.outlet_id,
    outletName: row.outlet_name,
    origin: (row.origin ?? 'unknown') as Origin,
    topic: row.topic,
    question: row.question,
    followUp: row.follow_up === 1,
    status: row.status as HandStatus,
    raisedAt: row.raised_at,
    resolvedAt: row.resolved_at,
  };
}
