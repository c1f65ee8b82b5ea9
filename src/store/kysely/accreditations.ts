import { randomUUID } from 'node:crypto';
import type { Accreditation, AccreditationStatus } from '../../domain/accreditation.ts';
import type { AccreditationsTable } from '../schema.ts';
import type { AccreditationRepository, NewAccreditation } from '../store.ts';
import type { Db } from './db.ts';

function fromRow(row: AccreditationsTable): Accreditation {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    outletName: row.outlet_name,
    outletId: row.outlet_id,
    conferenceId: row.conference_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status: row.status as AccreditationStatus,
    userId: row.user_id,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    lang: row.lang ?? null,
  };
}

export class AccreditationRepo implements AccreditationRepository {
  constructor(private readonly db: Db) {}

  async create(input: NewAccreditation, at: string): Promise<Accreditation> {
    const row: AccreditationsTable = {
      id: randomUUID(),
      name: input.name,
      email: input.email.toLowerCase(),
      outlet_name: input.outletName,
      outlet_id: input.outletId,
      conference_id: input.conferenceId,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      status: 'pending',
      user_id: null,
      created_at: at,
      decided_at: null,
      decided_by: null,
      lang: input.lang ?? null,
    };
    await this.db.insertInto('accreditations').values(row).execute();
    return fromRow(row);
  }

  async get(id: string): Promise<Accreditation | null> {
    const row = await this.db.selectFrom('accreditations').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async list(status?: AccreditationStatus): Promise<Accreditation[]> {
    let query = this.db.selectFrom('accreditations').selectAll().orderBy('created_at', 'desc');
    if (status) query = query.where('status', '=', status);
    return (await query.execute()).map(fromRow);
  }

  async forUser(userId: string): Promise<Accreditation[]> {
    return (await this.db.selectFrom('accreditations').selectAll().where('user_id', '=', userId).execute()).map(fromRow);
  }

  async decide(id: string, decision: { status: AccreditationStatus; by: string; userId?: string; outletId?: string | null }, at: string): Promise<void> {
    await this.db
      .updateTable('accreditations')
      .set({
        status: decision.status,
        decided_at: at,
        decided_by: decision.by,
        ...(decision.userId !== undefined ? { user_id: decision.userId } : {}),
        ...(decision.outletId !== undefined ? { outlet_id: decision.outletId } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Applications from one address since a moment, for rate limiting. */
  async countSince(email: string, since: string): Promise<number> {
    const row = await this.db
      .selectFrom('accreditations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', email.toLowerCase())
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
