// The log of changes to a conference's details: numbered within the conference, read with who made each.
import type { ConferenceChange, NewConferenceChange } from '../store.ts';
import type { Db } from './db.ts';

export async function logConferenceChanges(db: Db, conferenceId: string, changes: readonly NewConferenceChange[], at: string): Promise<void> {
  if (changes.length === 0) return;
  const last = await db
    .selectFrom('conference_changes')
    .select((eb) => eb.fn.max<number | null>('n').as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  const first = Number(last?.n ?? 0) + 1;
  await db
    .insertInto('conference_changes')
    .values(
      changes.map((c, i) => ({
        conference_id: conferenceId,
        n: first + i,
        at,
        user_id: c.userId,
        field: c.field,
        old_value: c.from,
        new_value: c.to,
      })),
    )
    .execute();
}

export async function conferenceChanges(db: Db, conferenceId: string): Promise<ConferenceChange[]> {
  const rows = await db
    .selectFrom('conference_changes as c')
    .leftJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.n', 'c.at', 'c.user_id', 'c.field', 'c.old_value', 'c.new_value', 'u.name as user_name'])
    .where('c.conference_id', '=', conferenceId)
    .orderBy('c.n')
    .execute();
  return rows.map((r) => ({
    n: Number(r.n),
    at: r.at,
    userId: r.user_id,
    userName: r.user_name ?? null,
    field: r.field,
    from: r.old_value,
    to: r.new_value,
  }));
}
